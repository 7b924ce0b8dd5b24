/**
 * Accessibility in Chromium: axe-core (WCAG 2.2 A/AA and best practices) on the home page,
 * an article, the search page with results and the 404 page, in light and dark colour
 * schemes (so colour contrast is checked in both), and keyboard access to search.
 * The shared `mixed` site (the seeds, the unc-dev sample, the bad inputs), under /bao-tinh/.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { openSitePage } from './helpers/open-page.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { StaticServer } from '../../tools/harness/serve.ts';
import { serveSharedSite, type ServedSite } from './helpers/served-site.ts';

const BASE = '/bao-tinh/';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

let served: ServedSite | undefined;
let server: StaticServer;
let browser: Browser;
let articleUrl: string;

beforeAll(async () => {
  served = await serveSharedSite('mixed', BASE);
  ({ server, browser } = served);
  articleUrl = served.urlOf('seeds/000_cccd129fef1f31bc.txt');
});
afterAll(() => served?.close());

const pages: Record<string, () => string> = {
  home: () => server.url,
  article: () => articleUrl,
  'search with results': () => `${server.url}tim-kiem/?q=${encodeURIComponent('Nga')}`,
  '404': () => `${server.url}khong-co-trang-nay/`,
};

function openPage(url: string, colorScheme: 'light' | 'dark'): Promise<Page> {
  return openSitePage(browser, url, { colorScheme });
}

describe.each(['light', 'dark'] as const)('axe-core in the %s colour scheme', (colorScheme) => {
  for (const [name, url] of Object.entries(pages)) {
    it(`finds no violation on the ${name} page`, async () => {
      const page = await openPage(url(), colorScheme);
      const scheme = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
      const { violations, passes } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      await page.context().close();
      expect(scheme).toBe(colorScheme === 'dark');
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(passes.map((p) => p.id)).toContain('color-contrast');
    });
  }
});

describe('keyboard', () => {
  /** Presses Tab until `done` holds for the focused element; returns how many presses it took. */
  async function tabUntil(page: Page, selector: string, limit = 40): Promise<number> {
    for (let presses = 1; presses <= limit; presses++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return presses;
    }
    throw new Error(`${selector} not reached in ${limit} presses of Tab`);
  }

  it('reaches the skip link first, then the search box in the header', async () => {
    const page = await openPage(pages.home!(), 'light');
    expect(await tabUntil(page, '.skip-link')).toBe(1);
    await tabUntil(page, '#site-search', 5);
    await page.keyboard.type('Nga');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-search][data-state="done"]');
    expect(new URL(page.url()).pathname).toBe(`${BASE}tim-kiem/`);
    await page.context().close();
  });

  it('reaches the search field and then every result link on the search page, with a visible focus ring', async () => {
    const page = await openPage(pages['search with results']!(), 'light');
    await tabUntil(page, '#search-q');
    await tabUntil(page, '.search-result h2 a');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    const results = await page.locator('.search-result h2 a').count();
    for (let i = 1; i < results; i++) await tabUntil(page, `.search-result:nth-child(${i + 1}) h2 a`, 5);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => !url.pathname.includes('tim-kiem'));
    await page.context().close();
    expect(outline).not.toBe('none');
  });
});
