import config from 'virtual:bao-tinh/config';
import { storedJson } from '../lib/build/cached-json.ts';
import { docMarkers, threadInput, type StoryThread } from '../lib/threads/index.ts';
import { getLatestArticles } from './articles.ts';
import { corpusKey } from './build-cache.ts';

/** The build cache's name for the story threads. */
export const THREADS_CACHE = 'threads';

/** What the thread stage has before the related lists come: its key, and the threads under it or each article's markers. */
export interface ThreadsAhead {
  key: string;
  stored?: StoryThread[];
  /** By file; dropped once the threads are built. */
  markers?: Map<string, Set<string>>;
}

let ahead: Promise<ThreadsAhead> | undefined;

/**
 * The part of the thread stage that needs no related lists: the threads' key (every article's path
 * and file digest, the code, the list length) and the threads cached under it, or, when there are
 * none, every article's names and numbers (a third of the stage). Done while the related process
 * ranks (related.ts), so only the clustering is left after it.
 */
export function getThreadsAhead(): Promise<ThreadsAhead> {
  ahead ??= getLatestArticles().then((articles) => {
    const key = corpusKey([THREADS_CACHE, config.relatedLimit], articles);
    const stored = storedJson<StoryThread[]>(config.cacheDir, THREADS_CACHE, key);
    if (stored) return { key, stored: stored.value };
    return { key, markers: new Map(articles.map((a) => [a.file, docMarkers(threadInput(a))])) };
  });
  return ahead;
}
