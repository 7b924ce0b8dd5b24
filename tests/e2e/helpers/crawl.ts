import { LinkChecker, LinkState, type LinkResult } from 'linkinator';
import type { StaticServer } from '../../../tools/harness/serve.ts';

export interface CrawlReport {
  /** Every HTML page the crawl opened, as a path (`/bao-tinh/nguon/`). */
  pages: string[];
  /** Every link, stylesheet, script, image, feed... that was checked. */
  checked: LinkResult[];
  broken: LinkResult[];
}

/**
 * Crawls a served site from its home page with linkinator: every `href`/`src`, `url()`
 * in CSS, `#fragment` target and URL in JSON-LD or `<meta content>`, recursively.
 * Absolute links to `siteUrl` (canonical, og:url, JSON-LD) are rewritten to the test
 * server so they are checked too; links to any other host are skipped (no network).
 * A redirect counts as broken: the site must link to final URLs (trailing slash included).
 */
export async function crawlSite(server: StaticServer, siteUrl: string): Promise<CrawlReport> {
  const checker = new LinkChecker();
  const pages: string[] = [];
  checker.on('pagestart', (url: URL | string) => pages.push(new URL(String(url)).pathname));
  const { links } = await checker.check({
    path: server.url,
    recurse: true,
    checkCss: true,
    checkFragments: true,
    redirects: 'error',
    concurrency: 8,
    timeout: 20_000,
    urlRewriteExpressions: [{ pattern: new RegExp(`^${escapeRegExp(siteUrl.replace(/\/+$/, ''))}(?=/)`), replacement: server.origin }],
    linksToSkip: async (link) => !link.startsWith(`${server.origin}/`),
  });
  const checked = links.filter((l) => l.state !== LinkState.SKIPPED);
  return { pages: [...new Set(pages)].sort(), checked, broken: links.filter((l) => l.state === LinkState.BROKEN) };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
