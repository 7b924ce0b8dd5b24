import { decodeIds, headlineSyllables, pairKey, shardOf, type HeadlineIndexMeta, type Syllable, type TermShard } from './format.ts';

/** Longer queries are pasted text: their first syllables decide, the rest would only cost requests. */
export const MAX_QUERY_SYLLABLES = 12;

/**
 * Score of each query pair found side by side in a headline, and of each syllable spelled with
 * the query's own marks. A pair outweighs two syllables' marks: `khong kich` should find the
 * compound word before `Không ... kích` apart, and `Đà Nẵng` should rank `Đà Nẵng` above `Da Nang`.
 */
export const PAIR_WEIGHT = 3;
export const EXACT_WEIGHT = 1;

const querySyllables = (query: string) => headlineSyllables(query).slice(0, MAX_QUERY_SYLLABLES);

function shardsOf(syllables: Syllable[], meta: HeadlineIndexMeta): number[] {
  const keys = [...syllables.map((s) => s.key), ...syllables.slice(1).map((s, i) => pairKey(syllables[i], s))];
  return [...new Set(keys.map((key) => shardOf(key, meta.termShards)))];
}

/** The shards a query needs: one per distinct syllable and pair. */
export function shardsForQuery(query: string, meta: HeadlineIndexMeta): number[] {
  return shardsOf(querySyllables(query), meta);
}

/**
 * Documents whose headline holds every syllable of the query (folded: no marks, `đ` = `d`),
 * best first: adjacent pairs and exact spellings score, ties go to the higher id (the shorter,
 * then newer headline). Empty when any syllable is missing: the full-text tier takes over.
 *
 * @param loadShard fetches one term shard (a file in the browser, memory in tests)
 */
export async function searchHeadlineIndex(
  query: string,
  meta: HeadlineIndexMeta,
  loadShard: (shard: number) => Promise<TermShard>,
): Promise<number[]> {
  const syllables = querySyllables(query);
  if (syllables.length === 0 || meta.docs === 0) return [];
  const shards = new Map<number, Promise<TermShard>>();
  for (const n of shardsOf(syllables, meta)) shards.set(n, loadShard(n));
  const shardFor = (key: string) => shards.get(shardOf(key, meta.termShards))!;

  const matches = new Map<string, Set<number>>();
  const exact: Set<number>[] = [];
  const seenForms = new Set<string>();
  for (const { key, form } of syllables) {
    const forms = (await shardFor(key)).w[key];
    if (!forms) return [];
    if (!matches.has(key)) matches.set(key, new Set(Object.values(forms).flatMap(decodeIds)));
    if (!seenForms.has(form)) {
      seenForms.add(form);
      exact.push(new Set(decodeIds(forms[form] ?? '')));
    }
  }
  const pairs: Set<number>[] = [];
  for (let i = 1; i < syllables.length; i++) {
    const key = pairKey(syllables[i - 1], syllables[i]);
    pairs.push(new Set(decodeIds((await shardFor(key)).p[key] ?? '')));
  }

  const [smallest, ...others] = [...matches.values()].sort((a, b) => a.size - b.size);
  const hits = [...smallest].filter((id) => others.every((set) => set.has(id)));
  const count = (sets: Set<number>[], id: number) => sets.reduce((n, set) => n + (set.has(id) ? 1 : 0), 0);
  return hits
    .map((id) => ({ id, score: PAIR_WEIGHT * count(pairs, id) + EXACT_WEIGHT * count(exact, id) }))
    .sort((a, b) => b.score - a.score || b.id - a.id)
    .map((hit) => hit.id);
}

/** Where a document's row is: its document shard and its place in it. */
export function docLocation(id: number, meta: HeadlineIndexMeta): { shard: number; row: number } {
  return { shard: Math.floor(id / meta.docsPerShard), row: id % meta.docsPerShard };
}
