/**
 * Shortens a text to at most `max` characters at a word boundary, with `…`: for
 * listing cards and meta descriptions, where a 600-character lede would overflow.
 *
 * @example truncateText('Giá vàng hôm nay tăng mạnh', 15) // 'Giá vàng hôm…'
 */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/u, '')}…`;
}
