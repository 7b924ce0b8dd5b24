import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuildReport } from '../../src/lib/build/build-report.ts';
import { buildSite, type BuiltSite } from '../../tools/harness/build-site.ts';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));

describe('a site built from the seeds and the bad inputs, under /bao-tinh/', () => {
  let contentDir: string;
  let site: BuiltSite;
  let report: BuildReport;
  const page = (url: string) => readFileSync(join(site.distDir, url.replace(/^\/bao-tinh\//, ''), 'index.html'), 'utf8');
  const entry = (file: string) => report.files.find((f) => f.file === file);

  beforeAll(async () => {
    contentDir = mkdtempSync(join(tmpdir(), 'bao-tinh-content-'));
    cpSync(join(fixtures, 'bad-inputs'), contentDir, { recursive: true });
    cpSync(join(fixtures, 'seeds'), join(contentDir, 'seeds'), { recursive: true });
    site = await buildSite({ contentDir, basePath: '/bao-tinh/' });
    report = site.report;
  });
  afterAll(() => {
    rmSync(contentDir, { recursive: true, force: true });
    site?.remove();
  });

  it('reports all 23 files: a page each, or skipped with a reason', () => {
    expect(report.files).toHaveLength(23);
    for (const f of report.files) {
      if (f.status === 'page') expect(existsSync(join(site.distDir, f.url!.replace('/bao-tinh/', ''), 'index.html'))).toBe(true);
      else expect(f.reason).toBeTruthy();
    }
    expect(report.summary).toMatchObject({ pages: 18, skipped: 5 });
  });

  it('prints a summary line and one line per skipped file, not one per page', () => {
    expect(site.output).toMatch(/23 files in .*: 18 pages, 5 skipped, \d+ with warnings \(1 cut to size, 1 mojibake repaired; details: /);
    expect(site.output).toMatch(/skipped frontmatter-broken\.md: front matter is not valid YAML/);
    expect(site.output).toMatch(/wrote \d+ pages and feeds \(0 from the cache\) from 23 files \(5 skipped\) in [\d.]+ s: content [\d.]+ s, .*peak memory/);
    expect(site.output).not.toMatch(/index\.html/);
  });

  it('shows the HTML injection as visible text, not markup', () => {
    // Attribute values (search meta fields) may hold the text too; only elements matter here.
    const article = /<article[\s\S]*<\/article>/.exec(page(entry('html-injection.txt')!.url!))![0].replace(/="[^"]*"/g, '=""');
    expect(article).toContain('&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;');
    expect(article).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(article).not.toMatch(/<script|<img|<iframe|<b>/);
  });

  it('makes readable pages of the Windows-1258, UTF-16, mojibake and 9.8 MB files, the last cut with a note', () => {
    for (const file of ['windows-1258.txt', 'utf16le-bom.txt']) {
      expect(page(entry(file)!.url!)).toContain('Nga và Pháp sẽ duy trì liên lạc trong chiến dịch chống IS ở Syria');
    }
    const huge = page(entry('huge-article.txt')!.url!);
    expect(Buffer.byteLength(huge)).toBeGreaterThan(1_000_000);
    expect(Buffer.byteLength(huge)).toBeLessThan(1_600_000);
    expect(huge).toMatch(/<p class="truncated-note"[^>]*>Bài viết quá dài nên chỉ hiển thị phần đầu: [\d.]+ trên 7\.600\.034 ký tự\.<\/p>/);
    expect(page(entry('mojibake.txt')!.url!)).toContain('Đà Nẵng đón “siêu trăng” cuối năm – người dân đổ ra bờ biển');
  });

  it('keeps every internal link and asset under the base path, with lang="vi"', () => {
    const html = readFileSync(join(site.distDir, 'index.html'), 'utf8');
    expect(html).toMatch(/<html lang="vi"/);
    const links = [...html.matchAll(/(?:href|src|action)="([^"]+)"/g)].map((m) => m[1]).filter((u) => !/^https?:/.test(u));
    expect(links.length).toBeGreaterThan(17);
    for (const link of links.filter((l) => !l.startsWith('#'))) expect(link.startsWith('/bao-tinh/')).toBe(true);
  });

  it('lists the latest articles on the home page and writes a 404 page and a search index', () => {
    const home = readFileSync(join(site.distDir, 'index.html'), 'utf8');
    expect(home).toContain('Lầu Năm góc lập kênh liên lạc trực tiếp với quân đội Nga');
    expect(existsSync(join(site.distDir, '404.html'))).toBe(true);
    const { shards } = JSON.parse(readFileSync(join(site.distDir, 'pagefind', 'shards.json'), 'utf8')) as { shards: string[] };
    expect(shards).toHaveLength(1);
    expect(readdirSync(join(site.distDir, 'pagefind', shards[0]))).toContain('pagefind.js');
  });

  it('fails a strict build and names the skipped files', async () => {
    await expect(buildSite({ contentDir, strict: true })).rejects.toThrow(/STRICT=1: 5 file\(s\) skipped/);
  });
});
