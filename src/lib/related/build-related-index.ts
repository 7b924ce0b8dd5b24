import { articlesByName, beatVectors } from './beats.ts';
import { createScratch, type Scratch } from './candidates.ts';
import { keepRelatedEnough } from './floor.ts';
import { createDuplicateChecker, selectDistinctHits, type DuplicateChecker } from './near-duplicates.ts';
import { DEFAULT_TUNING, type RelatedHit, type RelatedInput, type RelatedOptions, type RelatedTuning } from './types.ts';
import { rankByScore, rankFirstStage, type Ranked } from './first-stage.ts';
import { deskSections, loadDeskModel } from './desks.ts';
import { sectionProfiles, type SectionProfiles } from './sections.ts';
import { bylineTerms } from './term-counts.ts';
import { dotDocs, rowCosine, vectorizeDocs, type VectorSet } from './vectorize.ts';

/** Per document: its byline names with their rarity, for the shared-byline bonus. */
type Bylines = Map<string, number>[];

/** Per document: its byline names' rarities (idf / log n); a reporter's name is worth a lot, a name on half the corpus little. */
function bylineRarities(names: string[][]): Bylines {
  const members = articlesByName(names);
  const scale = Math.log(Math.max(2, names.length));
  return names.map((list) => new Map(list.map((n) => [n, Math.log(names.length / members.get(n)!.length) / scale])));
}

/** Each article's desk (desks.ts); all in one without the topic model (a tuning that turns it off). */
function latentSections(first: Ranked[], vectors: VectorSet, t: RelatedTuning): Int32Array {
  if (!vectors.topics) return new Int32Array(first.length);
  const desks = loadDeskModel();
  if (desks.dims !== vectors.topicDims) {
    throw new Error(`the shipped desks have ${desks.dims} dimensions, the topic model ${vectors.topicDims}: rebuild them with tools/build-desk-model.ts`);
  }
  return deskSections(first, vectors.topics, desks, t.sectionNeighbours);
}

/** What the second stage reads besides the first stage's lists. */
export interface Context {
  docs: Pick<RelatedInput, 'source' | 'category'>[];
  bylines: Bylines;
  sections?: SectionProfiles;
  beats?: Float32Array;
  beatDims: number;
}

/** Largest rarity among byline names two documents share (0 when none). */
function shareByline(a: Map<string, number>, b: Map<string, number>): number {
  let best = 0;
  for (const [n, w] of a) if (b.has(n) && w > best) best = w;
  return best;
}

/**
 * Second stage over the first stage's candidates (scores: lexical cosine mixed with the topic
 * cosine): two-hop diffusion over the neighbour graph, the shared-byline bonus, the latent-section
 * and reporter-beat cosines, and the optional source/category bonuses (0 by default).
 */
function rerank(d: number, first: Ranked[], x: Context, t: RelatedTuning, s: Scratch): Ranked {
  const { docs, bylines, sections, beats } = x;
  const own = first[d];
  // Two-hop diffusion: how strongly the query's best neighbours point at each candidate.
  const spread = s.acc;
  const hops = t.diffusionWeight > 0 ? own.docs.slice(0, t.diffusionDocs) : [];
  let hopMass = 0;
  hops.forEach((k, i) => {
    const wk = own.scores[i];
    hopMass += wk;
    spread[k] += wk; // the neighbour itself
    const next = first[k];
    for (let j = 0; j < next.docs.length; j++) spread[next.docs[j]] += wk * next.scores[j];
  });
  const ranked = rankByScore(own.docs, own.docs.map((c, i) => {
    let score = own.scores[i];
    if (hopMass > 0) score = (1 - t.diffusionWeight) * score + (t.diffusionWeight * spread[c]) / hopMass;
    if (t.bylineBonus) score += t.bylineBonus * shareByline(bylines[d], bylines[c]);
    if (sections) score += t.sectionWeight * dotDocs(sections, d, c);
    if (beats) score += t.beatWeight * rowCosine(beats, x.beatDims, d, c);
    if (t.sourceBonus && docs[d].source && docs[d].source === docs[c].source) score += t.sourceBonus;
    if (t.categoryBonus && docs[d].category && docs[d].category === docs[c].category) score += t.categoryBonus;
    return score;
  }));
  for (const k of hops) {
    spread[k] = 0;
    for (const j of first[k].docs) spread[j] = 0;
  }
  return ranked;
}

/**
 * Related stories for every article, computed once per build over the whole corpus.
 * Cost grows about linearly with the corpus: each article probes an inverted index with its
 * heaviest terms only, then the best candidates are re-scored exactly. The result does not depend
 * on input order (documents are processed by id; ties go to the smaller id).
 */
export function buildRelatedIndex(docs: RelatedInput[], options: RelatedOptions = {}): Map<string, RelatedHit[]> {
  return buildRelatedIndexWithSections(docs, options).lists;
}

/** The related lists and, per article id, its latent section (its desk number, see desks.ts). */
export interface RelatedIndex {
  lists: Map<string, RelatedHit[]>;
  sections: Map<string, number>;
}

/** What the stages read of a document once it is vectorized: not its text. */
export type PreparedDoc = Omit<RelatedInput, 'text'>;

/** The corpus in id order, vectorized: what both stages read. */
export interface Prepared {
  sorted: PreparedDoc[];
  names: string[][];
  vectors: VectorSet;
  t: RelatedTuning;
  limit: number;
  scratch: Scratch;
}

export function prepare(docs: RelatedInput[], options: RelatedOptions): Prepared {
  const t: RelatedTuning = { ...DEFAULT_TUNING, ...options.tuning };
  const sorted = [...docs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].id === sorted[i - 1].id) throw new Error(`buildRelatedIndex: duplicate id ${sorted[i].id}`);
  }
  const names = bylineTerms(sorted);
  const vectors = vectorizeDocs(sorted, t, names, options.tokens);
  // The texts are in the vectors now: not held through the stages (about 0.5 GB at 100,000 articles).
  const kept = sorted.map(({ text: _text, key: _key, ...doc }) => doc);
  return { sorted: kept, names, vectors, t, limit: options.limit ?? 5, scratch: createScratch(sorted.length, vectors.termCount) };
}

/** Everything the second stage of any document reads: it can run on any thread, for any range of documents. */
export interface SecondStage {
  ids: string[];
  first: Ranked[];
  context: Context;
  checker: DuplicateChecker;
  t: RelatedTuning;
  limit: number;
}

/** The second stage's input from the first stage's lists, and each document's latent section. */
export function secondStageOf(p: Prepared, first: Ranked[]): { stage: SecondStage; section: Int32Array } {
  const { sorted, names, vectors, t } = p;
  const checker = createDuplicateChecker(sorted, vectors, t.nearDuplicateCosine);
  const section = latentSections(first, vectors, t);
  const context: Context = {
    docs: sorted.map(({ source, category }) => ({ source, category })),
    bylines: t.bylineBonus > 0 ? bylineRarities(names) : [],
    sections: t.sectionWeight > 0 ? sectionProfiles(first, t.sectionNeighbours, section) : undefined,
    beats: t.beatWeight > 0 && vectors.topics ? beatVectors(names, vectors.topics, vectors.topicDims, t.beatMaxShare) : undefined,
    beatDims: vectors.topicDims,
  };
  return { stage: { ids: sorted.map((d) => d.id), first, context, checker, t, limit: p.limit }, section };
}

/** The related lists of documents [from, to): re-ranked, reposts skipped, those not related enough dropped. */
export function rankSecondStage(x: SecondStage, from: number, to: number, s: Scratch): RelatedHit[][] {
  const { first, t } = x;
  const out: RelatedHit[][] = [];
  for (let d = from; d < to; d++) {
    const ranked = rerank(d, first, x.context, t, s);
    const positive = ranked.docs.filter((_, i) => ranked.scores[i] > 0);
    const scoreOf = new Map(ranked.docs.map((c, i) => [c, ranked.scores[i]]));
    const cosineOf = new Map(first[d].docs.map((c, i) => [c, first[d].cosines[i]]));
    const hits = selectDistinctHits(d, positive, (c) => cosineOf.get(c)!, x.limit, x.checker).map((c) => ({
      id: x.ids[c],
      score: Math.round(scoreOf.get(c)! * 1e6) / 1e6,
    }));
    out.push(keepRelatedEnough(hits, t));
  }
  return out;
}

/** The index from every document's list, in id order. */
export function relatedIndexOf(ids: readonly string[], lists: readonly RelatedHit[][], section: Int32Array): RelatedIndex {
  return { lists: new Map(ids.map((id, d) => [id, lists[d]!])), sections: new Map(ids.map((id, d) => [id, section[d]!])) };
}

/**
 * `buildRelatedIndex`, also giving each article's latent section, which the engine computes
 * anyway: a site whose files name neither categories nor sources can show them as its sections
 * at no extra cost. The lists are the same as `buildRelatedIndex`'s.
 */
export function buildRelatedIndexWithSections(docs: RelatedInput[], options: RelatedOptions = {}): RelatedIndex {
  const p = prepare(docs, options);
  const { stage, section } = secondStageOf(p, rankFirstStage(p.vectors, p.t, p.scratch));
  return relatedIndexOf(stage.ids, rankSecondStage(stage, 0, p.sorted.length, p.scratch), section);
}
