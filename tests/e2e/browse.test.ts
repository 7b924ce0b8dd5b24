import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../../tools/harness/build-site.ts';
import { sharedSite } from './helpers/shared-sites.ts';
import { validateBuiltHtml } from './helpers/validate-html.ts';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const SITE = 'https://example.org';
const BASE = '/bao-tinh/';
const ORIGIN = `${SITE}${BASE}`;

/** 65 football stories from one outlet, one a day (more than two pages of 30), and names that fold to the same slugs. */
function writeGeneratedArticles(dir: string): void {
  for (let i = 1; i <= 65; i++) {
    const date = new Date(Date.UTC(2021, 0, i)).toISOString().slice(0, 10);
    writeFileSync(
      join(dir, `bong-da-${String(i).padStart(2, '0')}.md`),
      `---\ntitle: Bản tin bóng đá số ${i}\ndate: ${date}\nsource: TPO\ncategory: Bóng đá\nsummary: Tóm tắt bản tin bóng đá số ${i}.\n---\n\nNội dung bản tin bóng đá số ${i}.\n`,
    );
  }
  for (const [file, category, source] of [
    ['bong-da-khac-1.md', 'Bong da', 'Tien Phong'],
    ['bong-da-khac-2.md', 'Bong da', 'Tien Phong'],
  ]) {
    writeFileSync(join(dir, file), `---\ntitle: Bài ${file}\ndate: 2019-05-01\nsource: ${source}\ncategory: ${category}\n---\n\nMột bài khác.\n`);
  }
}

describe('browsing a site by latest, source and category, with feeds, under /bao-tinh/', () => {
  let contentDir: string;
  let site: BuiltSite;
  let articleUrls: string[];
  const xml = new XMLParser({ ignoreAttributes: false });
  const file = (url: string) => join(site.distDir, url.replace(ORIGIN, '').replace(BASE, ''));
  const page = (url: string) => readFileSync(join(file(url), 'index.html'), 'utf8');
  const cards = (html: string) => [...html.matchAll(/<article class="card"><h2><a href="([^"]+)"/g)].map((m) => m[1]);
  const metaLink = (html: string, kind: 'source' | 'category') =>
    new RegExp(`<a class="meta-${kind}" href="([^"]+)"`).exec(/<article class="article"[\s\S]*?<\/header>/.exec(html)![0])?.[1];
  /** Every term page (all its numbered pages) linked from an index page, with the count it shows. */
  const terms = (indexUrl: string) =>
    [...page(indexUrl).matchAll(/<li><a href="([^"]+)">([^<]+)<\/a><span class="term-count">([\d.]+) bài<\/span>/g)].map((m) => ({
      url: m[1],
      name: m[2],
      count: Number(m[3].replace(/\./g, '')),
    }));
  const olderLink = (html: string) => /<a rel="next" href="([^"]+)">/.exec(/<nav class="pagination"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '')?.[1];
  /** Every card of a listing, following its "older" links from the first page. */
  const allCards = (termUrl: string) => {
    const urls: string[] = [];
    for (let url: string | undefined = termUrl; url; url = olderLink(page(url))) urls.push(...cards(page(url)));
    return urls;
  };
  const parseFeed = (path: string) => {
    const text = readFileSync(file(path), 'utf8');
    expect(XMLValidator.validate(text)).toBe(true);
    const rss = xml.parse(text).rss;
    const items = rss.channel.item === undefined ? [] : [rss.channel.item].flat();
    return { rss, channel: rss.channel, items };
  };

  beforeAll(async () => {
    contentDir = mkdtempSync(join(tmpdir(), 'bao-tinh-browse-'));
    for (const folder of ['seeds', 'unc-dev-sample', 'baomoi-sample']) cpSync(join(fixtures, folder), contentDir, { recursive: true });
    writeGeneratedArticles(contentDir);
    site = await buildSite({ contentDir, basePath: BASE, siteUrl: SITE });
    const { report } = site;
    articleUrls = report.files.filter((f) => f.status === 'page').map((f) => f.url!);
  });
  afterAll(() => {
    rmSync(contentDir, { recursive: true, force: true });
    site?.remove();
  });

  it('shows no scraper leftovers on any article page: prefixes, end marks, boilerplate, trending items', () => {
    const leftovers = [/>(?:VOV\.VN|TPO|TTO|PLO|\(Dân trí\))\s*[-–]/, /\/\.</, /Mời quý độc giả theo dõi/, /MỚI - NÓNG/, /Chu Thanh Huyền/];
    for (const url of articleUrls) {
      const article = /<article class="article"[\s\S]*?<\/article>/.exec(page(url))![0];
      for (const pattern of leftovers) expect(article, `${url} ${pattern}`).not.toMatch(pattern);
    }
    expect(articleUrls.length).toBeGreaterThan(60);
  });

  it('lists every article exactly once in the source and the category it links to, and counts them right', () => {
    expect(articleUrls).toHaveLength(101);
    for (const kind of ['source', 'category'] as const) {
      const listed = new Map<string, string>();
      let total = 0;
      for (const term of terms(kind === 'source' ? `${BASE}nguon/` : `${BASE}chuyen-muc/`)) {
        const urls = allCards(term.url);
        expect(urls, term.name).toHaveLength(term.count);
        total += term.count;
        for (const url of urls) {
          expect(listed.has(url), `${url} listed twice`).toBe(false);
          listed.set(url, term.url);
        }
      }
      const withTerm = articleUrls.filter((url) => metaLink(page(url), kind));
      expect(total).toBe(withTerm.length);
      for (const url of articleUrls) expect(listed.get(url)).toBe(metaLink(page(url), kind));
    }
  });

  it('gives names with the same ASCII slug separate, stable pages', () => {
    const categories = terms(`${BASE}chuyen-muc/`);
    const sports = categories.find((t) => t.name === 'Bóng đá')!;
    const other = categories.find((t) => t.name === 'Bong da')!;
    expect(sports.url).toMatch(/^\/bao-tinh\/chuyen-muc\/bong-da-[0-9a-f]{6}\/$/);
    expect(other.url).toMatch(/^\/bao-tinh\/chuyen-muc\/bong-da-[0-9a-f]{6}\/$/);
    expect(sports.url).not.toBe(other.url);
    expect([sports.count, other.count]).toEqual([65, 2]);
    const sources = terms(`${BASE}nguon/`);
    expect(sources.find((t) => t.name === 'Tiền Phong')!.url).not.toBe(sources.find((t) => t.name === 'Tien Phong')!.url);
    expect(sources.map((t) => t.url).every((u) => /^\/bao-tinh\/nguon\/[a-z0-9-]+\/$/.test(u))).toBe(true);
  });

  it('pages a category of 65 into archive pages counted from the oldest, linked newer and older without JavaScript', () => {
    const sports = terms(`${BASE}chuyen-muc/`).find((t) => t.name === 'Bóng đá')!.url;
    const first = page(sports);
    const oldest = page(`${sports}trang/1/`);
    // 65 = the 5 newest with the 30 below them on the first page, then an archive page of the 30 oldest that keeps its stories.
    expect([first, oldest].map((html) => cards(html).length)).toEqual([35, 30]);
    expect(existsSync(join(file(`${sports}trang/2/`), 'index.html'))).toBe(false);
    expect(page(cards(first)[0])).toContain('Bản tin bóng đá số 65');
    expect(page(cards(oldest).at(-1)!)).toContain('Bản tin bóng đá số 1<');
    expect(allCards(sports)).toHaveLength(65);
    expect(new Set(allCards(sports)).size).toBe(65);
    expect(first).toContain(`<a rel="next" href="${sports}trang/1/">`);
    expect(oldest).toContain(`<a rel="prev" href="${sports}">`);
    expect(oldest).not.toContain('rel="next"');
    expect(oldest).toMatch(/<h1>[^<]*: Trang 1<\/h1>/);
    for (const html of [first, oldest, page(`${BASE}nguon/`), page(`${BASE}chuyen-muc/`)]) {
      expect(html).toMatch(/<html lang="vi"/);
      expect(html).not.toMatch(/<script/);
      expect(html.match(/<h1[ >]/g)).toHaveLength(1);
      expect(html).toMatch(/<nav class="main-nav" aria-label="[^"]+">/);
    }
  });

  it('links an article to its neighbours in its category, in listing order', () => {
    const sports = terms(`${BASE}chuyen-muc/`).find((t) => t.name === 'Bóng đá')!.url;
    const [newest, second, third] = cards(page(sports));
    const html = page(second);
    expect(html).toMatch(new RegExp(`<nav class="prev-next" aria-label="[^"]*Bóng đá"`));
    expect(html).toContain(`<a rel="prev" href="${newest}">`);
    expect(html).toContain(`<a rel="next" href="${third}">`);
    expect(page(newest)).not.toContain('<a rel="prev"');
  });

  it('writes valid RSS feeds of the latest 50 with absolute links under SITE_URL + BASE_PATH', () => {
    const home = parseFeed('rss.xml');
    expect(home.rss['@_version']).toBe('2.0');
    expect(home.channel.link).toBe(ORIGIN);
    expect(home.items).toHaveLength(50);
    const sports = terms(`${BASE}chuyen-muc/`).find((t) => t.name === 'Bóng đá')!.url;
    const feeds = [
      ...terms(`${BASE}nguon/`).map((t) => ({ ...t, feed: `${t.url}rss.xml` })),
      ...terms(`${BASE}chuyen-muc/`).map((t) => ({ ...t, feed: `${t.url}rss.xml` })),
    ];
    for (const { url, count, feed } of feeds) {
      const { channel, items } = parseFeed(feed);
      expect(channel.link).toBe(`${SITE}${url}`);
      expect(items).toHaveLength(Math.min(50, count));
      for (const item of items) {
        expect(item.link.startsWith(ORIGIN)).toBe(true);
        expect(articleUrls).toContain(item.link.replace(SITE, ''));
      }
      expect(page(url)).toContain(`<link rel="alternate" type="application/rss+xml" title="`);
      expect(page(url)).toContain(`href="${feed}">`);
    }
    expect(parseFeed(`${sports}rss.xml`).items[0].pubDate).toBe('Sat, 06 Mar 2021 00:00:00 GMT');
    expect(page(BASE)).toContain(`<link rel="alternate" type="application/rss+xml" title="Báo Tĩnh: tin mới nhất" href="${BASE}rss.xml">`);
  });

  it('opens the home page on a lead and top stories, then a block per category linking to its listing, then the rest of the latest, each article once', () => {
    const home = page(BASE);
    const feed = parseFeed('rss.xml').items.map((i: { link: string }) => i.link.replace(SITE, '')) as string[];
    const links = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
    const lead = /<article class="lead"><h2><a href="([^"]+)"/.exec(home)?.[1];
    const top = [...home.matchAll(/<li class="top-story"><h2><a href="([^"]+)"/g)].map((m) => m[1]);
    const blocks = [...home.matchAll(/<section class="section-block"[^>]*><h2[^>]*><a href="([^"]+)">([^<]+)<\/a><\/h2><ul>([\s\S]*?)<\/ul>/g)].map((m) => ({
      url: m[1]!,
      name: m[2]!,
      items: links(m[3]!),
    }));
    const latest = links(/<ul class="latest-list">([\s\S]*?)<\/ul>/.exec(home)?.[1] ?? '');
    expect(feed.slice(0, 10)).toContain(lead);
    expect(top).toHaveLength(5);
    const categories = terms(`${BASE}chuyen-muc/`);
    expect(blocks.length).toBeGreaterThanOrEqual(10);
    for (const block of blocks) {
      expect(categories.find((c) => c.url === block.url)?.name).toBe(block.name);
      expect(block.items.length).toBeGreaterThan(0);
      expect(block.items.length).toBeLessThanOrEqual(4);
      expect(allCards(block.url)).toEqual(expect.arrayContaining(block.items));
    }
    const above = [lead!, ...top, ...blocks.flatMap((b) => b.items)];
    const shown = [...above, ...latest];
    expect(new Set(shown).size).toBe(shown.length);
    // The home page is the latest listing's first page: what its archive does not hold (101 = 41 + 2 x 30).
    const archived = allCards(olderLink(home)!);
    expect(articleUrls.length - archived.length).toBe(41);
    expect(latest).toEqual(feed.slice(0, 41).filter((url) => !above.includes(url)));
    expect(olderLink(home)).toBe(`${BASE}trang/2/`);
    expect(new Set([...feed.slice(0, 41), ...archived]).size).toBe(articleUrls.length);
    // The header's section row, on the home page and on every other page alike.
    const nav = (html: string) => links(/<nav class="section-nav" aria-label="Các chuyên mục"><ul>([\s\S]*?)<\/ul><\/nav>/.exec(html)?.[1] ?? '');
    expect(nav(home)).toEqual(expect.arrayContaining(blocks.map((b) => b.url)));
    for (const url of nav(home)) expect(categories.map((c) => c.url)).toContain(url);
    expect(nav(page(articleUrls[0]!))).toEqual(nav(home));
    expect(page(blocks[0]!.url)).toContain(`<li><a href="${blocks[0]!.url}" aria-current="page">${blocks[0]!.name}</a></li>`);
  });

  it("follows the seeds' story: each seed's page shows the other under 'Cùng sự kiện', linking to one thread page with a timeline and a feed", () => {
    const seeds = site.report.files.filter((f) => f.file.startsWith('000_') || f.file.startsWith('004_')).map((f) => f.url!);
    expect(seeds).toHaveLength(2);
    const blocks = seeds.map((url) => /<section class="story-thread"[\s\S]*?<\/section>/.exec(page(url))?.[0] ?? '');
    const threadLinks = blocks.map((block) => /<p class="thread-more"><a href="([^"]+)"/.exec(block)?.[1]);
    expect(threadLinks[0]).toMatch(new RegExp(`^${BASE}su-kien/[a-z0-9-]+/$`));
    expect(threadLinks[1]).toBe(threadLinks[0]);
    expect(blocks[0]).toContain(`href="${seeds[1]}"`);
    expect(blocks[1]).toContain(`href="${seeds[0]}"`);
    expect(blocks[0]).toContain('Cùng sự kiện');
    const thread = page(threadLinks[0]!);
    for (const url of seeds) expect(thread).toContain(`href="${url}"`);
    expect(thread).toContain('<span class="meta-source">VOV</span>');
    expect(thread).toContain('<span class="meta-source">Tiền Phong</span>');
    const { channel, items } = parseFeed(`${threadLinks[0]}rss.xml`);
    expect(channel.link).toBe(`${SITE}${threadLinks[0]}`);
    expect(items.map((i: { link: string }) => i.link)).toEqual(expect.arrayContaining(seeds.map((u) => `${SITE}${u}`)));
  });

  it("links an article's topics to their listings at chu-de/, newest first, each in the topic index with its count and a feed", () => {
    // The Tiền Phong seed and a baomoi article both name New York in their opening lines.
    const seed = site.report.files.find((f) => f.file.startsWith('004_'))!.url!;
    const line = /<p class="article-topics"[\s\S]*?<\/p>/.exec(page(seed))?.[0] ?? '';
    const topicLinks = [...line.matchAll(/<a href="([^"]+)">([^<]+)<\/a>/g)].map((m) => ({ url: m[1]!, name: m[2]! }));
    expect(topicLinks).toContainEqual({ url: `${BASE}chu-de/new-york/`, name: 'New York' });
    const index = terms(`${BASE}chu-de/`);
    for (const topic of topicLinks) {
      const listed = allCards(topic.url);
      expect(listed).toContain(seed);
      expect(index).toContainEqual({ url: topic.url, name: topic.name, count: listed.length });
      expect(page(topic.url)).toContain(`<h1>Chủ đề: ${topic.name}</h1>`);
      const { channel, items } = parseFeed(`${topic.url}rss.xml`);
      expect(channel.link).toBe(`${SITE}${topic.url}`);
      expect(items.map((i: { link: string }) => i.link)).toContain(`${SITE}${seed}`);
    }
    // An article that names no topic shows no line.
    const without = articleUrls.filter((url) => !page(url).includes('data-article-topics'));
    expect(without.length).toBeGreaterThan(0);
  });

  it('writes a sitemap index whose sitemaps list every article and listing page by absolute URL', () => {
    const index = xml.parse(readFileSync(join(site.distDir, 'sitemap-index.xml'), 'utf8')).sitemapindex;
    const locs = [index.sitemap]
      .flat()
      .flatMap((s: { loc: string }) => {
        expect(s.loc.startsWith(ORIGIN)).toBe(true);
        return [xml.parse(readFileSync(file(s.loc), 'utf8')).urlset.url].flat().map((u: { loc: string }) => u.loc);
      });
    for (const loc of locs) expect(loc.startsWith(ORIGIN)).toBe(true);
    for (const url of [...articleUrls, `${BASE}nguon/`, `${BASE}chuyen-muc/`, `${BASE}trang/2/`]) expect(locs).toContain(`${SITE}${url}`);
  });

  it('lists sources and categories with ASCII slugs and counts, linked from each article', () => {
    const sources = terms(`${BASE}nguon/`);
    expect(sources.find((t) => t.name === 'Dân trí')).toEqual({ url: `${BASE}nguon/dan-tri/`, name: 'Dân trí', count: 20 });
    const tienPhong = sources.find((t) => t.name === 'Tiền Phong')!;
    expect(tienPhong.count).toBe(66);
    const article = page(articleUrls.find((u) => u.includes('ban-tin-bong-da-so-7-'))!);
    expect(metaLink(article, 'source')).toBe(tienPhong.url);
    expect(article).toContain(`href="${tienPhong.url}rss.xml"`);
    expect(readdirSync(join(site.distDir, 'chuyen-muc'))).toContain('kinh-doanh');
  });
});

describe('a site whose files name neither category nor source (baomoi sample)', () => {
  let site: BuiltSite;
  const page = (url: string) => readFileSync(join(site.distDir, url.replace(BASE, ''), 'index.html'), 'utf8');
  const links = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
  const nav = (html: string) => /<nav class="section-nav" aria-label="Các mục"><ul>([\s\S]*?)<\/ul><\/nav>/.exec(html)?.[1];

  beforeAll(async () => {
    site = await sharedSite('baomoi', BASE);
  });

  it("shows the related engine's latent sections, named from their headlines, each linking to its own listing", () => {
    const home = page(BASE);
    const blocks = [...home.matchAll(/<section class="section-block"[^>]*><h2[^>]*><a href="([^"]+)">([^<]+)<\/a><\/h2><ul>([\s\S]*?)<\/ul>/g)].map((m) => ({
      url: m[1]!,
      name: m[2]!,
      items: links(m[3]!),
    }));
    expect(blocks.length).toBeGreaterThan(0);
    expect(links(nav(home)!)).toEqual(expect.arrayContaining(blocks.map((b) => b.url)));
    for (const block of blocks) {
      expect(block.url).toMatch(new RegExp(`^${BASE}muc/[a-z0-9-]+/$`));
      const listing = page(block.url);
      expect(listing).toContain(`<h1>Mục: ${block.name}</h1>`);
      const listed = [...listing.matchAll(/<article class="card"><h2><a href="([^"]+)"/g)].map((m) => m[1]);
      expect(listed).toEqual(expect.arrayContaining(block.items));
      expect(links(nav(listing)!)).toEqual(links(nav(home)!));
    }
    // Latent sections move as the corpus grows: article pages do not show them (and do not depend on them).
    const article = site.report.files.find((f) => f.status === 'page')!.url!;
    expect(page(article)).not.toContain('section-nav');
  });

  it('writes valid HTML on every page, the latent sections\' listings included', async () => {
    expect(await validateBuiltHtml(site.distDir)).toEqual([]);
  });
});
