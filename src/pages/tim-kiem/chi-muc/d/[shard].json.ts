import type { APIRoute, GetStaticPaths } from 'astro';
import { getHeadlineIndex, jsonResponse } from '../../../../data/headline-index.ts';
import { dataFileKey } from '../../../../data/page-keys.ts';

export const getStaticPaths = (async () => {
  const { docShards } = await getHeadlineIndex();
  return [...docShards].map(([n, rows]) => ({ params: { shard: String(n) }, props: { rows }, cacheKey: dataFileKey(rows) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => jsonResponse(props.rows);
