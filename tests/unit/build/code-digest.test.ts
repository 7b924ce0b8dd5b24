import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { libraryDigest, sourceDigest } from '../../../src/lib/build/code-digest.ts';

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
