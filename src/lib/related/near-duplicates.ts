import { normalizeHeadlineKey } from './match-headlines.ts';
import type { RelatedInput } from './types.ts';
import { dotVectors, type DocVector } from './vectorize.ts';

/**
 * Key that is equal for reposts of the same story: folded headline plus lede.
 * Empty keys (no headline, no lede) never match anything.
 */
export function computeDuplicateKey(doc: RelatedInput): string {
  return normalizeHeadlineKey(doc.headline) + '|' + normalizeHeadlineKey(doc.lede ?? '');
}

/** Context for near-duplicate tests between any two documents of the corpus. */
export interface DuplicateChecker {
  keys: string[];
  vectors: DocVector[];
  cosine: number;
}

/** Same story reposted: identical headline+lede, or vectors nearly parallel. */
export function isNearDuplicate(a: number, b: number, c: DuplicateChecker): boolean {
  if (c.keys[a] === c.keys[b] && c.keys[a] !== '|') return true;
  return dotVectors(c.vectors[a], c.vectors[b]) >= c.cosine;
}

/**
 * Take hits best first, so that reposts never fill the sidebar: the query's own near-duplicates
 * count once, and a hit that duplicates an already chosen hit is skipped (the better one stays).
 */
export function selectDistinctHits(query: number, ranked: number[], limit: number, c: DuplicateChecker): number[] {
  const chosen: number[] = [];
  let queryDuplicateTaken = false;
  for (const cand of ranked) {
    if (chosen.length >= limit) break;
    const dupOfQuery = isNearDuplicate(query, cand, c);
    if (dupOfQuery && queryDuplicateTaken) continue;
    if (chosen.some((h) => isNearDuplicate(h, cand, c))) continue;
    if (dupOfQuery) queryDuplicateTaken = true;
    chosen.push(cand);
  }
  return chosen;
}
