import { describe, expect, it } from 'vitest';
import { truncateText } from '../../../src/lib/text/truncate.ts';

describe('truncateText', () => {
  it('cuts at a word boundary and marks the cut', () => {
    expect(truncateText('Giá vàng hôm nay tăng mạnh', 15)).toBe('Giá vàng hôm…');
    expect(truncateText('Ngắn', 15)).toBe('Ngắn');
  });
});
