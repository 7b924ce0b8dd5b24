/**
 * The site's one typeface: Noto Serif, self-hosted from the npm package @fontsource/noto-serif
 * (SIL Open Font License), so pages load nothing from another host and the CSP stays 'self'.
 * Two subsets (vietnamese, latin) in two weights (400, 700): about 41 KB of woff2, all preloaded
 * by BaseLayout. The browser fetches a subset only when the page has a character in its
 * unicode-range, which comes from the package's own `unicode.json`, so a range always describes
 * the file it loads. tests/unit/fonts.test.ts checks that every headline character of the fixtures
 * is in one of these ranges and in the cmap of the file that range loads.
 */
import unicodeRanges from '@fontsource/noto-serif/unicode.json' with { type: 'json' };

export type FontSubset = 'vietnamese' | 'latin';
export type FontWeight = 400 | 700;

/** One `@font-face` rule. */
export interface FontFace {
  family: string;
  subset: FontSubset;
  weight: FontWeight;
  /** The woff2 file as a package specifier: Vite resolves it, hashes it and emits it. */
  file: string;
  /** As CSS writes it: `U+0102-0103,U+0110-0111,…`. */
  unicodeRange: string;
}

const FAMILY = 'Noto Serif';
const SUBSETS: readonly FontSubset[] = ['vietnamese', 'latin'];
const WEIGHTS: readonly FontWeight[] = [400, 700];

/** Every face the site ships, weight by weight, in the order BaseLayout preloads them. */
export const FONT_FACES: readonly FontFace[] = WEIGHTS.flatMap((weight) =>
  SUBSETS.map((subset) => ({
    family: FAMILY,
    subset,
    weight,
    file: `@fontsource/noto-serif/files/noto-serif-${subset}-${weight}-normal.woff2`,
    unicodeRange: unicodeRanges[subset],
  })),
);

/**
 * The `@font-face` rules of `faces`, for a stylesheet Vite processes (its `url()`s become hashed
 * files). `font-display: optional`: a face that is not there within the first ~100 ms is not
 * swapped in later, so text never moves (no layout shift); it is used from the next page on.
 *
 * @example fontFaceCss(FONT_FACES.slice(0, 1)) // "@font-face {\n  font-family: 'Noto Serif';\n  …\n  src: url('@fontsource/noto-serif/files/noto-serif-vietnamese-400-normal.woff2') format('woff2');\n  …\n}"
 */
export function fontFaceCss(faces: readonly FontFace[]): string {
  return faces
    .map((face) =>
      [
        '@font-face {',
        `  font-family: '${face.family}';`,
        '  font-style: normal;',
        `  font-weight: ${face.weight};`,
        '  font-display: optional;',
        `  src: url('${face.file}') format('woff2');`,
        `  unicode-range: ${face.unicodeRange};`,
        '}',
      ].join('\n'),
    )
    .join('\n');
}
