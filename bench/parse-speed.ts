/**
 * How long the parser alone takes on a corpus folder: every file read into memory first, then
 * timed through readArticle (decode, clean, headline and recovery) as the loader calls it.
 *
 *   npx node bench/parse-speed.ts [dir]   (default /work/data/baomoi)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArticle } from '../src/lib/ingest/read-article.ts';

const dir = process.argv[2] ?? '/work/data/baomoi';
const files = readdirSync(dir).filter((f) => f.endsWith('.txt') || f.endsWith('.md')).sort();
const bytes = files.map((f) => readFileSync(join(dir, f)));
const t0 = performance.now();
let ok = 0;
let recovered = 0;
files.forEach((f, i) => {
  const result = readArticle(f, bytes[i]);
  if (result.ok) ok++;
  if (result.ok && result.article.headlineFrom === 'url-slug') recovered++;
});
const ms = performance.now() - t0;
console.log(`${files.length} files, ${ok} parsed, ${recovered} headlines recovered from the URL: ${(ms / 1000).toFixed(1)} s (${(ms / files.length).toFixed(2)} ms a file, models loaded included)`);
