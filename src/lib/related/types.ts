import type { TokenMemo } from './doc-tokens.ts';

/** One article as the related-stories engine sees it: plain text only, no markup. */
export interface RelatedInput {
  id: string;
  headline: string;
  lede?: string;
  text: string;
  source?: string;
  category?: string;
  date?: string;
  /** Reporter or wire-service line (`Kim Dung - Theo Reuters`), as `articleByline` gives it. */
  byline?: string;
  /**
   * A digest of what the engine reads of the document (the site: its path and file digest), under
   * which a token store keeps its tokens; without it, one of its headline, lede and text. A
   * document whose key the store holds is counted from the kept tokens: its `text` is not read.
   */
  key?: string;
}

/** One related article for a sidebar, best first. `score` is a cosine-like similarity in [0, 1+]. */
export interface RelatedHit {
  id: string;
  score: number;
}

/** Knobs of the ranking model; defaults are tuned on unc-dev (see bench/related-quality.ts). */
export interface RelatedTuning {
  /** Field weights: a headline syllable counts this many body syllables. */
  headlineWeight: number;
  ledeWeight: number;
  /** Multiplier on adjacent-syllable pair weights (syllables get 1). */
  pairWeight: number;
  /** Term frequency given to each byline name (0 = off). */
  bylineWeight: number;
  /** BM25 term-frequency saturation and length normalisation. */
  k1: number;
  /** Exponent on BM25 idf: below 1 favours topical mid-frequency terms over rare one-story terms. */
  idfPower: number;
  /** Weigh words by the shipped background frequencies (1) or by the site's own counts alone (0); see word-weights.ts. */
  backgroundWeights: number;
  /** A word the site uses more than this many times as often as the background weighs by the site's count. */
  localShare: number;
  b: number;
  /** Highest-weight terms kept per document for exact scoring. */
  keepTerms: number;
  /** Highest-weight terms per document used to find candidates through the inverted index. */
  probeTerms: number;
  /** Highest-weight terms per document listed in the inverted index. */
  indexTerms: number;
  /** Postings lists longer than this share of the corpus are skipped when finding candidates. */
  maxPostingShare: number;
  /** ...and never longer than this, so the probe cost per document stays flat as the corpus grows. */
  maxPostings: number;
  /** Candidates re-scored exactly per document. */
  candidates: number;
  /** Body characters read per document: a story's topic is set in its first paragraphs. */
  maxTextChars: number;
  /** Two-hop diffusion over the first-stage neighbour graph: neighbours used and mixing weight (0 = off). */
  diffusionDocs: number;
  diffusionWeight: number;
  /** Bonus for sharing a (rare) byline name with the query (0 = off). */
  bylineBonus: number;
  /** Weight of the cosine of two articles' latent-section profiles (0 = off; see sections.ts). */
  sectionWeight: number;
  /** Best first-stage neighbours that place an article in the sections (and build the graph). */
  sectionNeighbours: number;
  /** Weight of the cosine of the articles' reporters' beats (0 = off; needs the topic model; see beats.ts). */
  beatWeight: number;
  /** A byline name on more than this share of the corpus (a wire service) has no beat. */
  beatMaxShare: number;
  /** Same-source / same-category bonus when those fields are given (0 = off). */
  sourceBonus: number;
  categoryBonus: number;
  /** Share of the shipped topic model's cosine in the score of a candidate (0 = off, lexical only). */
  topicWeight: number;
  /** Heaviest model terms summed into a document's topic vector (cost is this x the model's dimensions). */
  topicTerms: number;
  /** Cosine at or above which two articles are the same story reposted. */
  nearDuplicateCosine: number;
  /** The floor: a story scoring below this is not related enough to show (0 = always fill the list). */
  minScore: number;
  /** Stories after the first `floorRank` must clear this higher floor: a fourth or fifth must be clearly related. */
  extraMinScore: number;
  floorRank: number;
}

/** Options of buildRelatedIndex. */
export interface RelatedOptions {
  /** Hits per article; default 5. */
  limit?: number;
  /** Model knobs for benchmarks; the site uses the defaults. */
  tuning?: Partial<RelatedTuning>;
  /** The documents' tokens from the last build, and where this build's go (the site keeps them in its build cache). */
  tokens?: TokenMemo;
}

export const DEFAULT_TUNING: RelatedTuning = {
  headlineWeight: 3,
  ledeWeight: 2,
  pairWeight: 1,
  bylineWeight: 4,
  k1: 1.2,
  idfPower: 1,
  backgroundWeights: 1,
  localShare: 2,
  b: 0.75,
  keepTerms: 300,
  probeTerms: 40,
  indexTerms: 150,
  maxPostingShare: 0.1,
  maxPostings: 1000,
  candidates: 50,
  maxTextChars: 3000,
  diffusionDocs: 20,
  diffusionWeight: 0.5,
  bylineBonus: 0.1,
  sectionWeight: 0.15,
  sectionNeighbours: 20,
  beatWeight: 0.2,
  beatMaxShare: 0.05,
  sourceBonus: 0,
  categoryBonus: 0,
  topicWeight: 0.1,
  topicTerms: 128,
  nearDuplicateCosine: 0.8,
  minScore: 0.35,
  extraMinScore: 0.42,
  floorRank: 3,
};
