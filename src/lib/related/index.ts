export { buildRelatedIndex, buildRelatedIndexWithSections, type RelatedIndex } from './build-related-index.ts';
export { buildRelatedIndexOnThreads } from './on-threads.ts';
export { createHeadlineMatcher } from './match-headlines.ts';
export type { RelatedHit, RelatedInput, RelatedOptions, RelatedTuning } from './types.ts';
