import { createHash } from 'node:crypto';
import {
  encodeIds,
  headlineSyllables,
  pairKey,
  shardOf,
  type DocRow,
  type HeadlineIndexMeta,
  type TermShard,
} from './format.ts';

/** What the headline index needs of an article. */
export interface HeadlineDoc {
  /** Page path under the base, e.g. `da-nang-mua-lon-1a2b3c4d/`. */
  path: string;
  headline: string;
  /** Other words that spell the headline (the URL slug when the file had no headline line). */
  alsoMatch?: string;
  source?: string;
  date?: string;
  excerpt: string;
}

export interface HeadlineIndexFiles {
  meta: HeadlineIndexMeta;
  termShards: TermShard[];
  /** By shard number (numbers are sparse: see numbered). */
  docShards: Map<number, DocRow[]>;
}

export interface HeadlineIndexOptions {
  /** Raw bytes aimed at per term shard: fewer, bigger files cost more bytes per search. */
  targetShardBytes?: number;
  /** Result rows per document file: five results fetch at most five files. */
  docsPerShard?: number;
}

const MAX_TERM_SHARDS = 4096;
/** Ids per headline length: room for a million headlines of one length. */
const LENGTH_BLOCK = 2 ** 20;
const LONGEST = 255;

/**
 * Document ids: a block per headline length, the shortest highest, and within a block ids
 * counted from the oldest. Among equally good matches the browser prefers the higher id (the
 * shorter, then newer headline, the one most about the query) by id alone, without fetching any
 * lengths; and a new article takes the next id of its block, so no other document's id, row or
 * file moves (incremental builds rewrite a few files of the index, not all).
 */
function numbered<T extends { doc: HeadlineDoc; own: unknown[] }>(prepared: T[]): (T & { id: number })[] {
  // Longest headlines first, each block from its oldest: ascending ids.
  const order = [...prepared].sort(
    (a, b) =>
      b.own.length - a.own.length ||
      (a.doc.date ?? '').localeCompare(b.doc.date ?? '') ||
      (a.doc.path < b.doc.path ? 1 : a.doc.path > b.doc.path ? -1 : 0),
  );
  let block = -1;
  let next = 0;
  return order.map((item) => {
    const length = Math.min(item.own.length, LONGEST);
    if (length !== block) [block, next] = [length, (LONGEST - length) * LENGTH_BLOCK];
    return { ...item, id: next++ };
  });
}

/** Builds the headline index (ids: see numbered). */
export function buildHeadlineIndex(docs: readonly HeadlineDoc[], options: HeadlineIndexOptions = {}): HeadlineIndexFiles {
  const { targetShardBytes = 8192, docsPerShard = 16 } = options;
  const prepared = numbered(docs.map((doc) => ({ doc, own: headlineSyllables(doc.headline), also: doc.alsoMatch ? headlineSyllables(doc.alsoMatch) : [] })));

  const words = new Map<string, Map<string, number[]>>();
  const pairs = new Map<string, number[]>();
  const add = <K>(map: Map<K, number[]>, key: K, id: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [id]);
    else if (list[list.length - 1] !== id) list.push(id);
  };
  for (const { own, also, id } of prepared) {
    for (const sequence of [own, also]) {
      sequence.forEach((syllable, i) => {
        let forms = words.get(syllable.key);
        if (!forms) words.set(syllable.key, (forms = new Map()));
        add(forms, syllable.form, id);
        if (i > 0) add(pairs, pairKey(sequence[i - 1], syllable), id);
      });
    }
  }

  const encodedWords = [...words].map(([key, forms]) => [key, Object.fromEntries([...forms].map(([f, ids]) => [f, encodeIds(ids)]))] as const);
  const encodedPairs = [...pairs].map(([key, ids]) => [key, encodeIds(ids)] as const);
  const rawBytes =
    encodedWords.reduce((n, [key, forms]) => n + key.length + JSON.stringify(forms).length, 0) +
    encodedPairs.reduce((n, [key, ids]) => n + key.length + ids.length + 6, 0);
  const termShardCount = Math.min(MAX_TERM_SHARDS, 2 ** Math.ceil(Math.log2(Math.max(1, rawBytes / targetShardBytes))));
  const termShards: TermShard[] = Array.from({ length: termShardCount }, () => ({ w: {}, p: {} }));
  for (const [key, forms] of encodedWords) termShards[shardOf(key, termShardCount)].w[key] = forms;
  for (const [key, ids] of encodedPairs) termShards[shardOf(key, termShardCount)].p[key] = ids;

  const docShards = new Map<number, DocRow[]>();
  for (const { doc, id } of prepared) {
    const shard = Math.floor(id / docsPerShard);
    const rows = docShards.get(shard) ?? [];
    rows[id % docsPerShard] = [doc.path, doc.headline, doc.source ?? '', doc.date ?? '', doc.excerpt];
    docShards.set(shard, rows);
  }

  const version = createHash('sha256')
    .update(JSON.stringify([termShards, [...docShards]]))
    .digest('hex')
    .slice(0, 12);
  return { meta: { version, docs: prepared.length, termShards: termShardCount, docsPerShard }, termShards, docShards };
}
