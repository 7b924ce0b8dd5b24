/**
 * Search, end to end: builds tests/fixtures/search (30 unc-dev articles plus hand-made ones with
 * `Đà Nẵng`, `Da Nang`, `không kích` side by side and apart) under BASE_PATH=/bao-tinh/, serves
 * it over HTTP and searches it from the search page in headless Chromium.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../tools/harness/browser.ts';
import { sharedSite, type SharedSite } from './helpers/shared-sites.ts';
import { serveStatic, type StaticServer } from '../../tools/harness/serve.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const FIXTURE = join(ROOT, 'tests', 'fixtures', 'search');
const BASE = '/bao-tinh/';

let site: SharedSite;
let server: StaticServer;
let browser: Browser;
let tab: Page;

beforeAll(async () => {
  site = await sharedSite('search', BASE);
  server = await serveStatic(site.distDir, { basePath: BASE });
  browser = await launchBrowser();
  tab = await browser.newPage();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Waits for the search page to finish the search it is running, then lists result paths. */
async function results(): Promise<string[]> {
  await tab.waitForSelector('[data-search][data-state="done"]');
  return tab.$$eval('.search-result h2 a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}
async function search(query: string): Promise<string[]> {
  await tab.goto(`${server.url}tim-kiem/?q=${encodeURIComponent(query)}`);
  return results();
}
/** Every result of a search, pressing "more" until the list is complete. */
async function searchAll(query: string): Promise<string[]> {
  await search(query);
  while (await tab.locator('.search-more').isVisible()) {
    const shown = await tab.locator('.search-result').count();
    await tab.click('.search-more');
    await tab.waitForFunction((n) => document.querySelectorAll('.search-result').length > n, shown);
  }
  return results();
}
const slugOf = (path: string) => path.replace(BASE, '').replace(/-[0-9a-f]{8}\/$/, '');

describe('search page', () => {
  it('finds Đà Nẵng with diacritics, without them and with d for đ', async () => {
    const accented = await searchAll('Đà Nẵng');
    const plain = await searchAll('da nang');
    const dForD = await searchAll('dà nẵng');
    expect(accented.map(slugOf)).toContain('da-nang-mua-lon-nhieu-tuyen-pho-ngap-sau');
    expect(new Set(plain)).toEqual(new Set(accented));
    expect(new Set(dForD)).toEqual(new Set(accented));
  });

  it('ranks an exact-diacritics headline match above a folding-only one', async () => {
    const rank = (paths: string[], slug: string) => paths.map(slugOf).indexOf(slug);
    const accented = await search('Đà Nẵng');
    expect(rank(accented, 'da-nang-mua-lon-nhieu-tuyen-pho-ngap-sau')).toBeLessThan(rank(accented, 'khu-nghi-duong-da-nang-bay-khai-truong-mua-he'));
    const plain = await search('da nang');
    expect(slugOf(plain[0])).toBe('khu-nghi-duong-da-nang-bay-khai-truong-mua-he');
  });

  it('puts the headline match first for an unaccented query with đ in it', async () => {
    expect(slugOf((await search('duong sat do thi'))[0])).toBe('duong-sat-do-thi-nhon-ga-ha-noi-chay-thu-doan-tren-cao');
  });

  it('ranks the compound word above its syllables apart', async () => {
    for (const query of ['không kích', 'khong kich']) {
      const paths = (await search(query)).map(slugOf);
      expect(paths.slice(0, 2), query).toEqual([
        'lien-quan-tien-hanh-chien-dich-moi-o-bien-gioi',
        'lien-quan-tien-hanh-chien-dich-truyen-thong-o-bien-gioi',
      ]);
    }
  });

  it('finds the one article holding a remembered passage first, with or without diacritics', async () => {
    // Every word of it is in most fixture articles; side by side, only in this one.
    for (const query of ['và đó cũng là', 'va do cung la']) {
      expect(slugOf((await search(query))[0]), query).toBe('che-duc-chinh-hlv-le-huynh-duc-tang-cuong-tien-dao-ngoai-binh');
    }
  });

  it('answers a headline search from the headline index alone, and the full text on request', async () => {
    const requested: string[] = [];
    const track = (req: { url(): string }) => requested.push(new URL(req.url()).pathname);
    tab.on('request', track);
    try {
      // `trong` is in at least five fixture headlines (trong, trọng, trống...).
      const first = await search('trong');
      expect(first.length).toBeGreaterThanOrEqual(5);
      expect(requested.some((p) => p.startsWith(`${BASE}tim-kiem/chi-muc/`))).toBe(true);
      expect(requested.filter((p) => p.includes('/pagefind/'))).toEqual([]);
      expect(await tab.locator('.search-status').textContent()).toMatch(/tiêu đề/);

      const all = await searchAll('trong');
      expect(requested.some((p) => p.includes('/pagefind/'))).toBe(true);
      expect(all.slice(0, first.length)).toEqual(first);
      expect(all.length).toBeGreaterThan(first.length);
      expect(new Set(all).size).toBe(all.length);
    } finally {
      tab.off('request', track);
    }
  });

  it('still finds articles through the full text when the headline files cannot be loaded', async () => {
    await tab.route('**/tim-kiem/chi-muc/**', (route) => route.abort());
    try {
      const paths = (await search('da nang')).map(slugOf);
      expect(paths).toContain('da-nang-mua-lon-nhieu-tuyen-pho-ngap-sau');
      expect(await tab.locator('[data-search]').getAttribute('data-state')).toBe('done');
    } finally {
      await tab.unroute('**/tim-kiem/chi-muc/**');
    }
  });

  it('shows headline, source, date and a highlighted excerpt', async () => {
    await search('da nang');
    const first = tab.locator('.search-result').first();
    expect(await first.locator('h2 a').textContent()).toBe('Khu nghỉ dưỡng Da Nang Bay khai trương mùa hè');
    expect(await first.locator('.meta-source').textContent()).toBe('Báo Tĩnh Thử');
    expect(await first.locator('time').getAttribute('datetime')).toBe('2021-06-02');
    expect(await first.locator('.search-excerpt mark').allTextContents()).toContain('Nang');
    const headlineLink = await tab.locator('.search-result h2 a', { hasText: 'Đà Nẵng mưa lớn' }).getAttribute('href');
    expect(headlineLink).toMatch(/^\/bao-tinh\/da-nang-mua-lon-/);
  });

  it('filters by source and category, and sorts by newest', async () => {
    await search('lien quan');
    await tab.selectOption('select[name="nguon"]', 'Tin Zeta');
    const bySource = await results();
    expect(new URL(tab.url()).searchParams.get('nguon')).toBe('Tin Zeta');
    expect(bySource.map(slugOf).sort()).toEqual(['lien-quan-tien-hanh-chien-dich-moi-o-bien-gioi', 'lien-quan-tien-hanh-chien-dich-truyen-thong-o-bien-gioi']);

    expect((await search('da nang')).length).toBeGreaterThan(2);
    await tab.selectOption('select[name="chuyen-muc"]', 'Thời tiết');
    expect((await results()).map(slugOf)).toEqual(['da-nang-mua-lon-nhieu-tuyen-pho-ngap-sau']);

    await tab.goto(`${server.url}tim-kiem/?q=da+nang&sap-xep=moi-nhat`);
    await results();
    const dates = await tab.$$eval('.search-result time', (els) => els.map((t) => t.getAttribute('datetime') ?? ''));
    expect(dates.length).toBeGreaterThan(2);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('keeps the query in the URL: the header form, a new search and Back', async () => {
    const article = (await search('khong kich'))[0];
    await tab.goto(server.origin + article);
    expect(await tab.locator('script:not([type="application/ld+json"])').count()).toBe(0);
    await tab.fill('#site-search', 'Đà Nẵng');
    await tab.press('#site-search', 'Enter');
    await results();
    expect(new URL(tab.url()).pathname).toBe(`${BASE}tim-kiem/`);
    expect(new URL(tab.url()).searchParams.get('q')).toBe('Đà Nẵng');
    expect(await tab.inputValue('#search-q')).toBe('Đà Nẵng');

    await tab.fill('#search-q', 'khong kich');
    await tab.press('#search-q', 'Enter');
    expect((await results()).map(slugOf)[0]).toBe('lien-quan-tien-hanh-chien-dich-moi-o-bien-gioi');
    expect(new URL(tab.url()).searchParams.get('q')).toBe('khong kich');

    await tab.goBack();
    await tab.waitForFunction(() => (document.querySelector('#search-q') as HTMLInputElement).value === 'Đà Nẵng');
    expect((await results()).map(slugOf)).toContain('da-nang-mua-lon-nhieu-tuyen-pho-ngap-sau');
  });

  it('indexes only the article: not the meta line, the sidebar or other pages', async () => {
    const zeta = (await search('zeta')).map(slugOf);
    expect(zeta.filter((s) => /lien-quan|duong-sat/.test(s))).toEqual([]);
    expect((await search('nghi duong bay khai truong')).map(slugOf)).toEqual(['khu-nghi-duong-da-nang-bay-khai-truong-mua-he']);
    expect((await search('khong kich')).every((p) => /-[0-9a-f]{8}\/$/.test(p))).toBe(true);
    const html = await readFile(join(site.distDir, 'tim-kiem', 'index.html'), 'utf8');
    expect(html).toMatch(/<html lang="vi">/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });
});
