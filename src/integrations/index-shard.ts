// Indexes one full-text shard with Pagefind, in a process of its own: the build runs two at once
// (one per core), each with its own Pagefind binary. Reads `{ outDir, urls, output }` as JSON on
// standard input; writes the shard into `output`; exits non-zero with the reason on failure.
import { readFile } from 'node:fs/promises';
import { close, createIndex, type PagefindServiceConfig } from 'pagefind';
import { extractIndexedFragment } from '../lib/search/indexed-fragment.ts';
import { pageFileOf } from '../lib/search/full-text-shards.ts';

/** Pagefind's options: part of every shard's key (search-shards.ts), with Pagefind's version. */
export const INDEX_OPTIONS: PagefindServiceConfig = { forceLanguage: 'vi' };
const READ_AHEAD = 32;

/**
 * Pagefind numbers pages in the order they arrive, and that order is in its output: pages are
 * added one after another (reading the files runs ahead), so a shard's bytes depend only on its pages.
 */
async function indexShard(outDir: string, urls: readonly string[], output: string): Promise<void> {
  try {
    const { index, errors } = await createIndex(INDEX_OPTIONS);
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const read = (n: number) => readFile(pageFileOf(outDir, urls[n]!), 'utf8');
    const ahead = urls.slice(0, READ_AHEAD).map((_, n) => read(n));
    for (const [n, url] of urls.entries()) {
      const html = await ahead[n % READ_AHEAD]!;
      if (n + READ_AHEAD < urls.length) ahead[n % READ_AHEAD] = read(n + READ_AHEAD);
      const added = await index.addHTMLFile({ url, content: extractIndexedFragment(html)!.html });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${url}: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: output });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
  } finally {
    await close();
  }
}

if (import.meta.main) {
  let input = '';
  process.stdin.setEncoding('utf8');
  for await (const chunk of process.stdin) input += chunk;
  const { outDir, urls, output } = JSON.parse(input) as { outDir: string; urls: string[]; output: string };
  try {
    await indexShard(outDir, urls, output);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}
