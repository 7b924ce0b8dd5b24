import { foldAll } from '../text/fold.ts';

/**
 * The body's first paragraph under the lead's lede, when it says something new: scraped
 * bodies often open by repeating the headline or the lede (baomoi), which would read twice,
 * sometimes with a typo in a mark (`xổ sổ` for `xổ số`): compared without marks.
 *
 * @example leadOpening({ headline: 'Giá vàng tăng', lede: 'Sáng nay…', opening: 'Giá vàng tăng mạnh…' }) // undefined
 */
export function leadOpening(article: { headline: string; lede?: string; opening?: string }): string | undefined {
  const opening = article.opening?.trim();
  if (!opening) return undefined;
  const start = foldAll(opening.slice(0, 30));
  const seen = [article.headline, article.lede ?? ''].map(foldAll);
  return seen.some((text) => text.includes(start)) ? undefined : opening;
}
