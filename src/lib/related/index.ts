export { buildRelatedIndex, buildRelatedIndexWithSections, type RelatedIndex } from './build-related-index.ts';
export { createHeadlineMatcher, normalizeHeadlineKey } from './match-headlines.ts';
export { foldDiacritics, tokenize } from '../text/tokenize.ts';
export type { RelatedHit, RelatedInput, RelatedOptions, RelatedTuning } from './types.ts';
