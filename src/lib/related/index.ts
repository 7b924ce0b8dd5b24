export { buildRelatedIndex, buildRelatedIndexWithSections, type RelatedIndex } from './build-related-index.ts';
export { createHeadlineMatcher } from './match-headlines.ts';
export type { RelatedHit, RelatedInput, RelatedOptions, RelatedTuning } from './types.ts';
