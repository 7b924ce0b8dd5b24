import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cacheFile } from '../../../src/lib/build/cached-json.ts';
import { memoByDigest } from '../../../src/lib/build/memo-by-digest.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The memo over `texts` (each its own digest), with the texts it had to compute. */
function run(cacheDir: string, salt: string, texts: string[]): { values: number[]; computed: string[] } {
  const computed: string[] = [];
  const values = memoByDigest(cacheDir, 'lengths', salt, texts, (t) => t, (t) => (computed.push(t), t.length));
  return { values, computed };
}

describe('memoByDigest', () => {
  const dir = () => {
    const d = mkdtempSync(join(tmpdir(), 'memo-'));
    dirs.push(d);
    return d;
  };

  it('computes on a rebuild only the articles it has not seen', () => {
    const cacheDir = dir();
    expect(run(cacheDir, 'code-1', ['an', 'bình']).computed).toEqual(['an', 'bình']);
    expect(run(cacheDir, 'code-1', ['an', 'bình', 'cường'])).toEqual({ values: [2, 4, 5], computed: ['cường'] });
  });

  it('forgets articles that are gone, and computes everything again when the code changes', () => {
    const cacheDir = dir();
    run(cacheDir, 'code-1', ['an', 'bình']);
    run(cacheDir, 'code-1', ['an']);
    expect(run(cacheDir, 'code-1', ['an', 'bình']).computed).toEqual(['bình']);
    expect(run(cacheDir, 'code-2', ['an', 'bình']).computed).toEqual(['an', 'bình']);
  });

  it('computes again from a store a killed build left half written', () => {
    const cacheDir = dir();
    run(cacheDir, 'code-1', ['an']);
    writeFileSync(cacheFile(cacheDir, 'lengths'), '{"key":"code-1","value":[["an",');
    expect(run(cacheDir, 'code-1', ['an'])).toEqual({ values: [2], computed: ['an'] });
  });
});
