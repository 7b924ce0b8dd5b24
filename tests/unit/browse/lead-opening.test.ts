import { describe, expect, it } from 'vitest';
import { leadOpening } from '../../../src/lib/browse/lead-opening.ts';

describe('leadOpening', () => {
  it('gives the first paragraph unless it repeats the headline or the lede', () => {
    const lede = 'Nga và Pháp sẽ duy trì các cuộc tiếp xúc giữa quân đội hai nước.';
    expect(leadOpening({ headline: 'Nga và Pháp sẽ duy trì liên lạc', lede, opening: 'Ngoại trưởng Nga Sergei Lavrov cho biết ngày 18/12.' })).toBe(
      'Ngoại trưởng Nga Sergei Lavrov cho biết ngày 18/12.',
    );
    expect(leadOpening({ headline: 'Kết quả xổ số điện toán Vietlott ngày 6/2/2017', opening: 'Kết quả xổ sổ điện toán Vietlott ngày 6/2/2017 Xổ số điện toán là…' })).toBeUndefined();
    expect(leadOpening({ headline: 'Tin', lede, opening: lede })).toBeUndefined();
    expect(leadOpening({ headline: 'Tin', lede })).toBeUndefined();
  });
});
