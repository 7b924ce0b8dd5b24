/**
 * What a built article page shows beside its text, and what a content folder holds that is not
 * content: the shared `mixed` site under /bao-tinh/, read from dist/.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { HIDDEN_FILES, LINKED_HEADLINE, sharedSite, type SharedSite } from './helpers/shared-sites.ts';

const BASE = '/bao-tinh/';
const SEED = 'seeds/000_cccd129fef1f31bc.txt';

let site: SharedSite;
const urlOf = (file: string) => site.report.files.find((f) => f.file === file)?.url;
const page = (url: string) => readFileSync(join(site.distDir, url.slice(BASE.length), 'index.html'), 'utf8');
/** The links of the list marked with `attribute`, as [href, text]. */
const listLinks = (html: string, attribute: string) => {
  const list = new RegExp(`<[ou]l class="related" ${attribute}>([\\s\\S]*?)</[ou]l>`).exec(html)?.[1];
  return list === undefined ? undefined : [...list.matchAll(/<a href="([^"]+)">([^<]+)<\/a>/g)].map((m) => [m[1]!, m[2]!]);
};

beforeAll(async () => {
  site = await sharedSite('mixed', BASE);
});

describe('the related sidebar of a built article page', () => {
  it('lists related stories (data-related), each a link to another article page of the site', () => {
    const links = listLinks(page(urlOf(SEED)!), 'data-related');
    expect(links?.length).toBeGreaterThan(0);
    const published = new Set(site.report.files.map((f) => f.url));
    for (const [href] of links!) {
      expect(published.has(href), href).toBe(true);
      expect(href).not.toBe(urlOf(SEED));
      expect(existsSync(join(site.distDir, href.slice(BASE.length), 'index.html'))).toBe(true);
    }
  });

  it("shows the source's own related list, linking the items the site publishes and only those", () => {
    const html = page(urlOf(SEED)!);
    expect(listLinks(html, 'data-source-related')).toEqual([[urlOf('lien-quan/loc-dau.txt'), LINKED_HEADLINE]]);
    const items = /<ul class="related" data-source-related>([\s\S]*?)<\/ul>/.exec(html)![1]!;
    expect(items).toContain('<span>Nga không kích tiêu diệt 472 mục tiêu gồm 80 xe tải dầu của IS ở Syria</span>');
  });
});

describe('hidden files and folders in the content folder', () => {
  it('are neither published nor listed in the build report: .DS_Store, .git/, ._ files, .hidden/', () => {
    expect(Object.keys(HIDDEN_FILES).every((file) => existsSync(join(site.contentDir, file)))).toBe(true);
    expect(site.report.files.filter((f) => f.file.split('/').some((part) => part.startsWith('.')))).toEqual([]);
    const hiddenHeadline = 'Bài viết nằm trong thư mục ẩn không được đăng';
    const pages = readdirSync(site.distDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(40);
    expect(pages.filter((f) => readFileSync(join(site.distDir, f), 'utf8').includes(hiddenHeadline))).toEqual([]);
    expect(site.output).not.toMatch(/\.DS_Store|\.git\/|\._tin-an|\.hidden/);
  });
});
