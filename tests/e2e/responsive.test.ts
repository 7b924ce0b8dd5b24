/**
 * Every page fits a phone: at 320, 360 and 390 px nothing scrolls sideways on the home page
 * (whose header's row of sections scrolls inside itself),
 * an article with previous/next links, a category listing, a story thread's page, the search page
 * with results and the 404 page; links in the navigation, pagination and previous/next are big enough to tap.
 * One build of the seeds and the unc-dev sample (its articles share a category, so they have
 * previous/next links), plus a story whose headline holds a long URL and an unbroken word, and
 * enough short ones, in twelve categories of their own, for the home page to have a second page
 * and more sections than the header's row shows at once.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { openSitePage } from './helpers/open-page.ts';
import { launchBrowser } from '../../tools/harness/browser.ts';
import { buildSite, type BuiltSite } from '../../tools/harness/build-site.ts';
import { serveStatic, type StaticServer } from '../../tools/harness/serve.ts';
import { makeContentDir, type ContentDir } from './helpers/site-content.ts';

const BASE = '/bao-tinh/';
const WIDTHS = [320, 360, 390];
const LONG_WORD = 'Siêuđặcbiệtdàikhôngcókhoảngtrắngnàocảđểthửxuốngdòng'.repeat(2);
const CATEGORIES = ['Thời sự', 'Thế giới', 'Kinh doanh', 'Giải trí', 'Thể thao', 'Pháp luật', 'Giáo dục', 'Sức khỏe', 'Du lịch', 'Khoa học', 'Xe', 'Đời sống'];
const LONG_URL = 'https://example.vn/duong-dan-rat-dai/khong-co-cho-ngat/' + 'a'.repeat(80) + '.htm';

let content: ContentDir | undefined;
let site: BuiltSite | undefined;
let server: StaticServer | undefined;
let browser: Browser | undefined;
const pages: Record<string, string> = {};

beforeAll(async () => {
  content = makeContentDir(['seeds', 'unc-dev-sample']);
  const extra = join(content.dir, 'unc-dev-sample');
  writeFileSync(join(extra, 'long-words.txt'), `Xem ${LONG_URL} và ${LONG_WORD}\n\nĐoạn mở đầu ${LONG_WORD}.\n\nNội dung có liên kết ${LONG_URL} rất dài.\n`);
  mkdirSync(join(content.dir, 'ngan'));
  // Four in each of 12 categories (a section has at least two): more sections than a phone's header row shows at once,
  // and 71 articles in all, more than the home page holds (see paginate), so it links to an archive page.
  for (let i = 1; i <= 4 * CATEGORIES.length; i++) {
    const category = CATEGORIES[i % CATEGORIES.length];
    writeFileSync(join(content.dir, 'ngan', `tin-${i}.md`), `---\ntitle: Tin ngắn số ${i}\ncategory: ${category}\n---\n\nNội dung tin ngắn số ${i}.\n`);
  }
  site = await buildSite({ contentDir: content.dir, basePath: BASE });
  server = await serveStatic(site.distDir, { basePath: BASE });
  browser = await launchBrowser();
  const articleUrl = (file: string) => server!.origin + site!.report.files.find((f) => f.file === file)!.url!;
  pages['home'] = server.url;
  pages['article with previous/next'] = articleUrl('unc-dev-sample/news_business_002.txt');
  pages['article with long words'] = articleUrl('unc-dev-sample/long-words.txt');
  pages['search with results'] = `${server.url}tim-kiem/?q=${encodeURIComponent('Nga')}`;
  pages['404'] = `${server.url}khong-co-trang-nay/`;
  const page = await browser.newPage();
  await page.goto(pages['article with previous/next']);
  pages['category listing'] = new URL((await page.getAttribute('.article .meta-category', 'href'))!, server.url).href;
  await page.goto(articleUrl('seeds/000_cccd129fef1f31bc.txt'));
  pages['story thread'] = new URL((await page.getAttribute('.story-thread .thread-more a', 'href'))!, server.url).href;
  await page.close();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  content?.remove();
  site?.remove();
});

function open(url: string, width: number): Promise<Page> {
  return openSitePage(browser!, url, { viewport: { width, height: 800 } });
}

/**
 * The page's width beyond the viewport, and the visible elements whose right edge passes it
 * (but for those inside a row that scrolls sideways on its own, like the header's sections).
 */
function sideways(page: Page) {
  return page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth,
    outside: [...document.querySelectorAll('body *')]
      .filter((e) => !e.parentElement?.closest('.section-nav'))
      .filter((e) => e.getBoundingClientRect().width > 1 && e.getBoundingClientRect().right > innerWidth + 0.5)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className} ends at ${e.getBoundingClientRect().right}`),
  }));
}

describe.each(WIDTHS)('at %i px wide', (width) => {
  it.each(['home', 'article with previous/next', 'article with long words', 'category listing', 'story thread', 'search with results', '404'])(
    'the %s page does not scroll sideways',
    async (name) => {
      const page = await open(pages[name]!, width);
      const found = await sideways(page);
      await page.context().close();
      expect(found.outside).toEqual([]);
      expect(found.scrollWidth).toBeLessThanOrEqual(found.innerWidth);
    },
  );
});

describe('tap targets on a 360 px phone', () => {
  /** Width and height of every element matching `selector` that is shown. */
  const sizes = (page: Page, selector: string) =>
    page.$$eval(selector, (els) =>
      els.filter((e) => e.getClientRects().length > 0).map((e) => ({ text: e.textContent!.trim(), ...e.getBoundingClientRect().toJSON() })),
    );

  it('shows previous/next links on the article, and they are at least 44 px high', async () => {
    const page = await open(pages['article with previous/next']!, 360);
    const links = await sizes(page, '.prev-next a');
    await page.context().close();
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link.height, link.text).toBeGreaterThanOrEqual(44);
  });

  it('gives the main navigation, the search button and the pagination 44 px targets', async () => {
    const page = await open(pages['home']!, 360);
    const targets = await sizes(page, '.main-nav a, .section-nav a, .search-form button, .search-form input, .pagination a');
    const pagination = await sizes(page, '.pagination a');
    await page.context().close();
    expect(pagination.length).toBeGreaterThan(0);
    for (const t of targets) {
      expect(t.height, t.text).toBeGreaterThanOrEqual(44);
      expect(t.width, t.text).toBeGreaterThanOrEqual(44);
    }
  });
});

describe("the front page on a 320 px phone", () => {
  it("scrolls the header's row of sections sideways inside itself, not the page, and gives section links 44 px", async () => {
    const page = await open(pages['home']!, 320);
    const found = await page.evaluate(() => {
      const nav = document.querySelector('.section-nav')!;
      return {
        overflow: getComputedStyle(nav).overflowX,
        scrolls: nav.scrollWidth > nav.clientWidth,
        navRight: nav.getBoundingClientRect().right,
        pageWidth: document.documentElement.scrollWidth,
        parts: ['.lead', '.top-story', '.section-block', '.latest-list'].map((s) => document.querySelectorAll(s).length),
        heights: [...document.querySelectorAll('.section-block h2 a, .section-more a')].map((a) => a.getBoundingClientRect().height),
      };
    });
    await page.context().close();
    expect(found.overflow).toBe('auto');
    expect(found.scrolls).toBe(true);
    expect(found.navRight).toBeLessThanOrEqual(320);
    expect(found.pageWidth).toBeLessThanOrEqual(320);
    expect(found.parts.every((n) => n > 0)).toBe(true);
    expect(Math.min(...found.heights)).toBeGreaterThanOrEqual(44);
  });
});

describe('typeface', () => {
  it("sets the article's headline in the site's own Noto Serif, loaded from the site, every face used drawn from it", async () => {
    const page = await open(pages['article with previous/next']!, 360);
    const fontRequests: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'font') fontRequests.push(request.url());
    });
    await page.reload();
    const found = await page.evaluate(async () => {
      await document.fonts.ready;
      const h1 = document.querySelector('h1')!;
      return {
        family: getComputedStyle(h1).fontFamily,
        drawn: document.fonts.check(`700 ${getComputedStyle(h1).fontSize} "Noto Serif"`, h1.textContent!),
        faces: [...document.fonts].filter((f) => f.family.includes('Noto Serif')).map((f) => `${f.weight} ${f.status}`),
      };
    });
    await page.context().close();
    expect(found.family).toMatch(/^"?Noto Serif"?,/);
    expect(found.drawn).toBe(true);
    expect(found.faces.filter((f) => f.endsWith('loaded')).length).toBeGreaterThanOrEqual(2);
    expect(found.faces.filter((f) => f.endsWith('error'))).toEqual([]);
    expect(fontRequests.length).toBeGreaterThan(0);
    for (const url of fontRequests) expect(url.startsWith(`${server!.origin}${BASE}_astro/`)).toBe(true);
  });
});
