import type { APIRoute, GetStaticPaths } from 'astro';
import { renderNamedFeed } from '../../../data/feeds.ts';
import { topicFeedKey } from '../../../data/page-keys.ts';
import { getTopics, type TopicView } from '../../../data/topics.ts';
import { topicPagePath } from '../../../lib/threads/index.ts';
import { vi } from '../../../i18n/vi.ts';

export const getStaticPaths = (async () => {
  const { topics } = await getTopics();
  return Promise.all(topics.map(async (topic) => ({ params: { topic: topic.slug }, props: { topic }, cacheKey: await topicFeedKey(topic) })));
}) satisfies GetStaticPaths;

/** A topic's feed: its newest articles; a reader follows a person or a place. */
export const GET: APIRoute = ({ props }) => {
  const { topic } = props as { topic: TopicView };
  return renderNamedFeed(vi.topicTitle(topic.name), topicPagePath(topic.slug), topic.items);
};
