import { expect } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';

/**
 * A page of a served site in a fresh browser context; on the search page, once its search is done
 * and has results, so a check sees the results and not the loading state.
 */
export async function openSitePage(browser: Browser, url: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto(url);
  if (url.includes('/tim-kiem/')) {
    await page.waitForSelector('[data-search][data-state="done"]');
    expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
  }
  return page;
}
