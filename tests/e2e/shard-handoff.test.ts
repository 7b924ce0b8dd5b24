/**
 * The final pass of the search index and the indexer that ran ahead: a shard still being indexed
 * ahead when the last page is written is taken over, not indexed a second time, and indexed by
 * the final pass after all when the indexer ahead gave it up. Runs the final pass
 * (writeSearchShards) on a built site's `dist/` with a cache of its own.
 */
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../../tools/harness/build-site.ts';
import { writeSearchShards } from '../../src/integrations/search-shards.ts';

const FIXTURE = resolve(import.meta.dirname, '..', 'fixtures', 'search');
const PAGES = 8;

let site: BuiltSite;
let cache: string;
let keys: string[];

/** The final pass with this test's cache; its log lines. */
async function finalPass(underWay: Map<string, Promise<boolean>>): Promise<string[]> {
  const lines: string[] = [];
  await writeSearchShards(site.distDir, cache, PAGES, 2, (line) => lines.push(line), { read: new Map(), underWay });
  return lines;
}

beforeAll(async () => {
  site = await buildSite({ contentDir: FIXTURE, env: { SEARCH_SHARD_PAGES: String(PAGES) } });
  cache = await mkdtemp(join(tmpdir(), 'bao-tinh-shards-'));
  await finalPass(new Map());
  keys = (JSON.parse(await readFile(join(site.distDir, 'pagefind', 'shards.json'), 'utf8')).shards as string[]).map((s) => s.slice(2, -1));
}, 300_000);

afterAll(async () => {
  site?.remove();
  if (cache) await rm(cache, { recursive: true, force: true });
});

describe('the shard under way when the pages are done', () => {
  it('is taken from the indexer ahead once it lands in the cache, not indexed again', async () => {
    const key = keys[1]!;
    const store = join(cache, 'search-shards');
    const kept = join(cache, 'kept');
    await cp(join(store, key), kept, { recursive: true });
    await rm(join(store, key), { recursive: true });
    // The indexer ahead finishes a little after the final pass starts.
    const ahead = new Promise<boolean>((done) => setTimeout(() => cp(kept, join(store, key), { recursive: true }).then(() => done(true)), 300));
    const lines = await finalPass(new Map([[key, ahead]]));
    expect(lines.filter((l) => l.endsWith(', indexed'))).toEqual([]);
    expect(lines.filter((l) => l.includes('unchanged (reused)'))).toHaveLength(keys.length);
    expect(existsSync(join(site.distDir, 'pagefind', 's', key, 'pagefind-entry.json'))).toBe(true);
  });

  it('is indexed by the final pass when the indexer ahead gave it up', async () => {
    const key = keys[0]!;
    await rm(join(cache, 'search-shards', key), { recursive: true });
    const lines = await finalPass(new Map([[key, Promise.resolve(false)]]));
    expect(lines.filter((l) => l.endsWith(', indexed'))).toHaveLength(1);
    expect(existsSync(join(cache, 'search-shards', key))).toBe(true);
  });
});
