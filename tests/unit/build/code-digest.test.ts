import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { libraryDigest, PARSER_EXCLUDES, RELATED_EXCLUDES, sourceDigest } from '../../../src/lib/build/code-digest.ts';

const roots: string[] = [];
/** A project root with the given source files (path under the root -> text). */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'bao-tinh-digest-'));
  roots.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
afterEach(() => roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true })));

describe('code digests', () => {
  const files = { 'src/lib/parse.ts': 'a', 'src/lib/related/rank.ts': 'b', 'src/data/related.ts': 'c' };

  it('is the same for the same sources, wherever the project lives', () => {
    expect(libraryDigest(project(files))).toBe(libraryDigest(project(files)));
  });

  it('changes when a source changes, unless it is in a left-out room', () => {
    const base = libraryDigest(project(files));
    expect(libraryDigest(project({ ...files, 'src/lib/parse.ts': 'a2' }))).not.toBe(base);
    const parser = libraryDigest(project(files), ['related']);
    expect(libraryDigest(project({ ...files, 'src/lib/related/rank.ts': 'b2' }), ['related'])).toBe(parser);
    expect(libraryDigest(project({ ...files, 'src/lib/related/rank.ts': 'b2' }))).not.toBe(base);
  });

  it('covers other folders on request', () => {
    expect(sourceDigest(project({ ...files, 'src/data/related.ts': 'c2' }), 'src/data')).not.toBe(sourceDigest(project(files), 'src/data'));
  });
});

const LIB = resolve(import.meta.dirname, '../../../src/lib');

/** Every src/lib file an entry imports, directly or not, as paths under src/lib. */
function importClosure(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(join(LIB, file), 'utf8');
    for (const [, spec] of text.matchAll(/(?:from|import)\s+'(\.{1,2}\/[^']+)'/g)) {
      const target = relative(LIB, resolve(dirname(join(LIB, file)), spec));
      if (!target.startsWith('..')) visit(target);
    }
  };
  entries.forEach(visit);
  return seen;
}
const roomsOf = (files: Set<string>) => new Set([...files].map((file) => file.split('/')[0]));

describe('the cache salts cover what each output is computed from', () => {
  it("leaves out of the parser's salt only rooms the parser never imports", () => {
    const rooms = roomsOf(importClosure(['ingest/read-article.ts']));
    expect(rooms).toContain('ingest');
    expect(PARSER_EXCLUDES.filter((room) => rooms.has(room))).toEqual([]);
  });

  it("leaves out of the related salt only rooms the engine and its input never import", () => {
    const rooms = roomsOf(importClosure(['related/index.ts', 'related/article-input.ts']));
    expect(rooms).toContain('related');
    expect(RELATED_EXCLUDES.filter((room) => rooms.has(room))).toEqual([]);
  });
});
