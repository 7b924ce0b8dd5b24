import type { ResultData } from './search-render.ts';

/** Results of one search tier, handed out a page at a time. */
export interface ResultFeed {
  /** How many results the tier found (before removing ones an earlier tier showed). */
  readonly count: number;
  /** Whether every result has been handed out. */
  readonly done: boolean;
  /** Nothing left to hand out until the reader asks for more (older articles remain to search). */
  readonly paused?: boolean;
  /** Searches older articles too, when `paused`. */
  widen?(): Promise<void>;
  /** The next results, at most `n`; fewer when the feed runs out or pauses. */
  take(n: number): Promise<ResultData[]>;
}
