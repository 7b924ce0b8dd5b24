import config from 'virtual:bao-tinh/config';
import { docMarkers, threadInput, type StoryThread } from '../lib/threads/index.ts';
import { getLatestArticles } from './articles.ts';
import { cacheSlot, corpusKey, memoPerArticle, type CacheSlot } from './build-cache.ts';

/** The build cache's name for the story threads. */
const THREADS_CACHE = 'threads';

/** What the thread stage has before the related lists come: the threads' cache slot, and each article's markers when it is empty. */
export interface ThreadsAhead {
  cache: CacheSlot<StoryThread[]>;
  /** By file; dropped once the threads are built. */
  markers?: Map<string, Set<string>>;
}

let ahead: Promise<ThreadsAhead> | undefined;

/**
 * The part of the thread stage that needs no related lists: the threads' key (every article's path
 * and file digest, the code, the list length) and the threads cached under it, or, when there are
 * none, every article's names and numbers (a third of the stage). Done while the related process
 * ranks (while-ranking.ts), so only the clustering is left after it.
 */
export function getThreadsAhead(): Promise<ThreadsAhead> {
  ahead ??= getLatestArticles().then((articles) => {
    const cache = cacheSlot<StoryThread[]>(THREADS_CACHE, corpusKey([THREADS_CACHE, config.relatedLimit], articles));
    if (cache.stored) return { cache };
    // Each article's markers are its own: a rebuild finds only the new ones.
    const markers = memoPerArticle('thread-markers', articles, (a) => [...docMarkers(threadInput(a))]);
    return { cache, markers: new Map(articles.map((a, i) => [a.file, new Set(markers[i])])) };
  });
  return ahead;
}
