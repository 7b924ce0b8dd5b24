/**
 * Fixture sites built once per base path and shared by every test file that reads them: the first
 * file to ask builds the site into the folder the global setup made (tests/e2e/helpers/shared-sites-setup.ts),
 * later files (each in its own worker) find it there. A test that must build its own input
 * (incremental builds, configuration errors, the 9.8 MB file...) calls buildSite itself.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { buildSite, type BuiltSite } from '../../../tools/harness/build-site.ts';
import { copyFixtures } from './site-content.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where shared fixture sites and their content folders are built, for the whole run. */
    sharedSitesDir: string;
  }
}

/** The public origin every shared site is built for. */
export const SHARED_SITE_URL = 'https://example.github.io';

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures');

/** A headline the seed `000_…` lists in its `Tin liên quan` block: this article makes that item a link. */
export const LINKED_HEADLINE = 'Nga cho biết sẽ tăng cường không kích vào các cơ sở lọc dầu của IS';

/** Files a content folder holds that are not articles: an editor's tools and the system leave them. */
export const HIDDEN_FILES: Record<string, string | Buffer> = {
  '.DS_Store': Buffer.from([0, 0, 0, 1, 0x42, 0x75, 0x64, 0x31, 0, 0, 0x10, 0]),
  '.git/HEAD': 'ref: refs/heads/main\n',
  '.git/description': 'Kho bài viết: tệp này không phải là một bài báo.\n',
  '._tin-an.txt': Buffer.concat([Buffer.from([0, 5, 22, 7, 0, 2, 0, 0]), Buffer.from('Mac OS X        ')]),
  'seeds/.hidden/bai-an.txt': 'Bài viết nằm trong thư mục ẩn không được đăng\n\nĐoạn mở đầu của bài viết ẩn, đủ dài để thành một trang.\n',
};

/** The shared sites: what each content folder holds. */
const SITES = {
  /** Every hostile and odd input, the seeds, the unc-dev sample, Markdown with images, hidden files. */
  mixed: (dir: string) => {
    copyFixtures(dir, ['bad-inputs', 'seeds', 'unc-dev-sample', 'markdown-images', 'unsafe-markdown', 'entities']);
    mkdirSync(join(dir, 'lien-quan'));
    writeFileSync(join(dir, 'lien-quan', 'loc-dau.txt'), `${LINKED_HEADLINE}\n\nCác lực lượng vũ trang Nga đang tăng cường không kích vào những cơ sở sản xuất và lọc dầu của nhóm IS tại Syria.\n`);
    for (const [file, bytes] of Object.entries(HIDDEN_FILES)) {
      mkdirSync(join(dir, file, '..'), { recursive: true });
      writeFileSync(join(dir, file), bytes);
    }
    return dir;
  },
  /** tests/fixtures/search as it is (30 unc-dev articles and hand-made ones for accents). */
  search: () => join(fixtures, 'search'),
  /** tests/fixtures/baomoi-sample as it is: files that name neither category nor source. */
  baomoi: () => join(fixtures, 'baomoi-sample'),
};

export type SharedSiteName = keyof typeof SITES;

export interface SharedSite extends BuiltSite {
  contentDir: string;
}

/** The shared site `name` built under `basePath`, built now if no test file asked for it before. */
export async function sharedSite(name: SharedSiteName, basePath: string): Promise<SharedSite> {
  const dir = join(inject('sharedSitesDir'), name);
  // The content folder is made once, by the first file to ask; `content.ready` says where it is.
  const ready = join(dir, 'content.ready');
  if (!existsSync(ready)) {
    const made = join(dir, 'content');
    mkdirSync(made, { recursive: true });
    writeFileSync(ready, SITES[name](made));
  }
  const contentDir = readFileSync(ready, 'utf8');
  const out = join(dir, basePath.replace(/\//g, '_'));
  const saved = join(out, 'output.txt');
  // Removed with the whole folder when the run ends.
  const remove = () => {};
  if (existsSync(saved)) {
    const reportPath = join(out, 'build-report.json');
    const report = JSON.parse(readFileSync(reportPath, 'utf8'));
    return { contentDir, out, distDir: join(out, 'dist'), reportPath, report, output: readFileSync(saved, 'utf8'), remove };
  }
  const site = await buildSite({ contentDir, basePath, siteUrl: SHARED_SITE_URL, outDir: out });
  writeFileSync(saved, site.output);
  return { ...site, contentDir, remove };
}
