import { getListingPaths } from './term-paths.ts';
import { getTopics } from './topics.ts';

/** `getStaticPaths` of the named topics' listings: `chu-de/<slug>/` (`first`) or `chu-de/<slug>/trang/N/`, each with its cache key. */
export async function getTopicPaths(first: boolean) {
  const { topics } = await getTopics();
  return (await getListingPaths('topic', topics, first)).map(({ params, props, cacheKey }) => ({ params, props: { topic: props.group, page: props.page }, cacheKey }));
}
