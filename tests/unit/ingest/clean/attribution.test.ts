import { describe, expect, it } from 'vitest';
import { takeAttribution } from '../../../../src/lib/ingest/clean/attribution.ts';
import { removeBoilerplate } from '../../../../src/lib/ingest/clean/boilerplate.ts';

describe('takeAttribution', () => {
  it('collapses a doubled word and takes the line off the body', () => {
    const result = takeAttribution(['Đoạn một.', 'Theo Theo Tass']);
    expect(result).toMatchObject({ body: ['Đoạn một.'], attribution: 'Theo Tass' });
    expect(result.removed).toEqual([{ text: 'Theo Theo Tass', reason: expect.stringMatching(/doubled/) }]);
  });

  it('takes a short author line', () => {
    expect(takeAttribution(['Đoạn một.', 'Minh Anh (tổng hợp)']).attribution).toBe('Minh Anh (tổng hợp)');
  });

  it('takes an initials byline', () => {
    for (const line of ['H.Long', 'T.Đ', 'M.C', 'N.T.Hà']) expect(takeAttribution(['Bài viết.', line]).attribution, line).toBe(line);
    expect(takeAttribution(['Bài viết.', 'H.long']).attribution).toBeUndefined();
  });

  it('splits an author name glued to a wire credit, and says so', () => {
    for (const [line, attribution] of [
      ['Nhật LinhTheo Bloomberg', 'Nhật Linh - Theo Bloomberg'],
      ['Kim DungTheo Las Vegas Review Journal', 'Kim Dung - Theo Las Vegas Review Journal'],
      ['T.ThủyTheo T.H/DTrends', 'T.Thủy - Theo T.H/DTrends'],
    ]) {
      const result = takeAttribution(['Bài viết.', line]);
      expect(result.attribution, line).toBe(attribution);
      expect(result.body).toEqual(['Bài viết.']);
      expect(result.removed[0]).toEqual({ text: line, reason: 'attribution: author and source were glued together' });
    }
    // A sentence is never taken for one.
    expect(takeAttribution(['Bài viết.', 'Ông ấy nói rằng thị trườngTheo dự báo sẽ tăng, lạm phát giảm.']).attribution).toBeUndefined();
  });

  it('leaves a closing sentence that starts with Theo', () => {
    const lines = ['Đoạn một.', 'Theo ông Minh, giá vàng sẽ còn tăng trong thời gian tới, nhất là dịp cuối năm.'];
    expect(takeAttribution(lines)).toEqual({ body: lines, removed: [] });
  });
});

describe('removeBoilerplate', () => {
  it('removes follow-us prompts and end marks, keeping the full stop', () => {
    const { kept, removed } = removeBoilerplate(['Câu cuối./.', 'Câu khác/.', 'Mời quý độc giả theo dõi VOV.VN trên', 'Chia sẻ']);
    expect(kept).toEqual(['Câu cuối.', 'Câu khác.']);
    expect(removed).toHaveLength(4);
  });
});
