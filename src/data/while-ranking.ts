import { getHeadlineIndex } from './headline-index.ts';
import { getThreadsAhead } from './thread-markers.ts';
import { getTopics } from './topics.ts';

/**
 * Everything before the first page that needs no related lists: the build computes it while the
 * related process ranks on the other core, so that after the lists only the work that waits for
 * them is left (the threads' clustering). Each value is memoised where it lives; the dev server,
 * with no related process, computes each when a page first asks.
 */
export function workWhileRanking(): Promise<unknown> {
  return Promise.all([getTopics(), getHeadlineIndex(), getThreadsAhead()]);
}
