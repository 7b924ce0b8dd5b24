import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { libraryDigest } from '../lib/build/code-digest.ts';
import { fileStamp } from '../lib/build/file-stamp.ts';
import { inParallel } from '../lib/build/in-parallel.ts';
import { walkFolder } from '../lib/build/walk-folder.ts';
import { writeFileWhole } from '../lib/build/write-whole.ts';
import { extractIndexedFragment } from '../lib/search/indexed-fragment.ts';
import { pageUrlOf, type IndexedPage } from '../lib/search/full-text-shards.ts';

const PAGES_IN_FLIGHT = 32;
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A page as read for the search index, with its file's stamp (fileStamp) when it was read. */
export interface ReadPage {
  page: IndexedPage | null;
  stamp: string | null;
}

/** A built page as the shard planner sees it (null when it is not indexed). `file` is relative to `dist/`. */
export function indexedPageOf(file: string, html: string): IndexedPage | null {
  const fragment = extractIndexedFragment(html);
  return fragment && { url: pageUrlOf(file), digest: createHash('sha256').update(fragment.html).digest('hex'), date: fragment.date };
}

/**
 * Every built page that carries `data-pagefind-body`, with the digest of its indexed part. A page
 * whose file still has the stamp it had when read before, by the indexer that ran ahead (`known`)
 * or by the last build (`remembered`, read from `cacheDir` unless given), is not read again: a
 * rebuild that keeps most pages reads only those rendered again.
 */
export async function collectPages(
  outDir: string,
  cacheDir: string,
  known: ReadonlyMap<string, ReadPage>,
  remembered?: ReadonlyMap<string, ReadPage>,
): Promise<{ pages: IndexedPage[]; read: number }> {
  const store = storeOf(cacheDir);
  const salt = libraryDigest(ROOT);
  remembered ??= await readRemembered(store, salt);
  const files = (await walkFolder(outDir)).files.filter((f) => f.endsWith('.html')).sort();
  const reads: ReadPage[] = new Array(files.length);
  let read = 0;
  const urls = files.map(pageUrlOf);
  await inParallel(files, PAGES_IN_FLIGHT, async (file, n) => {
    const stamp = await fileStamp(join(outDir, file));
    const before = known.get(urls[n]!) ?? remembered.get(urls[n]!);
    if (stamp !== null && before?.stamp === stamp) {
      reads[n] = before;
    } else {
      reads[n] = { page: indexedPageOf(file, await readFile(join(outDir, file), 'utf8')), stamp };
      read++;
    }
  });
  writeFileWhole(store, JSON.stringify({ salt, pages: urls.map((url, n) => [url, reads[n]]) }));
  return { pages: reads.map((r) => r.page).filter((p): p is IndexedPage => p !== null), read };
}

const storeOf = (cacheDir: string) => join(cacheDir, 'search-pages.json');

/** The pages the last build read (see collectPages), by URL: empty after a change of the library's code. */
export function rememberedPages(cacheDir: string): Promise<Map<string, ReadPage>> {
  return readRemembered(storeOf(cacheDir), libraryDigest(ROOT));
}

async function readRemembered(store: string, salt: string): Promise<Map<string, ReadPage>> {
  try {
    const saved = JSON.parse(await readFile(store, 'utf8')) as { salt: string; pages: [string, ReadPage][] };
    return saved.salt === salt ? new Map(saved.pages) : new Map();
  } catch {
    return new Map();
  }
}
