import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../../tools/harness/browser.ts';
import { buildSite, type BuiltSite } from '../../../tools/harness/build-site.ts';
import { serveStatic, type StaticServer } from '../../../tools/harness/serve.ts';
import { makeContentDir, type ContentDir } from './site-content.ts';

/** Fixture folders built under a base path, served over HTTP, with a browser to visit them. */
export interface ServedSite {
  content: ContentDir;
  site: BuiltSite;
  server: StaticServer;
  browser: Browser;
  /** The served URL of an input file's page (`seeds/000_….txt` -> `http://…/bao-tinh/…/`). */
  urlOf(file: string): string;
  /** Closes the browser and the server and deletes the content and the built site. */
  close(): Promise<void>;
}

export async function serveFixtures(fixtures: readonly string[], basePath: string): Promise<ServedSite> {
  const content = makeContentDir(fixtures);
  const parts: Partial<ServedSite> = { content };
  const close = async () => {
    await parts.browser?.close();
    await parts.server?.close();
    content.remove();
    parts.site?.remove();
  };
  try {
    const site = (parts.site = await buildSite({ contentDir: content.dir, basePath }));
    const server = (parts.server = await serveStatic(site.distDir, { basePath }));
    const browser = (parts.browser = await launchBrowser());
    const urlOf = (file: string) => server.origin + site.report.files.find((f) => f.file === file)!.url!;
    return { content, site, server, browser, urlOf, close };
  } catch (error) {
    await close();
    throw error;
  }
}
