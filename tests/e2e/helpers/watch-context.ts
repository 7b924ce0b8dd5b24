import type { BrowserContext, Page } from 'playwright-core';

/** What a browser context did that a safe static site never does, recorded as it happens. */
export interface ContextWatch {
  /** Requests to any origin but the test server's (blocked before they leave). */
  foreignRequests: string[];
  /** Responses of 400 or more, as `status url`. */
  failedResponses: string[];
  /** alert(), confirm(), prompt() or print dialogs that a page opened. */
  dialogs: string[];
  /** Content-Security-Policy violations reported in a page so far, as `directive blocked-uri`. */
  cspViolations(page: Page): Promise<string[]>;
}

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/**
 * Watches every page of a context: blocks and records requests to other hosts, records
 * failed responses and dialogs, and collects CSP violation events (the listener is an
 * init script, which the page's own policy does not govern).
 */
export async function watchContext(context: BrowserContext, origin: string): Promise<ContextWatch> {
  const watch: Omit<ContextWatch, 'cspViolations'> = { foreignRequests: [], failedResponses: [], dialogs: [] };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (/^https?:/.test(url) && new URL(url).origin !== origin) {
      watch.foreignRequests.push(url);
      return route.abort('blockedbyclient');
    }
    return route.continue();
  });
  context.on('response', (response) => {
    if (response.status() >= 400) watch.failedResponses.push(`${response.status()} ${response.url()}`);
  });
  context.on('page', (page) =>
    page.on('dialog', (dialog) => {
      watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    }),
  );
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations!.push(`${e.effectiveDirective} ${e.blockedURI}`);
    });
  });
  return { ...watch, cspViolations: (page) => page.evaluate(() => window.__cspViolations ?? []) };
}
