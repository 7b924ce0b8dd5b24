/** Captions are short: a long paragraph that merely mentions a photo is still a paragraph. */
const MAX_CAPTION_LENGTH = 300;

const CAPTION_PATTERNS: RegExp[] = [
  // `... Ảnh: AP`, `(Ảnh: Getty).`, `Ảnh: Nông nghiệp Việt Nam`, `(ảnh: AFP/Getty)`
  /(?:^|[\s.(])(?:Ảnh|ẢNH|ảnh|Nguồn ảnh|Nguồn|Photo|Video)\s*:\s*[^.:]{1,60}\)?\.?$/u,
  // `... tại Điện Kremlin. Ảnh AP`, `Ảnh TTXVN`: a credit of up to three capitalised words
  /(?:^|[\s.(])Ảnh\s+(?:[\p{Lu}\d][\p{L}\d/&.-]*\s?){1,3}\)?\.?$/u,
  // `Ảnh minh họa`, `(Ảnh minh hoạ)`
  /(?:^|[\s.(])Ảnh\s+minh\s+h(?:ọa|oạ)\.?\)?\.?$/u,
  /^(?:Ảnh|Nguồn ảnh)\s*:/u,
  // `... của Nga (Ảnh minh họa: Sputnik)`, `(Ảnh chụp màn hình).`, `(ảnh cắt từ clip)`: a credit in brackets
  // at the end (`(ảnh hưởng ...)` is a word, not a photo)
  /\((?:Ảnh|ảnh|Video|Clip)(?!\s*hưởng)(?=[\s:])[^()]{1,80}\)\.?$/u,
  // `Ảnh minh họa đĩa bay ...`: a line that opens by calling itself an illustration
  /^\(?Ảnh\s+minh\s+h(?:ọa|oạ)(?=[\s:.)]|$)/u,
  // `Tổng thống Putin (phải) và ...`, `(thứ 2 từ trái sang)`, `SL Nghệ An (vàng)`: who stands where, or
  // which shirt a team wears, is said of a photo
  /\((?:(?:bên|ngoài cùng(?: bên)?) )?(?:trái|phải|giữa)\)|\(thứ \d+ từ (?:trái|phải)[^()]{0,20}\)/u,
  /\((?:áo )?(?:xanh|đỏ|trắng|vàng|đen|cam|tím)\)/u,
];

/**
 * Whether a line credits a photo and so is a caption, not a paragraph.
 *
 * @example isCaption('Bộ trưởng Quốc phòng Mỹ Ashton Carter. Ảnh: AP') // true
 * @example isCaption('Giá xăng ảnh hưởng lớn đến đời sống.') // false
 */
export function isCaption(line: string): boolean {
  if (line.length > MAX_CAPTION_LENGTH) return false;
  return CAPTION_PATTERNS.some((pattern) => pattern.test(line));
}
