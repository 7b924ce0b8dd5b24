import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../../tools/harness/browser.ts';
import { serveStatic, type StaticServer } from '../../../tools/harness/serve.ts';
import { sharedSite, type SharedSite, type SharedSiteName } from './shared-sites.ts';

/** A shared fixture site built under a base path, served over HTTP, with a browser to visit it. */
export interface ServedSite {
  site: SharedSite;
  server: StaticServer;
  browser: Browser;
  /** The served URL of an input file's page (`seeds/000_….txt` -> `http://…/bao-tinh/…/`). */
  urlOf(file: string): string;
  /** Closes the browser and the server (the shared site stays for other test files). */
  close(): Promise<void>;
}

export async function serveSharedSite(name: SharedSiteName, basePath: string): Promise<ServedSite> {
  const parts: Partial<ServedSite> = {};
  const close = async () => {
    await parts.browser?.close();
    await parts.server?.close();
  };
  try {
    const site = (parts.site = await sharedSite(name, basePath));
    const server = (parts.server = await serveStatic(site.distDir, { basePath }));
    const browser = (parts.browser = await launchBrowser());
    const urlOf = (file: string) => server.origin + site.report.files.find((f) => f.file === file)!.url!;
    return { site, server, browser, urlOf, close };
  } catch (error) {
    await close();
    throw error;
  }
}
