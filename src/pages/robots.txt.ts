import type { APIRoute } from 'astro';
import { href } from '../data/urls.ts';

/**
 * Every page may be crawled; the sitemap sits under the base path. Crawlers only read
 * robots.txt at the root of a host, so under a sub-path this file is a template for it.
 */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(href('sitemap-index.xml'), site).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
