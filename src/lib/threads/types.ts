/** One article as the thread stage sees it: what its page header shows, no body. */
export interface ThreadInput {
  id: string;
  headline: string;
  lede?: string;
  /** The body's first paragraph: where a report names who, where and how many. */
  opening?: string;
  /** `YYYY-MM-DD`, when the file gives one. */
  date?: string;
  source?: string;
}

/** One related-engine neighbour of an article, as the related lists give it. */
export interface Neighbour {
  id: string;
  score: number;
}

/** One report of a thread: an article and the copies of the same text elsewhere (reposts), first copy first. */
export interface ThreadEntry {
  id: string;
  copies: string[];
}

/** A story: the articles that report one event, across sources and days. */
export interface StoryThread {
  /** URL segment under `su-kien/`, unique in the site. */
  slug: string;
  /** The thread's most central headline. */
  name: string;
  /** The article whose headline names the thread. */
  centralId: string;
  /** Reports in date order (undated last), reposts folded into their first copy. */
  entries: ThreadEntry[];
  /** Every member id, in entry order, copies after their entry. */
  ids: string[];
}

/** Knobs of the clustering; defaults set on baomoi (see bench/threads.ts). */
export interface ThreadTuning {
  /** The related score two articles need (in either's list) to be one event. */
  minScore: number;
  /** The score a link needs to join two groups of two or more: a weak bridge chains events into a topic. */
  minBridgeScore: number;
  /** Distinct shared names or numbers they need besides. */
  minShared: number;
  /** A name or number in more than this share of the corpus (and in more articles than a thread holds) names no event. */
  maxMarkerShare: number;
  /** Two dated reports more than this many days apart are not linked directly. */
  maxGapDays: number;
  /** A thread's dated reports span at most this many days. */
  maxSpanDays: number;
  /** A thread stops growing past this many articles: a bigger one is a topic, not an event. */
  maxSize: number;
  /** Word-trigram overlap (Jaccard) at or above which two texts are one text reposted. */
  repostJaccard: number;
}

export const DEFAULT_THREAD_TUNING: ThreadTuning = {
  minScore: 0.55,
  minShared: 2,
  minBridgeScore: 0.8,
  maxMarkerShare: 0.002,
  maxGapDays: 3,
  maxSpanDays: 14,
  maxSize: 30,
  repostJaccard: 0.6,
};
