import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readSiteConfig } from '../../src/lib/site/site-config.ts';
import { buildSite } from '../../tools/harness/build-site.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('astro build with a bad configuration', () => {
  const empty = mkdtempSync(join(tmpdir(), 'bao-tinh-empty-'));
  afterAll(() => {
    rmSync(readSiteConfig({ CONTENT_DIR: empty }, root).cacheDir, { recursive: true, force: true });
    rmSync(empty, { recursive: true, force: true });
  });

  it('stops with one line naming CONTENT_DIR and exit code 1, no stack trace', async () => {
    const missing = join(empty, 'tin-tuc');
    await expect(buildSite({ contentDir: missing })).rejects.toThrow(
      new RegExp(`^astro build exited 1:\\nCONTENT_DIR=${missing}: no such folder; set CONTENT_DIR to [^\\n]*\\n?$`),
    );
  });

  it('builds an empty folder into an empty site with one clear line, not Astro\'s "collection does not exist"', async () => {
    const site = await buildSite({ contentDir: empty });
    try {
      expect(site.output).toContain(`no article files in ${empty}: the site is built empty;`);
      expect(site.output).not.toMatch(/does not exist or is empty|\[WARN\]/);
      expect(site.report.summary).toEqual({ files: 0, pages: 0, skipped: 0, withWarnings: 0 });
    } finally {
      site.remove();
    }
  });

  it('stops with one line naming SITE_URL when it has a path', async () => {
    await expect(buildSite({ contentDir: empty, siteUrl: 'https://example.com/bao' })).rejects.toThrow(
      /^astro build exited 1:\nSITE_URL=https:\/\/example\.com\/bao: .*set SITE_URL=https:\/\/example\.com and BASE_PATH=\/bao\/\n?$/,
    );
  });
});
