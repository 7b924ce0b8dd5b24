/**
 * Deploy anywhere: the shared `mixed` site (the seeds, the bad inputs, the unc-dev sample, Markdown
 * with images, hidden files), served by a real static server under /bao-tinh/ (a GitHub Pages
 * project site) and at the root, crawled from the home page with linkinator and searched in Chromium.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { BuildReport } from '../../src/lib/build/build-report.ts';
import { launchBrowser } from '../../tools/harness/browser.ts';
import type { BuiltSite } from '../../tools/harness/build-site.ts';
import { crawlSite, type CrawlReport } from './helpers/crawl.ts';
import { serveStatic, type StaticServer } from '../../tools/harness/serve.ts';
import { SHARED_SITE_URL as SITE_URL, sharedSite } from './helpers/shared-sites.ts';
import { listHtmlFiles, validateBuiltHtml } from './helpers/validate-html.ts';
import { watchContext } from './helpers/watch-context.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** One deployment: a build for a base path, served under it, crawled once. */
function deployment(basePath: string) {
  const state = {} as { site: BuiltSite; server: StaticServer; crawl: CrawlReport; report: BuildReport };
  beforeAll(async () => {
    state.site = await sharedSite('mixed', basePath);
    state.report = state.site.report;
    state.server = await serveStatic(state.site.distDir, { basePath });
    state.crawl = await crawlSite(state.server, SITE_URL);
  });
  afterAll(async () => {
    await state.server?.close();
  });
  return state;
}

/** Pages a static host serves for the built files: `x/index.html` -> `${base}x/`. */
async function pagePaths(distDir: string, basePath: string): Promise<string[]> {
  return (await listHtmlFiles(distDir))
    .filter((f) => f !== '404.html')
    .map((f) => basePath + f.replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}

/** Every `<loc>` of the sitemaps and `<link>` of the feeds: absolute URLs on SITE_URL. */
function publishedUrls(distDir: string): string[] {
  const files = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((f) => /(^|\/)(sitemap-\d+|rss)\.xml$/.test(f));
  expect(files.length).toBeGreaterThan(2);
  return files.flatMap((f) => [...readFileSync(join(distDir, f), 'utf8').matchAll(/<(?:loc|link)>([^<]+)<\/(?:loc|link)>/g)].map((m) => m[1]));
}

const describeBroken = (crawl: CrawlReport, authorsLink: string) =>
  crawl.broken.filter((l) => l.url !== authorsLink).map((l) => `${l.status ?? 0} ${l.url} (linked from ${l.parent})`);

function crawlTests(state: ReturnType<typeof deployment>, basePath: string) {
  it("shows a Markdown article's own image from the content folder and leaves out a missing one", async () => {
    const entry = state.report.files.find((f) => f.file === 'markdown-images/cau-rong.md')!;
    const pageUrl = new URL(entry.url!, state.server.origin);
    const html = await (await fetch(pageUrl)).text();
    const srcs = [...html.matchAll(/<img\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
    expect(srcs).toHaveLength(1);
    const image = await fetch(new URL(srcs[0], pageUrl));
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toMatch(/^image\/jpeg/);
    const original = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'markdown-images', 'anh', 'Cầu Rồng.jpg'));
    expect(Buffer.from(await image.arrayBuffer()).equals(original)).toBe(true);
    expect(state.site.output).toContain('markdown-images/cau-rong.md: image markdown-images/anh/khong-co.jpg is not in the content folder');
  });

  it('a crawl from the home page reaches every page and finds no broken link, asset or feed', async () => {
    // The hostile Markdown file's own `<img src="x">` is its author's link, kept as written (safety.test.ts).
    const hostile = new URL(state.report.files.find((f) => f.file === 'unsafe-markdown/markdown-with-html.md')!.url!, state.server.origin);
    expect(describeBroken(state.crawl, new URL('x', hostile).href)).toEqual([]);
    expect(state.crawl.pages).toEqual(expect.arrayContaining(await pagePaths(state.site.distDir, basePath)));
    const kinds = new Set(state.crawl.checked.map((l) => /\.(css|js|svg|xml)$/.exec(new URL(l.url).pathname)?.[1]));
    expect([...kinds]).toEqual(expect.arrayContaining(['css', 'js', 'svg', 'xml']));
  });

  it('lists in the sitemaps and feeds only pages that the crawl reached, under SITE_URL + BASE_PATH', () => {
    const urls = publishedUrls(state.site.distDir);
    for (const url of urls) expect(url.startsWith(`${SITE_URL}${basePath}`), url).toBe(true);
    const reached = new Set(state.crawl.pages);
    expect(urls.map((u) => new URL(u).pathname).filter((p) => !p.endsWith('.xml') && !reached.has(p))).toEqual([]);
  });

  it('serves robots.txt naming the sitemap index', async () => {
    const response = await fetch(`${state.server.url}robots.txt`);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toContain(`Sitemap: ${SITE_URL}${basePath}sitemap-index.xml\n`);
    expect((await fetch(`${state.server.url}sitemap-index.xml`)).status).toBe(200);
  });

  it('searches from the search page with every request answered, all on this host', async () => {
    const context = await browser.newContext();
    const watch = await watchContext(context, state.server.origin);
    const page = await context.newPage();
    await page.goto(`${state.server.url}tim-kiem/?q=${encodeURIComponent('Nga')}`);
    await page.waitForSelector('[data-search][data-state="done"]');
    const links = await page.$$eval('.search-result h2 a', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    await context.close();
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link.startsWith(state.server.url)).toBe(true);
    expect(watch.failedResponses).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });
}

describe('deployed under a sub-path: BASE_PATH=/bao-tinh/', () => {
  const state = deployment('/bao-tinh/');
  crawlTests(state, '/bao-tinh/');

  it('handles trailing slashes like GitHub Pages and nginx: one redirect to the slash form, no duplicates', async () => {
    const head = (path: string) => fetch(`${state.server.origin}${path}`, { redirect: 'manual' });
    expect((await head('/bao-tinh')).headers.get('location')).toBe('/bao-tinh/');
    const noSlash = await head('/bao-tinh/nguon');
    expect([noSlash.status, noSlash.headers.get('location')]).toEqual([301, '/bao-tinh/nguon/']);
    expect((await head('/bao-tinh/nguon/')).status).toBe(200);
    expect((await head('/nguon/')).status).toBe(404);
  });

  it('answers a missing page with the styled 404 page, at any depth', async () => {
    const context = await browser.newContext();
    const watch = await watchContext(context, state.server.origin);
    const page = await context.newPage();
    const response = await page.goto(`${state.server.url}khong/co/trang-nay/`);
    const styled = await page.evaluate(() => [...document.styleSheets].some((s) => s.cssRules.length > 0));
    const home = await page.getAttribute('main a', 'href');
    await context.close();
    expect(response?.status()).toBe(404);
    expect(styled).toBe(true);
    expect(home).toBe('/bao-tinh/');
    expect(watch.failedResponses).toEqual([`404 ${state.server.url}khong/co/trang-nay/`]);
  });

  it('writes valid HTML on every page (html-validate, .html-validate.json)', async () => {
    expect(await validateBuiltHtml(state.site.distDir)).toEqual([]);
  });

  it('gives every article a canonical URL, Open Graph title and description, and NewsArticle JSON-LD', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const articles = state.report.files.filter((f) => f.status === 'page');
    let dated = 0;
    for (const { url } of articles) {
      await page.goto(new URL(url!, state.server.origin).href);
      const head = await page.evaluate(() => {
        const attr = (selector: string, name: string) => document.querySelector(selector)?.getAttribute(name) ?? undefined;
        const ld = document.querySelector('script[type="application/ld+json"]')?.textContent;
        return {
          canonical: attr('link[rel="canonical"]', 'href'),
          ogUrl: attr('meta[property="og:url"]', 'content'),
          ogType: attr('meta[property="og:type"]', 'content'),
          ogTitle: attr('meta[property="og:title"]', 'content'),
          ogDescription: attr('meta[property="og:description"]', 'content'),
          h1: document.querySelector('h1')?.textContent,
          source: document.querySelector('article .meta-source')?.textContent ?? undefined,
          date: attr('article time', 'datetime'),
          ld: ld ? (JSON.parse(ld) as Record<string, unknown>) : undefined,
        };
      });
      const canonical = `${SITE_URL}${url}`;
      expect(head).toMatchObject({ canonical, ogUrl: canonical, ogType: 'article', ogTitle: head.h1 });
      expect(head.ogDescription).toBeTruthy();
      expect(head.ld).toMatchObject({ '@type': 'NewsArticle', headline: head.h1, url: canonical });
      expect(head.ld?.datePublished).toBe(head.date);
      expect(head.ld?.publisher).toEqual(head.source ? { '@type': 'Organization', name: head.source } : undefined);
      if (head.date) dated++;
    }
    await context.close();
    expect(articles.length).toBeGreaterThan(30);
    expect(dated).toBeGreaterThan(0);
  });

  it('marks other pages as websites without JSON-LD, and gives the 404 page no canonical URL', () => {
    const read = (file: string) => readFileSync(join(state.site.distDir, file), 'utf8');
    for (const file of ['index.html', 'tim-kiem/index.html', 'nguon/index.html']) {
      expect(read(file)).toContain('<meta property="og:type" content="website">');
      expect(read(file)).not.toContain('application/ld+json');
    }
    expect(read('404.html')).not.toContain('rel="canonical"');
  });
});

describe('deployed at the root: BASE_PATH=/', () => {
  const state = deployment('/');
  crawlTests(state, '/');
});
