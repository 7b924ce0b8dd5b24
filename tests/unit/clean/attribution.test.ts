import { describe, expect, it } from 'vitest';
import { takeAttribution } from '../../../src/lib/clean/attribution.ts';
import { removeBoilerplate } from '../../../src/lib/clean/boilerplate.ts';

describe('takeAttribution', () => {
  it('collapses a doubled word and takes the line off the body', () => {
    const result = takeAttribution(['Đoạn một.', 'Theo Theo Tass']);
    expect(result).toMatchObject({ body: ['Đoạn một.'], attribution: 'Theo Tass' });
    expect(result.removed).toEqual([{ text: 'Theo Theo Tass', reason: expect.stringMatching(/doubled/) }]);
  });

  it('takes a short author line', () => {
    expect(takeAttribution(['Đoạn một.', 'Minh Anh (tổng hợp)']).attribution).toBe('Minh Anh (tổng hợp)');
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
