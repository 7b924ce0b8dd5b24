import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { isVerbose, readSiteConfig, type PathKind } from '../../../src/lib/site/site-config.ts';

const ROOT = '/srv/bao-tinh';
/** A disk with one folder of articles, /srv/tin, and one file, /srv/tin/a.txt. */
const disk = (path: string): PathKind => (path === '/srv/tin' ? 'folder' : path === '/srv/tin/a.txt' ? 'file' : 'missing');
const read = (env: Record<string, string>) => () => readSiteConfig({ CONTENT_DIR: '/srv/tin', ...env }, ROOT, disk);

describe('readSiteConfig', () => {
  it('reads a good configuration', () => {
    const config = readSiteConfig(
      { CONTENT_DIR: '/srv/tin', SITE_URL: 'https://example.github.io/', BASE_PATH: 'bao-tinh', STRICT: '1' },
      ROOT,
      disk,
    );
    expect(config).toMatchObject({ contentDir: '/srv/tin', siteUrl: 'https://example.github.io', basePath: '/bao-tinh/', strict: true });
    expect(config.reportPath).toBe('/srv/bao-tinh/build-report.json');
  });

  it('reads the related-list length and the verbose log, with their defaults', () => {
    expect(read({})()).toMatchObject({ relatedLimit: 5 });
    expect(read({ RELATED_LIMIT: '8' })()).toMatchObject({ relatedLimit: 8 });
    expect([isVerbose({}), isVerbose({ BUILD_VERBOSE: '1' })]).toEqual([false, true]);
  });

  it("keeps BUILD_VERBOSE out of Astro's config, so switching it clears no cache", async () => {
    // Astro clears the content store when its config (but vite, integrations, adapter) changes.
    const astroConfig = async (verbose: string) => {
      vi.resetModules();
      vi.stubEnv('BUILD_VERBOSE', verbose);
      const { vite: _vite, integrations: _integrations, ...digested } = (await import('../../../astro.config.mjs')).default;
      return JSON.stringify(digested);
    };
    try {
      const [quiet, loud] = [await astroConfig(''), await astroConfig('1')];
      expect(quiet).toContain('progress-logger');
      expect(loud).toBe(quiet);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('names CONTENT_DIR when the folder is missing, and the default when it is not set', () => {
    expect(read({ CONTENT_DIR: 'tin-tuc' })).toThrowErrorMatchingInlineSnapshot(
      `[SiteConfigError: CONTENT_DIR=tin-tuc: no such folder; set CONTENT_DIR to the folder of your article files (absolute, or relative to /srv/bao-tinh)]`,
    );
    expect(() => readSiteConfig({}, ROOT, disk)).toThrowErrorMatchingInlineSnapshot(
      `[SiteConfigError: CONTENT_DIR is not set and the default /srv/bao-tinh/content: no such folder; set CONTENT_DIR to the folder of your article files (absolute, or relative to /srv/bao-tinh)]`,
    );
  });

  it('says when CONTENT_DIR is a file', () => {
    expect(read({ CONTENT_DIR: '/srv/tin/a.txt' })).toThrowErrorMatchingInlineSnapshot(
      `[SiteConfigError: CONTENT_DIR=/srv/tin/a.txt: a file, not a folder; set CONTENT_DIR to the folder that holds the article files]`,
    );
  });

  it.each(['example.com', 'example.com/bao', 'ftp://example.com', 'localhost:4321', 'https://'])('refuses SITE_URL=%s with the origin to write', (url) => {
    expect(read({ SITE_URL: url })).toThrow(new RegExp(`^SITE_URL=${url.replace(/[/.]/g, '\\$&')}: not an absolute http\\(s\\) URL; .* e\\.g\\. SITE_URL=https://example\\.com$`));
  });

  it('refuses a SITE_URL with a path and gives the BASE_PATH that says it', () => {
    expect(read({ SITE_URL: 'https://example.com/bao' })).toThrowErrorMatchingInlineSnapshot(
      `[SiteConfigError: SITE_URL=https://example.com/bao: only the origin goes here, the site's place on the host goes in BASE_PATH; set SITE_URL=https://example.com and BASE_PATH=/bao/]`,
    );
    expect(read({ SITE_URL: 'https://example.com/?a=1' })).toThrow(/^SITE_URL=https:\/\/example\.com\/\?a=1: .*; set SITE_URL=https:\/\/example\.com$/);
    expect(read({ SITE_URL: 'http://localhost:4321/' })().siteUrl).toBe('http://localhost:4321');
  });

  it('refuses a BASE_PATH that is a URL', () => {
    expect(read({ BASE_PATH: 'https://example.com/bao/' })).toThrowErrorMatchingInlineSnapshot(
      `[SiteConfigError: BASE_PATH=https://example.com/bao/: not a path; set it to where the site lives on its host, e.g. BASE_PATH=/bao-tinh/ (or / at the root)]`,
    );
  });

  it('lists every problem, one line each', () => {
    expect(() => readSiteConfig({ CONTENT_DIR: '/nope', SITE_URL: 'example.com' }, ROOT, disk)).toThrowErrorMatchingInlineSnapshot(`
      [SiteConfigError: CONTENT_DIR=/nope: no such folder; set CONTENT_DIR to the folder of your article files (absolute, or relative to /srv/bao-tinh)
      SITE_URL=example.com: not an absolute http(s) URL; write the site's origin with its scheme, e.g. SITE_URL=https://example.com]
    `);
  });

  describe('on the real disk', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bao-tinh-config-'));
    writeFileSync(join(dir, 'a.txt'), 'x');
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('accepts a folder and refuses a file or nothing', () => {
      expect(readSiteConfig({ CONTENT_DIR: dir }, ROOT).contentDir).toBe(dir);
      expect(() => readSiteConfig({ CONTENT_DIR: join(dir, 'a.txt') }, ROOT)).toThrow(/a file, not a folder/);
      expect(() => readSiteConfig({ CONTENT_DIR: join(dir, 'b') }, ROOT)).toThrow(/no such folder/);
    });
  });
});
