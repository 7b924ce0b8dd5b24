import { describe, expect, it } from 'vitest';
import { decodeBackgroundWeights, encodeBackgroundWeights, loadBackgroundWeights, pairFrequency } from '../../../src/lib/related/background-weights.ts';
import { vectorizeDocs } from '../../../src/lib/related/vectorize.ts';
import { DEFAULT_TUNING } from '../../../src/lib/related/types.ts';
import { onLogGrid, termIdf } from '../../../src/lib/related/word-weights.ts';
import type { RelatedInput } from '../../../src/lib/related/types.ts';

describe('background weights file', () => {
  it('gives back the frequencies it was written with, 0 for a pair it does not list', () => {
    const w = decodeBackgroundWeights(encodeBackgroundWeights(500, [['bóng', 40], ['đá', 90], ['giá', 70]], [['bóng', 'đá', 35], ['đá', 'bóng', 2]]));
    expect(w.docs).toBe(500);
    const at = (s: string) => w.syllables.get(s)!;
    expect(w.syllableDf[at('giá')]).toBe(70);
    expect(pairFrequency(w, at('bóng'), at('đá'))).toBe(35);
    expect(pairFrequency(w, at('đá'), at('bóng'))).toBe(2);
    expect(pairFrequency(w, at('giá'), at('đá'))).toBe(0);
  });

  it('refuses a pair whose syllable it does not list', () => {
    expect(() => encodeBackgroundWeights(1, [['a', 1]], [['a', 'b', 1]])).toThrow(/pair a b/);
  });
});

describe('termIdf', () => {
  const t = DEFAULT_TUNING;
  // ids: 0 listed, 1 listed but ten times as common on the site, 2 not listed
  const background = new Uint32Array([100, 10, 0]);

  it('keeps the weight of a word the background lists while the site grows', () => {
    const before = termIdf(new Int32Array([90, 100, 5]), 10_000, t, background, 10_000);
    const after = termIdf(new Int32Array([95, 104, 5]), 10_100, t, background, 10_000);
    expect(after[0]).toBe(before[0]);
    expect(after[2]).toBe(before[2]); // 10,000 and 10,100 round alike
  });

  it('weighs by the site\'s own count a word it uses far more than the background, or one not listed', () => {
    const idf = termIdf(new Int32Array([100, 100, 100]), 10_000, t, background, 10_000);
    expect(idf[1]).toBe(idf[2]); // 100 on the site, not the background's 10
    expect(idf[2]).toBeCloseTo(idf[0], 1); // 100 of 10,000 (on the grid: 9,741) articles
    const scaled = termIdf(new Int32Array([1, 1, 10]), 1_000, t, background, 10_000);
    expect(scaled[2]).toBeCloseTo(idf[0], 1); // 10 of 1,000 articles weighs as 100 of 10,000
  });

  it('is BM25\'s idf of the site\'s counts without a background', () => {
    const idf = termIdf(new Int32Array([1, 10, 0]), 100, t);
    expect(idf[0]).toBeCloseTo(Math.log(1 + 99.5 / 1.5), 12);
    expect(idf[0]).toBeGreaterThan(idf[1]);
    expect(idf[2]).toBe(Math.log(1 + 100.5 / 0.5));
  });

  it('rounds a creeping figure to the same grid value', () => {
    expect(onLogGrid(35_440, 8)).toBe(onLogGrid(35_540, 8));
    expect(onLogGrid(35_440, 8)).not.toBe(onLogGrid(50_000, 8));
  });
});

describe('vectorizeDocs with the shipped word weights', () => {
  const doc = (id: string, headline: string, text: string): RelatedInput => ({ id, headline, text });
  const stories = [
    ['Giá xăng tăng mạnh từ chiều nay', 'Bộ Công Thương điều chỉnh giá xăng dầu, giá xăng tăng hơn 500 đồng mỗi lít.'],
    ['Đội tuyển Việt Nam thắng trận', 'Trận đấu trên sân nhà kết thúc với chiến thắng cho đội tuyển Việt Nam.'],
    ['Giá vàng giảm sâu', 'Giá vàng trong nước giảm theo giá thế giới, mỗi lượng mất hơn một triệu đồng.'],
    ['Mưa lớn ở miền Trung', 'Nhiều tỉnh miền Trung có mưa lớn, nước sông dâng cao trong đêm.'],
  ];
  // 40 articles, each story ten times: every word is in several of them, so a new article
  // retelling one story changes only how many articles use its words, and how many there are.
  const old = Array.from({ length: 40 }, (_, i) => doc(`a${String(i).padStart(2, '0')}`, ...(stories[i % 4] as [string, string])));
  const fresh = doc('z', ...(stories[0] as [string, string]));
  const weightsOf = (docs: RelatedInput[], d: number, tuning = DEFAULT_TUNING) => {
    const v = vectorizeDocs(docs, tuning);
    return [...v.weights.subarray(v.offsets[d], v.offsets[d + 1])].sort();
  };

  it('leaves the old articles\' weights as they were when a new article uses their words', () => {
    expect(loadBackgroundWeights().docs).toBe(35_440);
    // Forty articles use every word far more often than the background does, which would
    // rightly hand each word to the site's own count (localShare): that rule is off here.
    const background = { ...DEFAULT_TUNING, localShare: Infinity };
    for (let d = 0; d < old.length; d += 7) expect(weightsOf([...old, fresh], d, background)).toEqual(weightsOf(old, d, background));
    expect(weightsOf([...old, fresh], 0)).not.toEqual(weightsOf(old, 0));
  });

  it('moved them with the site\'s own counts alone (what the background weights fix)', () => {
    const own = { ...DEFAULT_TUNING, backgroundWeights: 0 };
    expect(weightsOf([...old, fresh], 1, own)).not.toEqual(weightsOf(old, 1, own));
  });
});
