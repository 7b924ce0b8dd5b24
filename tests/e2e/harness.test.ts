/**
 * Proves the e2e helpers work together: serveStatic() serves a small site under
 * /bao-tinh/ and launchBrowser() loads it in headless Chromium.
 *
 * Timing (2-core dev machine, @sparticuz/chromium 153, playwright-core 1.65):
 *   - first use on a machine: unpacking the package's Chromium into
 *     <tmpdir>/bao-tinh-chromium-<version>-<size>/ takes ~3-4 s (once; later runs reuse it);
 *   - chromium.launch() itself: ~0.1-0.5 s; new page + goto + screenshot: ~0.2-0.5 s.
 * The test logs its own numbers ("[harness] ...") so a slow CI machine shows up.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../tools/harness/browser.ts';
import { resolveChromium } from '../../tools/harness/chromium.ts';
import { serveStatic, type StaticServer } from '../../tools/harness/serve.ts';

const SCREENSHOT = join(import.meta.dirname, '..', '.tmp', 'harness.png');
const HEADLINE = 'Đà Nẵng không kích: tiếng Việt có dấu ạ ả ã ấ ầ ẩ ẫ ậ ơ ư ữ ự Đ đ';

const page = (title: string, body: string) => `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>${title}</title>
<link rel="stylesheet" href="/bao-tinh/style.css"></head>
<body>${body}</body></html>
`;

let dist: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'bao-tinh-harness-'));
  await mkdir(join(dist, 'sub'));
  await mkdir(join(dist, 'pagefind', 'index'), { recursive: true });
  await writeFile(
    join(dist, 'index.html'),
    page('Báo Tĩnh', `<h1>${HEADLINE}</h1><p><em>Nghiêng</em> <strong>Đậm</strong> <code>mã: Nẵng</code></p><a href="sub">Chuyên mục</a>`),
  );
  await writeFile(join(dist, 'sub', 'index.html'), page('Chuyên mục', '<h1>Thời sự</h1>'));
  await writeFile(join(dist, '404.html'), page('Không tìm thấy', '<h1>Không tìm thấy trang</h1>'));
  await writeFile(join(dist, 'about.html'), page('Giới thiệu', '<h1>Giới thiệu</h1>'));
  await writeFile(join(dist, 'style.css'), 'h1 { color: #8b0000; } body { font-family: sans-serif; font-size: 28px; }');
  await writeFile(join(dist, 'pagefind', 'pagefind-entry.json'), '{}');
  await writeFile(join(dist, 'pagefind', 'pagefind.en_1.pf_meta'), Buffer.from([1, 2, 3]));
  await writeFile(join(dist, 'pagefind', 'index', 'en_1.pf_index'), Buffer.from([1, 2, 3]));
  await writeFile(join(dist, 'pagefind', 'wasm.unknown.pagefind'), Buffer.from([0, 97, 115, 109]));

  server = await serveStatic(dist, { basePath: '/bao-tinh/' });

  let t = performance.now();
  const resolved = await resolveChromium();
  console.log(`[harness] chromium from ${resolved.source}: ${resolved.executablePath} (resolve/unpack ${Math.round(performance.now() - t)} ms)`);
  t = performance.now();
  browser = await launchBrowser();
  console.log(`[harness] launch ${Math.round(performance.now() - t)} ms, version ${browser.version()}`);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dist) await rm(dist, { recursive: true, force: true });
});

describe('serveStatic (HTTP)', () => {
  it('serves the site under the base path only', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/bao-tinh\/$/);
    const home = await fetch(server.url);
    expect(home.status).toBe(200);
    expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await home.text()).toContain(HEADLINE);

    const outside = await fetch(`${server.origin}/index.html`);
    expect(outside.status).toBe(404);
    expect(await outside.text()).not.toContain('Không tìm thấy');
  });

  it('redirects directories without a trailing slash, keeping the query', async () => {
    const r = await fetch(`${server.url}sub?x=1`, { redirect: 'manual' });
    expect(r.status).toBe(301);
    expect(r.headers.get('location')).toBe('/bao-tinh/sub/?x=1');
    const root = await fetch(`${server.origin}/bao-tinh`, { redirect: 'manual' });
    expect(root.status).toBe(301);
    expect(root.headers.get('location')).toBe('/bao-tinh/');
  });

  it('serves x.html for /x, and 404.html for unknown paths', async () => {
    expect((await fetch(`${server.url}about`)).status).toBe(200);
    expect((await fetch(`${server.url}about.html`)).status).toBe(200);
    for (const path of ['khong-co', 'khong-co/', 'about/', 'sub/..%2f..%2f..%2fetc/passwd']) {
      const r = await fetch(server.url + path);
      expect(r.status, path).toBe(404);
      expect(await r.text(), path).toContain('Không tìm thấy trang');
    }
    // fetch() would normalise dot segments (also %2e%2e) itself: send them raw.
    for (const path of ['/bao-tinh/sub/../../../../etc/passwd', '/bao-tinh/%2e%2e/%2e%2e/etc/passwd']) {
      const status = await new Promise<number | undefined>((ok, fail) =>
        get(server.origin + path, (r) => (r.resume(), ok(r.statusCode))).on('error', fail),
      );
      expect(status, path).toBe(404);
    }
    expect((await fetch(server.url, { method: 'POST' })).status).toBe(405);
  });

  it('sends the right content types', async () => {
    const type = async (p: string) => (await fetch(server.url + p)).headers.get('content-type');
    expect(await type('style.css')).toBe('text/css; charset=utf-8');
    expect(await type('pagefind/pagefind-entry.json')).toBe('application/json; charset=utf-8');
    expect(await type('pagefind/pagefind.en_1.pf_meta')).toBe('application/octet-stream');
    expect(await type('pagefind/index/en_1.pf_index')).toBe('application/octet-stream');
    expect(await type('pagefind/wasm.unknown.pagefind')).toBe('application/octet-stream');
  });
});

describe('launchBrowser + serveStatic', () => {
  it('renders the Vietnamese page and follows the site like a host would', async () => {
    const context = await browser.newContext({ viewport: { width: 1100, height: 420 } });
    const tab = await context.newPage();
    try {
      const t = performance.now();
      const res = await tab.goto(server.url);
      expect(res?.status()).toBe(200);
      await expect.poll(() => tab.locator('h1').textContent()).toBe(HEADLINE);
      expect(await tab.getAttribute('html', 'lang')).toBe('vi');
      // the stylesheet under the base path applied
      expect(await tab.locator('h1').evaluate((el) => getComputedStyle(el).color)).toBe('rgb(139, 0, 0)');
      await mkdir(join(SCREENSHOT, '..'), { recursive: true });
      await tab.screenshot({ path: SCREENSHOT });
      console.log(`[harness] goto + screenshot ${Math.round(performance.now() - t)} ms -> ${SCREENSHOT}`);

      // relative link "sub" -> /bao-tinh/sub -> 301 -> /bao-tinh/sub/
      const sub = await tab.goto(`${server.url}sub`);
      expect(sub?.status()).toBe(200);
      expect(sub?.request().redirectedFrom()?.url()).toBe(`${server.url}sub`);
      expect(tab.url()).toBe(`${server.url}sub/`);
      expect(await tab.locator('h1').textContent()).toBe('Thời sự');

      const missing = await tab.goto(`${server.url}khong-co-trang-nay/`);
      expect(missing?.status()).toBe(404);
      expect(await tab.locator('h1').textContent()).toBe('Không tìm thấy trang');
    } finally {
      await context.close();
    }
  }, 60_000);

  it('shares one browser resolution between concurrent launches', async () => {
    const [a, b] = await Promise.all([launchBrowser(), launchBrowser()]);
    try {
      expect(a.isConnected() && b.isConnected()).toBe(true);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  }, 60_000);
});
