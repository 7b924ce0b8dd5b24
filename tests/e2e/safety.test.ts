/**
 * Safety, in Chromium: the HTML-injection text file and a Markdown file full of raw HTML
 * (tests/fixtures/unsafe-markdown) are published and loaded without anything running;
 * every page carries a Content-Security-Policy that allows only the scripts the site
 * ships; search still works under it; no page asks any other host for anything.
 * The shared `mixed` site, under /bao-tinh/.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, serialize, type DefaultTreeAdapterMap } from 'parse5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { BuiltSite } from '../../tools/harness/build-site.ts';
import type { StaticServer } from '../../tools/harness/serve.ts';
import { serveSharedSite, type ServedSite } from './helpers/served-site.ts';
import { listHtmlFiles, validateBuiltHtml } from './helpers/validate-html.ts';
import { watchContext, type ContextWatch } from './helpers/watch-context.ts';

const BASE = '/bao-tinh/';

let served: ServedSite | undefined;
let site: BuiltSite;
let server: StaticServer;
let browser: Browser;
let urlOf: (file: string) => string;

beforeAll(async () => {
  served = await serveSharedSite('mixed', BASE);
  ({ site, server, browser, urlOf } = served);
});
afterAll(() => served?.close());

async function open(): Promise<{ context: BrowserContext; page: Page; watch: ContextWatch }> {
  const context = await browser.newContext();
  const watch = await watchContext(context, server.origin);
  return { context, page: await context.newPage(), watch };
}

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Elements of a parsed page in document order. */
function elementsOf(node: Node): Element[] {
  const children = 'childNodes' in node ? node.childNodes : [];
  return children.flatMap((child) => ('tagName' in child ? [child, ...elementsOf(child)] : elementsOf(child)));
}
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

/** The meta CSP of a page as directive -> sources, and where it stands among the elements. */
function policyOf(elements: Element[]): { policy: Map<string, string[]>; at: number } {
  const at = elements.findIndex((el) => el.tagName === 'meta' && attr(el, 'http-equiv') === 'content-security-policy');
  expect(at, 'meta CSP').toBeGreaterThan(-1);
  const directives = attr(elements[at]!, 'content')!.split(';').map((d) => d.trim().split(/\s+/));
  return { policy: new Map(directives.filter((d) => d[0]).map(([name, ...sources]) => [name!, sources])), at };
}

describe('Content-Security-Policy', () => {
  it('is on every page, before any script, and allows only scripts the site ships', async () => {
    const files = await listHtmlFiles(site.distDir);
    expect(files.length).toBeGreaterThan(40);
    for (const file of files) {
      const elements = elementsOf(parse(readFileSync(join(site.distDir, file), 'utf8')));
      const { policy, at } = policyOf(elements);
      expect(policy.get('default-src'), file).toEqual(["'self'"]);
      expect(policy.get('object-src'), file).toEqual(["'none'"]);
      expect(policy.get('base-uri'), file).toEqual(["'self'"]);
      const allowed = policy.get('script-src') ?? [];
      for (const source of allowed) expect(source, `${file} script-src`).toMatch(/^'(self|wasm-unsafe-eval|sha256-[A-Za-z0-9+/]+=*)'$/);
      const scripts = elements.filter((el) => el.tagName === 'script' && attr(el, 'type') !== 'application/ld+json');
      for (const script of scripts) {
        expect(elements.indexOf(script), `${file}: a script before the policy`).toBeGreaterThan(at);
        const src = attr(script, 'src');
        if (src) expect(src, file).toMatch(new RegExp(`^${BASE}_astro/[^/]+\\.js$`));
        else expect(allowed, file).toContain(`'sha256-${createHash('sha256').update(serialize(script)).digest('base64')}'`);
      }
    }
  });

  it('blocks inline and third-party scripts and event handlers at run time', async () => {
    const { context, page, watch } = await open();
    await page.goto(urlOf('seeds/000_cccd129fef1f31bc.txt'));
    await page.evaluate(async () => {
      const inline = document.createElement('script');
      inline.textContent = 'window.ranInline = true';
      const remote = document.createElement('script');
      remote.src = 'https://cdn.example/x.js';
      document.body.append(inline, remote);
      document.body.insertAdjacentHTML('beforeend', '<img src="/khong-co.png" onerror="window.ranHandler = true">');
      await new Promise((r) => setTimeout(r, 300));
    });
    const ran = await page.evaluate(() => [(window as never)['ranInline'], (window as never)['ranHandler']]);
    const violations = await watch.cspViolations(page);
    await context.close();
    expect(ran).toEqual([undefined, undefined]);
    expect(violations).toEqual(
      expect.arrayContaining([expect.stringMatching(/^script-src-elem inline/), 'script-src-elem https://cdn.example/x.js', expect.stringMatching(/^script-src-attr inline/)]),
    );
    expect(watch.foreignRequests).toEqual([]);
  });
});

describe('hostile article files', () => {
  for (const file of ['html-injection.txt', 'unsafe-markdown/markdown-with-html.md', 'entities/scraped-entities.txt']) {
    it(`${file} loads without running anything: no dialog, no script or handler from content, no javascript: link`, async () => {
      const { context, page, watch } = await open();
      await page.goto(urlOf(file));
      await page.waitForLoadState('load');
      const found = await page.evaluate(() => {
        const all = [...document.querySelectorAll('*')];
        return {
          scripts: [...document.scripts].map((s) => s.type || s.src || 'inline'),
          handlers: all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`)),
          jsLinks: all.flatMap((el) => ['href', 'src', 'action', 'formaction', 'data'].map((n) => el.getAttribute(n) ?? '')).filter((v) => /^\s*javascript:/i.test(v)),
          embedded: [...document.querySelectorAll('article iframe, article object, article embed, article form, article style, article svg, article base, article meta, article link')].map((e) => e.tagName),
          headline: document.querySelector('h1')?.textContent ?? '',
        };
      });
      const violations = await watch.cspViolations(page);
      await context.close();
      expect(watch.dialogs).toEqual([]);
      expect(found.scripts).toEqual(['application/ld+json']);
      expect(found.handlers).toEqual([]);
      expect(found.jsLinks).toEqual([]);
      expect(found.embedded).toEqual([]);
      expect(found.headline).toMatch(/<script>alert\(/);
      // A remote image in the Markdown is stopped by the policy before any request leaves.
      expect(violations.filter((v) => !v.startsWith('img-src https://evil.example/'))).toEqual([]);
      expect(watch.foreignRequests).toEqual([]);
    });
  }

  it("shows a .txt file's HTML entities as the characters they stand for, as text, and lists them in the build report", async () => {
    const { context, page } = await open();
    await page.goto(urlOf('entities/scraped-entities.txt'));
    const text = await page.evaluate(() => ({
      headline: document.querySelector('h1')!.textContent,
      lede: document.querySelector('.standfirst')!.textContent,
      body: document.querySelector('.article p:not(.standfirst):not(.meta)')!.textContent,
      images: document.querySelectorAll('article img').length,
    }));
    await context.close();
    expect(text).toEqual({
      headline: "Tiêu đề có <script>alert('xss')</script> và khoảng trắng",
      lede: 'Đoạn mở đầu có "ngoặc kép", “ngoặc cong” và Bộ VH-TT&DL.',
      body: 'Đoạn thân bài có <img src=x onerror=alert(1)> chỉ là chữ.',
      images: 0,
    });
    const entry = site.report.files.find((f) => f.file === 'entities/scraped-entities.txt')!;
    expect(entry.removed!.map((r) => r.text)).toEqual(expect.arrayContaining(['&lt;', '&gt;', '&nbsp', '&quot;', '&#8220;', '&#x201D;', '&amp']));
  });

  it('are valid HTML once published: raw HTML nesting is repaired (html-validate)', async () => {
    expect(await validateBuiltHtml(site.distDir)).toEqual([]);
  });
});

describe('search under the policy', () => {
  it('runs Pagefind (WebAssembly in its worker) and lists the injection article as text', async () => {
    const { context, page, watch } = await open();
    const workers: string[] = [];
    const warnings: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    page.on('console', (m) => ['warning', 'error'].includes(m.type()) && warnings.push(m.text()));
    await page.goto(`${server.url}tim-kiem/?q=${encodeURIComponent('mã độc')}`);
    await page.waitForSelector('[data-search][data-state="done"]');
    const titles = await page.$$eval('.search-result h2 a', (as) => as.map((a) => a.textContent));
    const violations = await watch.cspViolations(page);
    await context.close();
    expect(titles).toContain("Tiêu đề <script>alert('xss')</script> có mã độc");
    expect(workers).toHaveLength(1);
    expect(workers[0]).toMatch(new RegExp(`^${server.url}pagefind/s/[0-9a-f]+/pagefind-worker\\.js$`));
    expect(warnings).toEqual([]);
    expect(violations).toEqual([]);
    expect(watch.dialogs).toEqual([]);
    expect(watch.failedResponses).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });
});

describe('every page', () => {
  it('loads with no request to another host, no failed request and no policy violation', async () => {
    const { context, page, watch } = await open();
    const problems: string[] = [];
    for (const file of await listHtmlFiles(site.distDir)) {
      if (file === '404.html' || file.startsWith('bai-markdown-co-html')) continue;
      await page.goto(server.url + file.replace(/(^|\/)index\.html$/, '$1'));
      for (const v of await watch.cspViolations(page)) problems.push(`${file}: ${v}`);
    }
    await context.close();
    expect(problems).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.failedResponses).toEqual([]);
    expect(watch.dialogs).toEqual([]);
  }, 180_000); // one visit per page of the site: about a minute when the machine is busy
});
