import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BuildReport } from '../../src/lib/build/build-report.ts';
import { articleLoader } from '../../src/loaders/article-loader.ts';
import { fakeContext } from './helpers/fake-context.ts';

describe('articleLoader', () => {
  let dir: string;
  let contentDir: string;
  let reportPath: string;
  const options = (strict = false) => ({ contentDir, reportPath, basePath: '/bao-tinh/', strict, cacheDir: join(dir, 'cache') });
  const report = (): BuildReport => JSON.parse(readFileSync(reportPath, 'utf8'));

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'bao-tinh-loader-'));
    contentDir = join(dir, 'content');
    reportPath = join(dir, 'out', 'build-report.json');
    cpSync(new URL('../fixtures/bad-inputs/', import.meta.url), contentDir, { recursive: true });
    rmSync(join(contentDir, 'huge-article.txt'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('turns every file into a page or a reported skip with its reason', async () => {
    const { context, entries, logs } = fakeContext();
    await articleLoader(options()).load(context);
    const { summary, files } = report();
    expect(summary).toMatchObject({ files: 20, pages: 15, skipped: 5 });
    expect(files.filter((f) => f.status === 'page').map((f) => f.file).sort()).toEqual([...entries.keys()].sort());
    const skipped = Object.fromEntries(files.filter((f) => f.status === 'skipped').map((f) => [f.file, f.reason]));
    expect(Object.keys(skipped).sort()).toEqual([
      'binary-named.txt',
      'empty.txt',
      'frontmatter-broken.md',
      'photo.jpg',
      'whitespace-only.txt',
    ]);
    expect(skipped['photo.jpg']).toMatch(/not an article file/);
    expect(logs).toContainEqual(expect.stringMatching(/^info 20 files in .*: 15 pages, 5 skipped/));
    expect(logs.filter((l) => l.startsWith('warn skipped '))).toHaveLength(5);
  });

  it('reports the URL under the base path, the headline and the encoding', async () => {
    const { context } = fakeContext();
    await articleLoader(options()).load(context);
    const entry = report().files.find((f) => f.file === 'windows-1258.txt');
    expect(entry).toMatchObject({
      status: 'page',
      headline: 'Nga và Pháp sẽ duy trì liên lạc trong chiến dịch chống IS ở Syria',
      encoding: 'windows-1258',
      url: expect.stringMatching(/^\/bao-tinh\/nga-va-phap-se-duy-tri-.*-[0-9a-f]{8}\/$/),
    });
    expect(entry?.warnings.join()).toMatch(/Windows-1258/);
  });

  it('warns about a date after the build, against the clock of each build, not the cached parse', async () => {
    writeFileSync(join(contentDir, 'future.txt'), '# date = 20270102\nTin ngày mai\nĐoạn một.\nĐoạn hai.');
    const { context, counts } = fakeContext();
    let now = new Date('2027-01-01T00:00:00Z');
    const loader = articleLoader({ ...options(), now: () => now });
    await loader.load(context);
    const warnings = () => report().files.find((f) => f.file === 'future.txt')?.warnings;
    expect(warnings()).toEqual([expect.stringMatching(/^date in the future: 2027-01-02 is after the day of this build \(2027-01-01/)]);
    const parsed = counts.set;
    now = new Date('2027-01-02T00:00:00Z');
    await loader.load(context);
    expect(counts.set).toBe(parsed);
    expect(warnings()).toEqual([]);
  });

  it('does not re-parse unchanged files, and re-parses a changed one', async () => {
    const { context, counts } = fakeContext();
    const loader = articleLoader(options());
    await loader.load(context);
    const first = counts.set;
    await loader.load(context);
    expect(counts.set).toBe(first);
    writeFileSync(join(contentDir, 'title-only.txt'), 'Tiêu đề mới\n\nNội dung mới.');
    await loader.load(context);
    expect(counts.set).toBe(first + 1);
  });

  it('does not read a file again while its modification time and size are those the last load recorded', async () => {
    const { context, entries } = fakeContext();
    const loader = articleLoader(options());
    const file = join(contentDir, 'title-only.txt');
    const [atime, mtime] = [new Date('2024-01-01T00:00:00Z'), new Date('2024-01-02T00:00:00Z')]; // whole seconds: restorable exactly
    utimesSync(file, atime, mtime);
    await loader.load(context);
    const headline = (entries.get('title-only.txt')!.data as { headline: string }).headline;
    // Same size, other bytes, the old times put back: only a file that is not read keeps its old entry.
    const { size } = statSync(file);
    writeFileSync(file, 'X'.repeat(size));
    utimesSync(file, atime, mtime);
    await loader.load(context);
    expect((entries.get('title-only.txt')!.data as { headline: string }).headline).toBe(headline);
    // A touch is a change: the file is read again.
    utimesSync(file, atime, new Date(mtime.getTime() + 1000));
    await loader.load(context);
    expect((entries.get('title-only.txt')!.data as { headline: string }).headline).toBe('X'.repeat(size));
  });

  it('reads every file again when the stored entries are not those the stamps were recorded with', async () => {
    const { context, counts, entries } = fakeContext();
    const loader = articleLoader(options());
    await loader.load(context);
    const first = counts.set;
    // A store older than the stamps (a build killed between writing the two): its digest differs.
    const entry = entries.get('title-only.txt')!;
    entries.set('title-only.txt', { ...entry, digest: 'older' });
    await loader.load(context);
    expect(counts.set).toBe(first + 1);
    expect(entries.get('title-only.txt')!.digest).toBe(entry.digest);
    // A load cut short leaves no stamps: with them gone, every file is read (and found unchanged).
    rmSync(join(dir, 'cache', 'file-stamps.json'));
    await loader.load(context);
    expect(counts.set).toBe(first + 1);
    expect(existsSync(join(dir, 'cache', 'file-stamps.json'))).toBe(true);
  });

  it('deletes the entries of files that vanished', async () => {
    const { context, entries } = fakeContext();
    const loader = articleLoader(options());
    await loader.load(context);
    expect(entries.has('duplicate-title-a.txt')).toBe(true);
    rmSync(join(contentDir, 'duplicate-title-a.txt'));
    await loader.load(context);
    expect(entries.has('duplicate-title-a.txt')).toBe(false);
    expect(report().files.some((f) => f.file === 'duplicate-title-a.txt')).toBe(false);
  });

  it('keeps bodies beside the data store, one file per entry, and deletes those no entry names', async () => {
    const { context, entries } = fakeContext();
    const loader = articleLoader(options());
    await loader.load(context);
    const entry = entries.get('title-only.txt')!;
    expect(entry.data).not.toHaveProperty('blocks');
    const bodyPath = join(dir, 'cache', 'bodies', `${entry.data.body}.json`);
    expect(JSON.parse(readFileSync(bodyPath, 'utf8'))).toHaveProperty('blocks');
    expect(readdirSync(join(dir, 'cache', 'bodies'))).toHaveLength(entries.size);
    writeFileSync(join(contentDir, 'title-only.txt'), 'Tiêu đề mới\n\nNội dung mới.');
    await loader.load(context);
    expect(existsSync(bodyPath)).toBe(false);
    expect(readdirSync(join(dir, 'cache', 'bodies'))).toHaveLength(entries.size);
  });

  it('keeps openings beside the data store, and parses a file again when its opening is gone', async () => {
    const { context, entries, counts } = fakeContext();
    const loader = articleLoader(options());
    writeFileSync(join(contentDir, 'mo-dau.txt'), 'Tin có đoạn mở đầu\n\nSapo của bài.\n\nĐoạn mở đầu của bài.\n\nĐoạn thứ hai.');
    await loader.load(context);
    const entry = entries.get('mo-dau.txt')!;
    expect(entry.data).not.toHaveProperty('opening');
    const openings = () => JSON.parse(readFileSync(join(dir, 'cache', 'openings.json'), 'utf8')) as Record<string, string>;
    expect(openings()[entry.data.body as string]).toBe('Đoạn mở đầu của bài.');
    expect(Object.keys(openings()).sort()).toEqual([...entries.values()].map((e) => e.data.body as string).sort());
    // A lost or cut file is never trusted: every entry is read and parsed again, and the file written whole.
    const first = counts.set;
    writeFileSync(join(dir, 'cache', 'openings.json'), '{"cut');
    await loader.load(context);
    expect(counts.set).toBe(first + entries.size);
    expect(openings()[entry.data.body as string]).toBe('Đoạn mở đầu của bài.');
    // A deleted file's opening goes with it.
    rmSync(join(contentDir, 'mo-dau.txt'));
    await loader.load(context);
    expect(openings()).not.toHaveProperty(entry.data.body as string);
  });

  it('gives the same entries, bodies and report when worker threads read the files as when the loader does', async () => {
    const load = async (parseInlineFirst: number, cache: string) => {
      const { context, entries, logs } = fakeContext();
      await articleLoader({ ...options(), cacheDir: join(dir, cache), parseInlineFirst }).load(context);
      const bodies = readdirSync(join(dir, cache, 'bodies')).sort();
      const read = logs.find((l) => l.startsWith('info read '))!;
      return { read, stored: { entries: [...entries].sort(), bodies, text: bodies.map((b) => readFileSync(join(dir, cache, 'bodies', b), 'utf8')), report: report() } };
    };
    const inline = await load(Infinity, 'inline');
    const threads = await load(0, 'threads');
    expect(inline.read).not.toMatch(/worker threads/);
    expect(threads.read).toMatch(/ \(on \d+ worker threads\): \d+ parsed/);
    expect(threads.stored.entries.length).toBe(15);
    expect(threads.stored).toEqual(inline.stored);
  });

  it('fails in strict mode when a file is skipped, after writing the report', async () => {
    const { context } = fakeContext();
    await expect(articleLoader(options(true)).load(context)).rejects.toThrow(/STRICT=1: 5 file\(s\) skipped/);
    expect(report().summary.skipped).toBe(5);
  });
});
