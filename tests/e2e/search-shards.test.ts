/**
 * Full-text search split into shards: builds tests/fixtures/search with shards of about 8 pages
 * (a large site's shards hold thousands), serves it, and searches it in headless Chromium with
 * the headline index switched off, so every answer comes from the merged Pagefind shards.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../tools/harness/browser.ts';
import { buildSite, type BuiltSite } from '../../tools/harness/build-site.ts';
import { serveStatic, type StaticServer } from '../../tools/harness/serve.ts';

const FIXTURE = resolve(import.meta.dirname, '..', 'fixtures', 'search');
const BASE = '/bao-tinh/';

let site: BuiltSite;
let server: StaticServer;
let browser: Browser;
let tab: Page;
let shards: string[];
const requested: string[] = [];

beforeAll(async () => {
  site = await buildSite({ contentDir: FIXTURE, basePath: BASE, env: { SEARCH_SHARD_PAGES: '8' } });
  shards = JSON.parse(await readFile(join(site.distDir, 'pagefind', 'shards.json'), 'utf8')).shards;
  server = await serveStatic(site.distDir, { basePath: BASE });
  browser = await launchBrowser();
  tab = await browser.newPage();
  await tab.route('**/tim-kiem/chi-muc/**', (route) => route.abort());
  tab.on('request', (req) => requested.push(new URL(req.url()).pathname));
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  site?.remove();
});

/** Every result of a full-text search, pressing "more" until the list is complete. */
async function searchAll(query: string): Promise<string[]> {
  await tab.goto(`${server.url}tim-kiem/?${query}`);
  await tab.waitForSelector('[data-search][data-state="done"]');
  while (await tab.locator('.search-more').isVisible()) {
    const shown = await tab.locator('.search-result').count();
    await tab.click('.search-more');
    // A click adds results, or finds none in the older articles left and hides the button.
    await tab.waitForFunction(
      (n) => document.querySelectorAll('.search-result').length > n || document.querySelector<HTMLElement>('.search-more')!.hidden,
      shown,
    );
    await tab.waitForSelector('[data-search][data-state="done"]');
  }
  return tab.$$eval('.search-result h2 a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe('full-text shards', () => {
  it('splits the index into several shards, each with its own start-up file', () => {
    expect(shards.length).toBeGreaterThan(2);
    expect(new Set(shards).size).toBe(shards.length);
  });

  it('reads the newest shards first and older ones only when asked for more', async () => {
    requested.length = 0;
    await tab.goto(`${server.url}tim-kiem/?q=trong`);
    await tab.waitForSelector('[data-search][data-state="done"]');
    const metaLoaded = () => shards.filter((shard) => requested.some((p) => p.startsWith(`${BASE}pagefind/${shard}`) && p.endsWith('.pf_meta')));
    const first = metaLoaded();
    expect(first.length).toBeGreaterThan(0);
    expect(first.length).toBeLessThan(shards.length);
    expect(first).toEqual(shards.slice(0, first.length));
    expect(await tab.textContent('.search-status')).toMatch(/bài mới nhất/);
    await tab.click('.search-more');
    await tab.waitForSelector('[data-search][data-state="done"]');
    expect(metaLoaded().length).toBeGreaterThan(first.length);
  });

  it('finds matches in every shard and loads the WebAssembly once', async () => {
    requested.length = 0;
    // `trong` ("in") is in the text of most articles: more than one shard (at most 12 pages) holds.
    const all = await searchAll('q=trong');
    expect(all.length).toBeGreaterThan(16);
    expect(new Set(all).size).toBe(all.length);
    expect(requested.filter((p) => p.endsWith('.pagefind'))).toHaveLength(1);
    for (const shard of shards) expect(requested.some((p) => p.startsWith(`${BASE}pagefind/${shard}`) && p.endsWith('.pf_meta'))).toBe(true);
  });

  it('sorts by newest across shards', async () => {
    await searchAll('q=trong&sap-xep=moi-nhat');
    const dates = await tab.$$eval('.search-result time', (els) => els.map((t) => t.getAttribute('datetime') ?? ''));
    expect(dates.length).toBeGreaterThan(16);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('filters across shards', async () => {
    const all = await searchAll('q=trong');
    const sport = await searchAll(`q=trong&chuyen-muc=${encodeURIComponent('Thể thao')}`);
    expect(sport.length).toBeGreaterThan(0);
    expect(sport.length).toBeLessThan(all.length);
    for (const path of sport) expect(all).toContain(path);
  });
});
