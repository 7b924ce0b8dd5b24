/**
 * A rebuild keeps the last build's pages in place only when they are as that build left them, and
 * takes away the ones it no longer produces, with the folders they leave empty.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { keepRecordedPages, pruneUnclaimed, recordPages, takePageRecord } from '../../../src/integrations/keep-pages.ts';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((f) => rmSync(f, { recursive: true, force: true })));

/** A cache folder whose Astro manifest names `files`, and an output folder holding them. */
function lastBuild(files: string[]): { cacheDir: string; outDir: string } {
  const root = mkdtempSync(join(tmpdir(), 'keep-pages-'));
  folders.push(root);
  const [cacheDir, outDir] = [join(root, 'cache'), join(root, 'dist')];
  mkdirSync(cacheDir, { recursive: true });
  const paths = Object.fromEntries(files.map((f) => [`/${f}`, { cacheKey: 'k', outputFile: f }]));
  writeFileSync(join(cacheDir, 'incremental-build.json'), JSON.stringify({ routes: { 'src/pages/[slug].astro': { paths } } }));
  for (const f of files) {
    mkdirSync(join(outDir, f, '..'), { recursive: true });
    writeFileSync(join(outDir, f), `<html>${f}</html>`);
  }
  return { cacheDir, outDir };
}

describe('keeping the last build\'s pages', () => {
  it('keeps the pages as the last build left them in place and clears everything else', async () => {
    const { cacheDir, outDir } = lastBuild(['a/index.html', 'b/index.html']);
    await recordPages(cacheDir, outDir);
    // What the rest of a build writes (the search index, Vite's assets) and a folder a killed build left empty.
    mkdirSync(join(outDir, 'pagefind/s/k1'), { recursive: true });
    writeFileSync(join(outDir, 'pagefind/s/k1/frag.pf'), 'x');
    writeFileSync(join(outDir, 'a/extra.css'), 'y');
    mkdirSync(join(outDir, 'empty/deeper'), { recursive: true });
    const kept = await keepRecordedPages(outDir, await takePageRecord(cacheDir, outDir));
    expect(kept.map((f) => f.slice(outDir.length))).toEqual(['/a/index.html', '/b/index.html']);
    expect(readFileSync(join(outDir, 'b/index.html'), 'utf8')).toBe('<html>b/index.html</html>');
    expect(readdirSync(outDir).sort()).toEqual(['a', 'b']);
    expect(readdirSync(join(outDir, 'a'))).toEqual(['index.html']);
  });

  it('removes a page changed since, and trusts no record twice (a build cut short leaves none)', async () => {
    const { cacheDir, outDir } = lastBuild(['a/index.html', 'b/index.html']);
    await recordPages(cacheDir, outDir);
    writeFileSync(join(outDir, 'a/index.html'), '<html>edited by hand</html>');
    utimesSync(join(outDir, 'a/index.html'), new Date(2001, 0, 1), new Date(2001, 0, 1));
    const kept = await keepRecordedPages(outDir, await takePageRecord(cacheDir, outDir));
    expect(kept.map((f) => f.slice(outDir.length))).toEqual(['/b/index.html']);
    expect(existsSync(join(outDir, 'a'))).toBe(false);
    expect((await takePageRecord(cacheDir, outDir)).size).toBe(0);
    expect(await keepRecordedPages(outDir, await takePageRecord(cacheDir, outDir))).toEqual([]);
    expect(readdirSync(outDir)).toEqual([]);
  });

  it('ignores a record made for another output folder', async () => {
    const { cacheDir, outDir } = lastBuild(['a/index.html']);
    await recordPages(cacheDir, outDir);
    expect((await takePageRecord(cacheDir, `${outDir}-elsewhere`)).size).toBe(0);
  });

  it('removes the kept pages this build did not produce and the folders they leave empty', async () => {
    const { outDir } = lastBuild(['gone/index.html', 'kept/index.html', 'trang/2/index.html']);
    const linked = ['gone/index.html', 'kept/index.html', 'trang/2/index.html'].map((f) => join(outDir, f));
    const pruned = await pruneUnclaimed(outDir, linked, new Set([join(outDir, 'kept/index.html')]));
    expect(pruned).toBe(2);
    expect(['gone', 'trang', 'kept/index.html'].map((f) => existsSync(join(outDir, f)))).toEqual([false, false, true]);
  });
});
