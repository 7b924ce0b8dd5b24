import { describe, expect, it } from 'vitest';
import { pageFileOf, pageUrlOf, planShards, type IndexedPage } from '../../../src/lib/search/full-text-shards.ts';

const page = (n: number, date?: string): IndexedPage => ({ url: `/bai-${n}/`, digest: `d${n}`, date });
const corpus = (count: number) => Array.from({ length: count }, (_, n) => page(n, `2021-01-${String((n % 28) + 1).padStart(2, '0')}`));
const urls = (shards: { pages: IndexedPage[] }[]) => shards.map((s) => s.pages.map((p) => p.url));

describe('planShards', () => {
  it('puts every page in exactly one shard, newest first, undated last', () => {
    const pages = [...corpus(200), page(900), page(901)];
    const shards = planShards(pages, 20, 'v1');
    const flat = shards.flatMap((s) => s.pages);
    expect(flat).toHaveLength(pages.length);
    expect(new Set(flat.map((p) => p.url)).size).toBe(pages.length);
    const dates = flat.map((p) => p.date ?? '');
    expect(dates.slice(0, 200)).toEqual([...dates.slice(0, 200)].sort().reverse());
    expect(flat.slice(-2).map((p) => p.date)).toEqual([undefined, undefined]);
  });

  it('keeps shards between half and 1.5 times the target, about the target on average', () => {
    const shards = planShards(corpus(5000), 50, 'v1');
    for (const shard of shards.slice(0, -1)) {
      expect(shard.pages.length).toBeGreaterThanOrEqual(25);
      expect(shard.pages.length).toBeLessThanOrEqual(75);
    }
    expect(5000 / shards.length).toBeGreaterThan(40);
    expect(5000 / shards.length).toBeLessThan(65);
  });

  it('gives the same shards whatever the input order', () => {
    const pages = corpus(500);
    expect(planShards([...pages].reverse(), 40, 'v1')).toEqual(planShards(pages, 40, 'v1'));
  });

  it('keeps the keys of the shards a new article does not fall into', () => {
    const before = planShards(corpus(1000), 50, 'v1');
    const after = planShards([...corpus(1000), page(5000, '2021-02-01')], 50, 'v1');
    const kept = after.filter((s) => before.some((b) => b.key === s.key));
    expect(after.length - kept.length).toBeLessThanOrEqual(2);
    expect(kept.length).toBeGreaterThan(0);
    expect(urls(after)[0]).toContain('/bai-5000/');
  });

  it('changes only the key of the shard whose page changed', () => {
    const pages = corpus(1000);
    const before = planShards(pages, 50, 'v1');
    const edited = pages.map((p) => (p.url === '/bai-500/' ? { ...p, digest: 'edited' } : p));
    const after = planShards(edited, 50, 'v1');
    expect(urls(after)).toEqual(urls(before));
    const changed = after.filter((s, n) => s.key !== before[n].key);
    expect(changed).toHaveLength(1);
    expect(changed[0].pages.map((p) => p.url)).toContain('/bai-500/');
  });

  it('changes every key when the indexer changes', () => {
    const a = planShards(corpus(300), 50, 'pagefind 1.6.0');
    const b = planShards(corpus(300), 50, 'pagefind 1.7.0');
    expect(a.every((s, n) => s.key !== b[n].key)).toBe(true);
  });

  it('makes no shard of an empty site', () => {
    expect(planShards([], 50, 'v1')).toEqual([]);
  });
});

describe('page URLs and files', () => {
  it('names a built page as Pagefind does, and finds its file again', () => {
    expect(pageUrlOf('bai-viet-1a2b3c4d/index.html')).toBe('/bai-viet-1a2b3c4d/');
    expect(pageUrlOf('index.html')).toBe('/');
    expect(pageFileOf('/dist', '/bai-viet-1a2b3c4d/')).toBe('/dist/bai-viet-1a2b3c4d/index.html');
  });
});
