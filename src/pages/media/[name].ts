import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getMediaFiles } from '../../data/media.ts';
import { IMAGE_TYPES } from '../../lib/ingest/media.ts';

export const getStaticPaths = (async () =>
  (await getMediaFiles()).map((file) => ({ params: { name: file.name }, props: { source: file.source } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) =>
  new Response(await readFile(props.source), {
    headers: { 'Content-Type': IMAGE_TYPES[String(params.name).split('.').pop()!] ?? 'application/octet-stream' },
  });
