import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

/**
 * One first search on a fresh page load of the search page (a new browser context: empty cache):
 * requests, gzip bytes, time from navigation to the complete first list. Returns the time.
 */
export async function firstSearchCost(browser: Browser, url: string, q: string, quiet: boolean): Promise<number> {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const bodies: Promise<{ path: string; bytes: number }>[] = [];
  tab.on('response', (res) => {
    const path = new URL(res.url()).pathname;
    bodies.push(res.body().then((b) => ({ path, bytes: Math.min(b.length, gzipSync(b).length) }), () => ({ path, bytes: 0 })));
  });
  await tab.goto(`${url}tim-kiem/?q=${encodeURIComponent(q)}`);
  const handle = await tab.waitForFunction(() => document.querySelector<HTMLElement>('[data-search]')?.dataset.state === 'done' && performance.now(), null, { polling: 'raf', timeout: 30_000 });
  const shown = await tab.locator('.search-result').count();
  const ms = (await handle.jsonValue()) as number;
  await tab.waitForLoadState('networkidle');
  const all = await Promise.all(bodies);
  const kb = (filter: (p: string) => boolean) => (all.filter((r) => filter(r.path)).reduce((n, r) => n + r.bytes, 0) / 1024).toFixed(1);
  const statusLine = (await tab.textContent('.search-status')) ?? '';
  const tier = /tiêu đề/.test(statusLine) ? 'headline index' : 'full text';
  await context.close();
  if (quiet) return ms;
  console.log(
    `  "${q}" (${tier}): ${all.length} requests, ${kb(() => true)} KB gzip ` +
      `(page ${kb((p) => !p.includes('/chi-muc/') && !p.includes('/pagefind/'))}, headline index ${kb((p) => p.includes('/chi-muc/'))}, pagefind ${kb((p) => p.includes('/pagefind/'))}), ` +
      `${shown} results shown, list complete after ${Math.round(ms)} ms (status: ${statusLine})`,
  );
  return ms;
}
