import { describe, expect, it } from 'vitest';
import { isCaption } from '../../../../src/lib/ingest/clean/captions.ts';

describe('isCaption', () => {
  it.each([
    'Bộ trưởng Quốc phòng Mỹ Ashton Carter. Ảnh: AP',
    'Tổng thống Nga Putin (phải) và Hollande bắt tay tại Điện Kremlin. Ảnh AP',
    'Đội bóng đất Quảng bất lực trong cuộc chiến trụ hạng (ảnh: AFP/Getty)',
    'Giá vàng bước vào giai đoạn sụt giảm? (Ảnh minh họa).',
    'Nguồn ảnh: Reuters',
    'Một vụ phóng tên lửa của Nga (Ảnh minh họa: Sputnik)',
    'Một tàu ngầm thuộc dự án 613 (Ảnh minh họa: RT).',
    'Cận cảnh máy bay không người lái Iran tham gia cuộc thử nghiệm (Ảnh chụp màn hình).',
    'Ngành điện liên tục bị "mạo danh", kể cả vào lĩnh vực cho vay (Ảnh: T.L).',
    '(Ảnh minh họa: The New Paper).',
    'Ảnh minh họa đĩa bay của người ngoài hành tinh.',
    'Azharuddin (phải) vào vai Salim thời trẻ trong "Triệu phú ổ chuột"',
    'SL Nghệ An (vàng) nhận thất bại ở sân Lạch Tray',
  ])('takes a photo credit line as a caption: %s', (line) => {
    expect(isCaption(line)).toBe(true);
  });

  it.each([
    'Giá xăng tăng ảnh hưởng lớn đến đời sống người dân.',
    'Người Hà Nội say sưa chụp ảnh hoa ban đẹp mê hồn',
    `${'Một đoạn văn dài nhắc tới bức ảnh. '.repeat(12)}Ảnh: AP`,
    'Giá lúa giảm mạnh sau mưa lũ (ảnh hưởng của bão số 5).',
    'Đến đầu triều đại nhà Thanh (giữa thế kỷ XVII), mọi cô gái muốn kết hôn đều bị bó chân.',
  ])('leaves a paragraph that merely mentions a photo: %s', (line) => {
    expect(isCaption(line)).toBe(false);
  });
});
