/**
 * Incremental builds are exact: a folder built once, then changed (files added, edited, deleted)
 * and built again from its cache, gives the same dist/ bytes as a cold build of a fresh copy of
 * the changed folder; so does a rebuild after a build killed midway. The cold builds of two
 * different folders also show that output does not depend on where the articles live.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../tools/harness/browser.ts';
import { buildSite, killBuild, projectRoot, type BuiltSite } from '../../tools/harness/build-site.ts';
import { serveStatic } from '../../tools/harness/serve.ts';
import { readSiteConfig } from '../../src/lib/site/site-config.ts';
import { copyContentDir, makeContentDir, type ContentDir } from './helpers/site-content.ts';

const FIXTURES = ['bad-inputs', 'seeds', 'unc-dev-sample', 'unsafe-markdown'];
const SEARCH = resolve(import.meta.dirname, '..', 'fixtures', 'search');
const BASE = '/bao-tinh/';
// Two full-text shards or more even on this small folder, so shard reuse is exercised too.
const ENV = { SEARCH_SHARD_PAGES: '4', BUILD_VERBOSE: '1' };

/** Every file under a folder with the SHA-256 of its bytes, in path order. */
function digestTree(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
  return new Map(files.map((f) => [f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')]));
}

/** The files whose bytes differ, or that only one side has. */
function differences(a: string, b: string): string[] {
  const [x, y] = [digestTree(a), digestTree(b)];
  return [...new Set([...x.keys(), ...y.keys()])].filter((f) => x.get(f) !== y.get(f)).sort();
}

/** When the related stories of a content folder were last computed (their cache file written). */
const relatedComputedAt = (content: ContentDir) => statSync(join(readSiteConfig({ CONTENT_DIR: content.dir }, projectRoot).cacheDir, 'build', 'related.json')).mtimeMs;
/** Each content folder builds into one output folder, as a user's does, so the last build's dist/ is there to keep. */
const outDirs = new Map<string, string>();
const outDirOf = (content: ContentDir) => outDirs.get(content.dir) ?? outDirs.set(content.dir, mkdtempSync(join(tmpdir(), 'bao-tinh-out-'))).get(content.dir)!;

/** Builds into the folder's output folder; the site returned is a copy of that build's dist/, to compare later. */
async function build(content: ContentDir): Promise<BuiltSite> {
  const site = await buildSite({ contentDir: content.dir, basePath: BASE, env: ENV, outDir: outDirOf(content) });
  const copy = mkdtempSync(join(tmpdir(), 'bao-tinh-site-'));
  cpSync(site.distDir, join(copy, 'dist'), { recursive: true });
  return { ...site, out: copy, distDir: join(copy, 'dist'), remove: () => rmSync(copy, { recursive: true, force: true }) };
}
const removeOutDirs = () => outDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true }));

/**
 * What one describe block makes, removed after it (a failed build included): `keep` a content
 * folder, `build` one, and `buildCopy`: a cold build of a fresh copy of a folder as it is now,
 * what an incremental build of it must equal.
 */
function workspace() {
  const contents: ContentDir[] = [];
  const sites: BuiltSite[] = [];
  afterAll(() => {
    contents.forEach((c) => c.remove());
    sites.forEach((s) => s.remove());
    removeOutDirs();
  });
  const keep = (content: ContentDir) => (contents.push(content), content);
  const buildKept = async (content: ContentDir) => {
    const site = await build(content);
    sites.push(site);
    return site;
  };
  return { keep, build: buildKept, buildCopy: (content: ContentDir) => buildKept(keep(copyContentDir(content.dir))) };
}
const EDITED = 'seeds/000_cccd129fef1f31bc.txt';
const DELETED_SLUG = 'galaxy-fold-rao-ban-day-tren-mang';
/** The log lines of article pages (their paths end in an 8-digit hex id). */
const articleLines = (site: BuiltSite) => site.output.split('\n').filter((line) => /-[0-9a-f]{8}\/index\.html/.test(line));
/** Article pages Astro copied from its cache instead of rendering. */
const reusedPages = (site: BuiltSite) => articleLines(site).filter((line) => /\((cached|restored)\)/.test(line)).length;

describe('incremental builds', () => {
  const work = workspace();
  let content: ContentDir;
  let cold: BuiltSite;
  let incremental: BuiltSite;
  let coldOfChanged: BuiltSite;
  let noChange: BuiltSite;
  let relatedTimes: number[];
  /** The redirect page at the edited article's first URL: the one file a cold build of the changed folder lacks. */
  let movedPages: string[];

  beforeAll(async () => {
    content = work.keep(makeContentDir(FIXTURES));
    cold = await work.build(content);
    // A day's changes: two new articles, a headline and a paragraph edited, one article deleted.
    cpSync(join(SEARCH, 'da-nang-mua-lon.md'), join(content.dir, 'unc-dev-sample', 'da-nang-mua-lon.md'));
    cpSync(join(SEARCH, 'news_world_160.txt'), join(content.dir, 'unc-dev-sample', 'news_world_160.txt'));
    const edited = join(content.dir, EDITED);
    writeFileSync(edited, readFileSync(edited, 'utf8').replace('Nga và Pháp sẽ duy trì', 'Nga, Pháp duy trì'));
    const body = join(content.dir, 'unc-dev-sample', 'news_sport_002.txt');
    writeFileSync(body, `${readFileSync(body, 'utf8')}\nMột đoạn mới được thêm vào cuối bài.\n`);
    rmSync(join(content.dir, 'unc-dev-sample', 'news_tech_005.txt'));
    incremental = await work.build(content);
    relatedTimes = [relatedComputedAt(content)];
    noChange = await work.build(content);
    relatedTimes.push(relatedComputedAt(content));
    coldOfChanged = await work.buildCopy(content);
    movedPages = [`${cold.report.files.find((f) => f.file === EDITED)!.url!.slice(BASE.length)}index.html`];
  }, 300_000);

  it('reuses what did not change', () => {
    expect(reusedPages(cold)).toBe(0);
    expect(reusedPages(incremental)).toBeGreaterThan(0);
    expect(reusedPages(incremental)).toBeLessThan(articleLines(incremental).length);
    expect(incremental.output).toMatch(/search index: \d+ pages in \d+ shards \([1-9]\d* unchanged\)/);
  });

  it("keeps the last build's pages in place, and removes those of a deleted article", () => {
    expect(cold.output).not.toMatch(/pages of the last build in place/);
    for (const site of [incremental, noChange]) expect(site.output).toMatch(/kept \d+ pages of the last build in place/);
    expect(incremental.output).toMatch(/removed \d+ pages of the last build that this one no longer has/);
  });

  it('renders no article page and indexes no shard again when nothing changed', () => {
    expect(articleLines(noChange).length).toBeGreaterThan(20);
    expect(reusedPages(noChange)).toBe(articleLines(noChange).length);
    const [, shards, unchanged] = /in (\d+) shards \((\d+) unchanged\)/.exec(noChange.output)!;
    expect(Number(shards)).toBeGreaterThan(1);
    expect(unchanged).toBe(shards);
    // The search index reads again only the pages rendered again (those without a cache key).
    const rendered = noChange.output.split('\n').filter((line) => /├─ \S+\.html \(\+/.test(line)).length;
    expect(noChange.output).toContain(`search index: ${rendered} pages read, the others unchanged`);
    expect(rendered).toBeLessThan(10);
    expect(relatedTimes[1]).toBe(relatedTimes[0]);
    expect(differences(noChange.distDir, incremental.distDir)).toEqual([]);
  });

  it('writes the same bytes as a cold build of the changed folder, and a redirect at the edited article\'s old URL', () => {
    expect(digestTree(incremental.distDir).size).toBeGreaterThan(100);
    expect(differences(incremental.distDir, coldOfChanged.distDir)).toEqual(movedPages);
  });

  it('still reaches an article from its old URL once its headline was edited', async () => {
    const [oldUrl, newUrl] = [cold, incremental].map((site) => site.report.files.find((f) => f.file === EDITED)!.url!);
    expect(newUrl).not.toBe(oldUrl);
    const server = await serveStatic(incremental.distDir, { basePath: BASE });
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(server.origin + oldUrl);
      await page.waitForURL(server.origin + newUrl);
      expect(await page.textContent('h1')).toBe('Nga, Pháp duy trì liên lạc trong chiến dịch chống IS ở Syria');
    } finally {
      await browser.close();
      await server.close();
    }
    const sitemaps = readdirSync(incremental.distDir).filter((f) => /^sitemap-\d+\.xml$/.test(f));
    for (const file of sitemaps) expect(readFileSync(join(incremental.distDir, file), 'utf8')).not.toContain(oldUrl);
  });

  it('shows the changes: the new article, the edited headline, not the deleted article', () => {
    const pages = [...digestTree(incremental.distDir).keys()];
    const urlOf = (file: string) => incremental.report.files.find((f) => f.file === file)?.url;
    expect(urlOf('unc-dev-sample/da-nang-mua-lon.md')).toMatch(/^\/bao-tinh\/da-nang-mua-lon-/);
    expect(urlOf(EDITED)).toMatch(/^\/bao-tinh\/nga-phap-duy-tri-lien-lac-/);
    for (const file of ['unc-dev-sample/da-nang-mua-lon.md', EDITED]) {
      expect(pages).toContain(`${urlOf(file)!.slice(BASE.length)}index.html`);
    }
    expect(urlOf('unc-dev-sample/news_tech_005.txt')).toBeUndefined();
    expect(pages.some((p) => p.startsWith(DELETED_SLUG))).toBe(false);
    expect([...digestTree(cold.distDir).keys()].some((p) => p.startsWith(DELETED_SLUG))).toBe(true);
    expect(differences(cold.distDir, incremental.distDir).length).toBeGreaterThan(0);
  });

  /** Two builds (one killed midway) in one test: minutes on a busy machine, not the default minute. */
  const KILL_AND_REBUILD_TIMEOUT = 300_000;

  /** Edits an article, kills a build of it when `when` shows, restores the article and rebuilds. */
  async function killThenRebuild(when: (slug: string) => RegExp): Promise<BuiltSite> {
    const file = 'unc-dev-sample/news_health_001.txt';
    const slug = coldOfChanged.report.files.find((f) => f.file === file)!.url!.slice(BASE.length, -1);
    const path = join(content.dir, file);
    const before = readFileSync(path, 'utf8');
    writeFileSync(path, before.replace(/\n([^\n#][^\n]*)\n/, '\n$1 Một câu thêm vào.\n'));
    try {
      expect(await killBuild({ contentDir: content.dir, basePath: BASE, env: ENV, outDir: outDirOf(content) }, when(slug))).toBe(true);
    } finally {
      writeFileSync(path, before);
    }
    return work.build(content);
  }

  it('gives the cold output again after a build killed once the edited page was written', async () => {
    // The killed build cached the edited page; the manifest still names the old one.
    const rebuilt = await killThenRebuild((slug) => new RegExp(`${slug}/index\\.html \\(\\+`));
    expect(rebuilt.output).toMatch(/the previous build did not finish/);
    expect(differences(rebuilt.distDir, coldOfChanged.distDir)).toEqual(movedPages);
  }, KILL_AND_REBUILD_TIMEOUT);

  it('gives the cold output again after a build killed while search shards are written', async () => {
    const rebuilt = await killThenRebuild(() => /search shard 1\//);
    expect(differences(rebuilt.distDir, coldOfChanged.distDir)).toEqual(movedPages);
  }, KILL_AND_REBUILD_TIMEOUT);
});

describe('incremental builds of a site shown by latent sections (no category, no source)', () => {
  const work = workspace();
  let incremental: BuiltSite;
  let coldOfChanged: BuiltSite;

  beforeAll(async () => {
    const content = work.keep(copyContentDir(resolve(import.meta.dirname, '..', 'fixtures', 'baomoi-sample')));
    await work.build(content);
    // New stories move the communities, so the sections, their names and their listings change.
    for (const file of ['news_sport_063.txt', 'news_tech_072.txt', 'news_health_068.txt']) cpSync(join(SEARCH, file), join(content.dir, file));
    rmSync(join(content.dir, readdirSync(content.dir).sort()[0]!));
    incremental = await work.build(content);
    coldOfChanged = await work.buildCopy(content);
  }, 300_000);

  it("writes the same bytes as a cold build, the sections' listings included, and reuses article pages", () => {
    expect([...digestTree(incremental.distDir).keys()].some((p) => p.startsWith('muc/'))).toBe(true);
    expect(differences(incremental.distDir, coldOfChanged.distDir)).toEqual([]);
    expect(reusedPages(incremental)).toBeGreaterThan(0);
  });
});
