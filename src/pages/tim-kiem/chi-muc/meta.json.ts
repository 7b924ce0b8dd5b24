import type { APIRoute } from 'astro';
import { getHeadlineIndex, jsonResponse } from '../../../data/headline-index.ts';

export const GET: APIRoute = async () => jsonResponse((await getHeadlineIndex()).meta);
