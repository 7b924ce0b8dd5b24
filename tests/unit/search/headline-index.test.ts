import { describe, expect, it } from 'vitest';
import { buildHeadlineIndex, type HeadlineDoc } from '../../../src/lib/search/headline-index/build.ts';
import { decodeIds, encodeIds, headlineSyllables, shardOf } from '../../../src/lib/search/headline-index/format.ts';
import { docLocation, searchHeadlineIndex, shardsForQuery } from '../../../src/lib/search/headline-index/query.ts';

const doc = (path: string, headline: string, extra: Partial<HeadlineDoc> = {}): HeadlineDoc => ({
  path: `${path}/`,
  headline,
  excerpt: `${headline}.`,
  ...extra,
});

const DOCS: HeadlineDoc[] = [
  doc('da-nang-mua', 'Đà Nẵng mưa lớn, nhiều tuyến phố ngập sâu', { date: '2021-06-01', source: 'Dân trí' }),
  doc('da-nang-bay', 'Khu nghỉ dưỡng Da Nang Bay khai trương', { date: '2021-06-02' }),
  doc('khong-kich', 'Liên quân không kích mục tiêu ở biên giới'),
  doc('khong-xa', 'Không quân Mỹ tập trận, tên lửa kích hoạt'),
  doc('duong-sat', 'Đường sắt đô thị chạy thử đoạn trên cao'),
  doc('gia-vang-dai', 'Giá vàng hôm nay tăng mạnh sau phiên giảm sâu cuối tuần'),
  doc('gia-vang', 'Giá vàng hôm nay tăng'),
  doc('slug-only', 'Nganh thue', { alsoMatch: 'nganh thue thu vuot du toan' }),
];

/** Runs a query against an index held in memory, as the browser does against files. */
async function search(query: string, docs = DOCS, options = {}): Promise<string[]> {
  const { meta, termShards, docShards } = buildHeadlineIndex(docs, options);
  const ids = await searchHeadlineIndex(query, meta, async (n) => termShards[n]);
  return ids.map((id) => {
    const { shard, row } = docLocation(id, meta);
    return docShards.get(shard)![row]![0].replace(/\/$/, '');
  });
}

describe('headline index format', () => {
  it('folds marks and đ for matching but keeps the spelling', () => {
    expect(headlineSyllables('Đà Nẵng, ĐÊM')).toEqual([
      { key: 'da', form: 'dà' },
      { key: 'nang', form: 'nẵng' },
      { key: 'dem', form: 'dêm' },
    ]);
    // NFD input meets NFC input.
    expect(headlineSyllables('Nẵng'.normalize('NFD'))).toEqual(headlineSyllables('Nẵng'));
  });

  it('round-trips document ids through base-36 gaps', () => {
    const ids = [0, 1, 35, 36, 1000, 35439];
    expect(decodeIds(encodeIds(ids))).toEqual(ids);
    expect(decodeIds('')).toEqual([]);
  });

  it('puts a key in the same shard every time and within range', () => {
    expect(shardOf('nang', 64)).toBe(shardOf('nang', 64));
    for (const key of ['da', 'nang', 'da nang', 'viet']) expect(shardOf(key, 8)).toBeLessThan(8);
  });
});

describe('headline search', () => {
  it('finds a headline with or without diacritics and with d for đ', async () => {
    for (const q of ['Đà Nẵng', 'da nang', 'dà nẵng', 'DA NANG']) {
      expect(new Set(await search(q)), q).toEqual(new Set(['da-nang-mua', 'da-nang-bay']));
    }
  });

  it('ranks the exact spelling first', async () => {
    expect((await search('Đà Nẵng'))[0]).toBe('da-nang-mua');
    expect((await search('da nang'))[0]).toBe('da-nang-bay');
  });

  it('needs every query syllable in the headline', async () => {
    expect(await search('đà nẵng sương')).toEqual([]);
    expect(await search('xyz')).toEqual([]);
    expect(await search('  ,. ')).toEqual([]);
  });

  it('ranks the compound word above its syllables apart', async () => {
    expect(await search('khong kich')).toEqual(['khong-kich', 'khong-xa']);
    expect(await search('không kích')).toEqual(['khong-kich', 'khong-xa']);
  });

  it('prefers the shorter headline among equal matches', async () => {
    expect(await search('gia vang hom nay tang')).toEqual(['gia-vang', 'gia-vang-dai']);
  });

  it('matches the words of the URL slug when the file had no headline line', async () => {
    expect(await search('thu vuot du toan')).toEqual(['slug-only']);
  });

  it('gives the same answers however the index is split', async () => {
    const few = await search('da nang', DOCS, { targetShardBytes: 1_000_000, docsPerShard: 100 });
    const many = await search('da nang', DOCS, { targetShardBytes: 10, docsPerShard: 1 });
    expect(many).toEqual(few);
    const { meta } = buildHeadlineIndex(DOCS, { targetShardBytes: 10 });
    expect(meta.termShards).toBeGreaterThan(1);
    expect(shardsForQuery('da nang', meta).length).toBeGreaterThan(0);
  });

  it('is the same index whatever the input order', () => {
    const a = buildHeadlineIndex(DOCS);
    const b = buildHeadlineIndex([...DOCS].reverse());
    expect(b.meta.version).toBe(a.meta.version);
    expect(b.docShards).toEqual(a.docShards);
  });

  it('gives a newer article the next id of its length, so no other document moves', async () => {
    const dated = DOCS.map((d, i) => ({ ...d, date: d.date ?? `2020-01-0${i + 1}` }));
    const before = buildHeadlineIndex(dated, { docsPerShard: 1 });
    const added = doc('da-nang-moi', 'Đà Nẵng mưa lớn, nhiều tuyến phố ngập', { date: '2022-01-01' });
    const after = buildHeadlineIndex([...dated, added], { docsPerShard: 1 });
    const changed = [...after.docShards].filter(([n, rows]) => JSON.stringify(rows) !== JSON.stringify(before.docShards.get(n)));
    expect(changed.map(([, rows]) => rows[0]![0])).toEqual(['da-nang-moi/']);
    // Ranked as before: among equal matches the shorter headline, then the newer, comes first.
    expect((await search('da nang mua', [...dated, added])).slice(0, 2)).toEqual(['da-nang-moi', 'da-nang-mua']);
  });

  it('keeps what a result shows: path, headline, source, date, excerpt', () => {
    const { docShards } = buildHeadlineIndex(DOCS.slice(0, 1));
    expect([...docShards.values()][0]![0]).toEqual(['da-nang-mua/', DOCS[0].headline, 'Dân trí', '2021-06-01', `${DOCS[0].headline}.`]);
  });

  it('handles an empty corpus', async () => {
    expect(await search('da nang', [])).toEqual([]);
  });
});
