import { createHash } from 'node:crypto';
import { foldDiacritics } from '../text/fold.ts';

const MAX_SLUG_LENGTH = 80;

/**
 * An ASCII, lower-case, hyphenated slug of a Vietnamese phrase, cut at a word
 * boundary so URLs stay readable.
 *
 * @example slugify('Lầu Năm góc lập kênh') // 'lau-nam-goc-lap-kenh'
 */
export function slugify(text: string, maxLength = MAX_SLUG_LENGTH): string {
  const ascii = foldDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (ascii.length <= maxLength) return ascii;
  const cut = ascii.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : ascii.slice(0, maxLength)).replace(/-+$/, '');
}

/** A short id from the file's path relative to the content folder: stable while the file stays put. */
export function shortIdFromPath(relativePath: string, length = 8): string {
  return createHash('sha256').update(relativePath.normalize('NFC')).digest('hex').slice(0, length);
}

/**
 * The article's URL segment: headline slug plus a path-derived id. The trailing
 * `-xxxxxxxx` hex id keeps it unique per file and apart from the site's own routes,
 * none of which end that way.
 *
 * @example articleSlug('Đà Nẵng mưa lớn', 'da-nang.txt') // 'da-nang-mua-lon-3f2a9c1b'
 */
export function articleSlug(headline: string, relativePath: string): string {
  const base = slugify(headline) || 'bai-viet';
  return `${base}-${shortIdFromPath(relativePath)}`;
}

/**
 * What names an article, the same for every file format: its file, URL segment and headline.
 *
 * @example articleIdentity('da-nang.txt', 'Đà Nẵng mưa lớn') // { file: 'da-nang.txt', slug: 'da-nang-mua-lon-3f2a9c1b', headline: 'Đà Nẵng mưa lớn' }
 */
export function articleIdentity(file: string, headline: string): { file: string; slug: string; headline: string } {
  return { file, slug: articleSlug(headline, file), headline };
}
