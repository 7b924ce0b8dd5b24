import { describe, expect, it } from 'vitest';
import { isCaption } from '../../../src/lib/clean/captions.ts';

describe('isCaption', () => {
  it.each([
    'Bộ trưởng Quốc phòng Mỹ Ashton Carter. Ảnh: AP',
    'Tổng thống Nga Putin (phải) và Hollande bắt tay tại Điện Kremlin. Ảnh AP',
    'Đội bóng đất Quảng bất lực trong cuộc chiến trụ hạng (ảnh: AFP/Getty)',
    'Giá vàng bước vào giai đoạn sụt giảm? (Ảnh minh họa).',
    'Nguồn ảnh: Reuters',
  ])('takes a photo credit line as a caption: %s', (line) => {
    expect(isCaption(line)).toBe(true);
  });

  it.each([
    'Giá xăng tăng ảnh hưởng lớn đến đời sống người dân.',
    'Người Hà Nội say sưa chụp ảnh hoa ban đẹp mê hồn',
    `${'Một đoạn văn dài nhắc tới bức ảnh. '.repeat(12)}Ảnh: AP`,
  ])('leaves a paragraph that merely mentions a photo: %s', (line) => {
    expect(isCaption(line)).toBe(false);
  });
});
