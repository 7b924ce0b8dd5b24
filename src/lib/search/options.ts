/**
 * Pagefind options shared by the search page and the benchmark, so what is measured is what
 * readers get. `kd` (the headline with `đ` -> `d`) carries the headline boost: every query is
 * `đ`-folded, so the real `title` would only half-match a `đ` headline and favour headlines
 * without `đ`; `kdd` (the body's `đ` bigrams) counts like body text; `date` is for display.
 */
export const SEARCH_RANKING = {
  metaWeights: { title: 1, kd: 6, kdd: 1, date: 0 },
} as const;

/** Words of context around the match in result excerpts: about two lines on a phone. */
export const EXCERPT_LENGTH = 24;

/** Results rendered per "more" step. */
export const RESULTS_PAGE_SIZE = 10;

/**
 * The first impression: when headlines match fewer pages than this, the full text is searched
 * at once; otherwise only when the reader asks for more.
 */
export const FIRST_RESULTS = 5;

