import type { APIRoute, GetStaticPaths } from 'astro';
import { renderNamedFeed } from '../../../data/feeds.ts';
import { getThreads, type ThreadView } from '../../../data/threads.ts';
import { sortLatest } from '../../../lib/browse/listing.ts';
import { threadPagePath } from '../../../lib/threads/index.ts';
import { vi } from '../../../i18n/vi.ts';
import { threadPageKey } from '../../../data/page-keys.ts';

export const getStaticPaths = (async () =>
  Promise.all((await getThreads()).map(async (thread) => ({ params: { thread: thread.slug }, props: { thread }, cacheKey: await threadPageKey(thread) })))) satisfies GetStaticPaths;

/** A thread's feed: every report, reposts included, newest first; a reader follows the story as it develops. */
export const GET: APIRoute = ({ props }) => {
  const { thread } = props as { thread: ThreadView };
  return renderNamedFeed(vi.threadTitle(thread.name), threadPagePath(thread.slug), sortLatest(thread.reports.flatMap((r) => [r.article, ...r.copies])));
};
