import type { APIRoute, GetStaticPaths } from 'astro';
import { getHeadlineIndex, jsonResponse } from '../../../../data/headline-index.ts';
import { dataFileKey } from '../../../../data/page-keys.ts';

export const getStaticPaths = (async () => {
  const { termShards } = await getHeadlineIndex();
  return termShards.map((shard, n) => ({ params: { shard: String(n) }, props: { shard }, cacheKey: dataFileKey(shard) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => jsonResponse(props.shard);
