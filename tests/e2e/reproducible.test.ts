/**
 * Reproducible output: the same articles, copied to two different folders and built cold
 * (each folder has its own Astro cache), give byte-identical dist/ folders. Two builds.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from './helpers/build-site.ts';
import { makeContentDir, type ContentDir } from './helpers/site-content.ts';

const FIXTURES = ['bad-inputs', 'seeds', 'unc-dev-sample', 'unsafe-markdown'];

/** Every file under a folder with the SHA-256 of its bytes, in path order. */
function digestTree(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
  return new Map(files.map((f) => [f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')]));
}

describe('two builds of the same articles', () => {
  const contents: ContentDir[] = [];
  const sites: BuiltSite[] = [];

  beforeAll(async () => {
    for (let i = 0; i < 2; i++) {
      contents.push(makeContentDir(FIXTURES));
      sites.push(await buildSite({ contentDir: contents[i]!.dir, basePath: '/bao-tinh/' }));
    }
  });
  afterAll(() => {
    contents.forEach((c) => c.remove());
    sites.forEach((s) => s.remove());
  });

  it('write byte-identical dist/ folders, search index included', () => {
    const [a, b] = sites.map((s) => digestTree(s.distDir));
    expect([...a!.keys()]).toEqual([...b!.keys()]);
    expect([...a!.keys()].some((f) => f.startsWith('pagefind/'))).toBe(true);
    const differing = [...a!.keys()].filter((f) => a!.get(f) !== b!.get(f));
    expect(differing).toEqual([]);
  });
});
