import { describe, expect, it } from 'vitest';
import { keepHeaviest } from '../../../src/lib/related/select.ts';
import { SpanTable } from '../../../src/lib/related/span-table.ts';
import { hashSpan } from '../../../src/lib/text/word-hash.ts';
import { TermBag } from '../../../src/lib/related/term-bag.ts';
import { decodeTopicModel, encodeTopicModel, pairRow } from '../../../src/lib/related/topic-model.ts';
import { scanWordSpans } from '../../../src/lib/text/tokenize.ts';

describe('scanWordSpans', () => {
  it('reports each word with the hash a SpanTable expects', () => {
    const s = 'Giá xăng 8.700 đồng, tăng.';
    const seen: [string, number][] = [];
    scanWordSpans(s, (a, b, h) => seen.push([s.slice(a, b), h]), () => {});
    expect(seen.map(([w]) => w)).toEqual(['Giá', 'xăng', '8.700', 'đồng', 'tăng']);
    for (const [w, h] of seen) expect(h).toBe(hashSpan(w, 0, w.length));
  });
});

describe('SpanTable', () => {
  it('finds words by span, keeps codes, survives growth', () => {
    const table = new SpanTable();
    const text = Array.from({ length: 50000 }, (_, i) => `w${i}`).join(' ');
    let start = 0;
    for (let i = 0; i < 50000; i++) {
      const end = text.indexOf(' ', start) === -1 ? text.length : text.indexOf(' ', start);
      const h = hashSpan(text, start, end);
      expect(table.get(text, start, end, h)).toBe(-1);
      table.add(text, start, end, h, i * 3);
      start = end + 1;
    }
    const probe = 'x w12345 y';
    expect(table.get(probe, 2, 8, hashSpan(probe, 2, 8))).toBe(12345 * 3);
    expect(table.get(probe, 0, 1, hashSpan(probe, 0, 1))).toBe(-1);
  });
});

describe('TermBag', () => {
  it('sums amounts per id and drains them ascending, then starts empty', () => {
    const bag = new TermBag();
    const expected = new Map<number, number>();
    for (let i = 0; i < 10000; i++) {
      const id = ((i * 7919) % 3000) * 1000; // spread ids, force growth past the first table
      bag.add(id, 0.5);
      expected.set(id, (expected.get(id) ?? 0) + 0.5);
    }
    const { ids, tf } = bag.drain();
    expect([...ids]).toEqual([...expected.keys()].sort((a, b) => a - b));
    ids.forEach((id, i) => expect(tf[i]).toBe(expected.get(id)));
    expect(bag.drain().ids.length).toBe(0);
  });
});

describe('keepHeaviest', () => {
  it('keeps the k largest in order, ties to earlier items', () => {
    const items = Int32Array.from([10, 11, 12, 13, 14, 15]);
    const values = Float64Array.from([1, 5, 3, 5, 3, 0]);
    const count = keepHeaviest(items, values, 6, 3);
    expect([...items.subarray(0, count)]).toEqual([11, 12, 13]);
  });
});

describe('topic model file', () => {
  it('round-trips terms and int8 rows', () => {
    const terms = ['bóng', 'đá', 'bóng_đá', 'giá_xăng', 'xăng'];
    const rows = Float64Array.from({ length: terms.length * 4 }, (_, i) => Math.sin(i + 1));
    const model = decodeTopicModel(encodeTopicModel(terms, 4, rows));
    expect(model.dims).toBe(4);
    const bong = model.syllables.get('bóng')!;
    const da = model.syllables.get('đá')!;
    expect(model.syllableRow[bong]).toBe(0);
    expect(pairRow(model, bong, da)).toBe(2);
    expect(pairRow(model, da, bong)).toBe(-1);
    expect(model.syllableRow[model.syllables.get('giá')!]).toBe(-1);
    for (let k = 0; k < 4; k++) expect(model.q[2 * 4 + k] * model.scale[2]).toBeCloseTo(rows[2 * 4 + k], 1);
  });
});

describe('shipped topic model', () => {
  it('loads and puts articles of one field closer than articles of two fields', async () => {
    const { loadTopicModel } = await import('../../../src/lib/related/topic-model.ts');
    const { topicCosine, vectorizeDocs } = await import('../../../src/lib/related/vectorize.ts');
    const { DEFAULT_TUNING } = await import('../../../src/lib/related/types.ts');
    const model = loadTopicModel();
    expect(model.dims).toBeGreaterThanOrEqual(16);
    expect(model.syllables.has('bóng')).toBe(true);
    const docs = [
      { id: 'a', headline: 'Tuyển Việt Nam thắng Thái Lan', text: 'Đội tuyển ghi hai bàn thắng trong hiệp hai, huấn luyện viên hài lòng.' },
      { id: 'b', headline: 'Câu lạc bộ Hà Nội vô địch V-League', text: 'Các cầu thủ nâng cúp sau trận đấu trên sân Hàng Đẫy.' },
      { id: 'c', headline: 'Giá vàng giảm mạnh', text: 'Ngân hàng điều chỉnh lãi suất, thị trường chứng khoán biến động.' },
    ];
    const v = vectorizeDocs(docs, DEFAULT_TUNING);
    expect(topicCosine(v, 0, 1)).toBeGreaterThan(topicCosine(v, 0, 2));
  });
});
