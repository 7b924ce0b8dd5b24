/** Lines that are the website's furniture, not the article. */
const BOILERPLATE_LINES: RegExp[] = [
  /^Mời (?:quý )?(?:độc giả|bạn đọc|bạn|quý vị) (?:theo dõi|đón xem|xem|đọc|tham gia)\b/iu,
  /^(?:Hãy )?(?:Theo dõi|Like|Follow) .{0,60}(?:Facebook|Fanpage|Zalo|YouTube|Google News|TikTok)\b.{0,30}$/iu,
  /^(?:Chia sẻ|Share|In bài|Gửi bài|Gửi bạn bè|Bình luận|Lưu bài|Tweet|Email|Print|Báo lỗi|Quay lại|Về đầu trang|Top)(?:\s*[|/]\s*.{0,20})?$/iu,
  /^(?:Video|Ảnh|Clip) ?đang được xem nhiều(?: nhất)?:?$/iu,
  /^Bạn (?:đang|có) (?:xem|muốn).{0,40}\?$/iu,
  /^Tải ứng dụng .{0,60}$/iu,
  // Dân trí's desk mailbox: `* Mọi ý kiến đóng góp về giáo dục, độc giả gửi tin, bài về hộp thư: ...`
  /^\*?\s*Mọi (?:ý kiến|thông tin) .{0,80}\bgửi .{0,40}(?:hộp thư|email|e-mail)\b.{0,120}$/iu,
];

export type BoilerplateResult = { kept: string[]; removed: { text: string; reason: string }[] };

/**
 * Drops follow-us prompts and share/print leftovers, and strips end marks such as
 * VOV's `/.` so the sentence keeps its full stop.
 *
 * @example removeBoilerplate(['... vụ tấn công này./.', 'Mời quý độc giả theo dõi VOV.VN trên'])
 * // kept: ['... vụ tấn công này.']
 */
export function removeBoilerplate(lines: string[]): BoilerplateResult {
  const kept: string[] = [];
  const removed: BoilerplateResult['removed'] = [];
  for (const line of lines) {
    if (BOILERPLATE_LINES.some((pattern) => pattern.test(line))) {
      removed.push({ text: line, reason: 'boilerplate: website prompt, not part of the article' });
      continue;
    }
    // `này./.` and `này/.` both end `này.`: the slash is the mark, the stop is the sentence's.
    if (line.endsWith('/.')) {
      removed.push({ text: '/.', reason: 'boilerplate: end mark' });
      kept.push(`${line.slice(0, -2).replace(/[\s.]+$/, '')}.`);
      continue;
    }
    kept.push(line);
  }
  return { kept, removed };
}
