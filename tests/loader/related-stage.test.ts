import { cpSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../src/lib/ingest/article.ts';
import { storedJson } from '../../src/lib/build/cached-json.ts';
import { buildRelatedIndexWithSections } from '../../src/lib/related/index.ts';
import { relatedInput } from '../../src/lib/related/article-input.ts';
import { articleLoader } from '../../src/loaders/article-loader.ts';
import { articleBodyOf } from '../../src/loaders/body-store.ts';
import { RELATED_CACHE, relatedKey, relatedStageDone, startRelatedStage } from '../../src/loaders/related-stage.ts';
import { fakeContext } from './helpers/fake-context.ts';

describe('the related stage in its own process', () => {
  let dir: string;
  let contentDir: string;
  const cacheDir = () => join(dir, 'cache');
  const options = () => ({ contentDir, reportPath: join(dir, 'report.json'), basePath: '/', strict: false, cacheDir: cacheDir(), relatedLimit: 4 });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'bao-tinh-related-stage-'));
    contentDir = join(dir, 'content');
    cpSync(new URL('../fixtures/unc-dev-sample/', import.meta.url), contentDir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is started by a build load and leaves the lists a build would compute, under the corpus key', async () => {
    const { context, entries } = fakeContext();
    await articleLoader(options()).load(context);
    expect(await relatedStageDone()).toBeUndefined();
    const articles = [...entries.values()].map((e) => e.data as Article);
    const stored = storedJson<{ lists: unknown[]; sections: unknown[] }>(cacheDir(), RELATED_CACHE, relatedKey(articles, 4, process.cwd()));
    const inputs = articles.map((a) => relatedInput({ ...a, ...articleBodyOf(a, cacheDir(), contentDir) }));
    const here = buildRelatedIndexWithSections(inputs, { limit: 4 });
    expect(stored?.value.lists).toEqual([...here.lists]);
    expect(stored?.value.sections).toEqual([...here.sections]);
    expect([...here.lists.values()].some((list) => list.length > 0)).toBe(true);
  });

  it('keeps each article\'s tokens and byline, so a rebuild reads only new bodies and gives the lists of a cold computation', async () => {
    const files = readdirSync(contentDir).sort();
    const last = files.at(-1)!;
    renameSync(join(contentDir, last), join(dir, last));
    await articleLoader(options()).load(fakeContext().context);
    expect(await relatedStageDone()).toBeUndefined();

    renameSync(join(dir, last), join(contentDir, last));
    const { context, entries } = fakeContext();
    await articleLoader(options()).load(context);
    expect(await relatedStageDone()).toBeUndefined();
    const articles = [...entries.values()].map((e) => e.data as Article);
    const inputs = articles.map((a) => relatedInput({ ...a, ...articleBodyOf(a, cacheDir(), contentDir) }));
    const cold = buildRelatedIndexWithSections(inputs, { limit: 4 });
    const stored = () => storedJson<{ lists: unknown[]; sections: unknown[] }>(cacheDir(), RELATED_CACHE, relatedKey(articles, 4, process.cwd()))?.value;
    expect(stored()?.lists).toEqual([...cold.lists]);
    expect(stored()?.sections).toEqual([...cold.sections]);

    // With no body left to read, neither stored nor in the folder, the stage still gives the same lists.
    rmSync(join(cacheDir(), 'bodies'), { recursive: true });
    rmSync(contentDir, { recursive: true });
    startRelatedStage({ key: 'again', limit: 4, cacheDir: cacheDir(), contentDir, root: process.cwd(), articles });
    expect(await relatedStageDone()).toBeUndefined();
    expect(storedJson(cacheDir(), RELATED_CACHE, 'again')?.value).toEqual({ lists: [...cold.lists], sections: [...cold.sections] });
  });

  it('says why it failed, naming the file, so the build can compute the lists itself', async () => {
    const { context, entries } = fakeContext();
    await articleLoader({ ...options(), relatedLimit: undefined }).load(context);
    const articles = [...entries.values()].map((e) => e.data as Article);
    // Neither the stored body nor the file is there any more.
    rmSync(join(cacheDir(), 'bodies'), { recursive: true });
    rmSync(join(contentDir, articles[0]!.file));
    startRelatedStage({ key: 'k', limit: 4, cacheDir: cacheDir(), contentDir, root: process.cwd(), articles });
    expect(await relatedStageDone()).toMatch(new RegExp(`^exit 1: .*${articles[0]!.file.replace('.', '\\.')}`));
  });
});
