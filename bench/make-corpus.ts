// Writes a synthetic corpus of N articles recombined from the baomoi articles (headline and lede of
// one, body halves of two, dates spread over 2015-2024), to prove the build past the 35k archive.
//   npx node bench/make-corpus.ts N OUT --from /path/to/baomoi [--seed 1]
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { makeArticles, readBaomoi } from './synthetic-articles.ts';

const [count, out] = [Number(process.argv[2]), process.argv[3]];
const from = process.argv[process.argv.indexOf('--from') + 1];
const seed = process.argv.includes('--seed') ? Number(process.argv[process.argv.indexOf('--seed') + 1]) : 1;
if (!(count > 0) || !out || !process.argv.includes('--from')) {
  console.error('usage: npx node bench/make-corpus.ts N OUT --from BAOMOI_DIR [--seed S]  (baomoi: tar xzf shared/corpus/baomoi.tgz)');
  process.exit(2);
}
const parts = await readBaomoi(resolve(from));
const articles = makeArticles(parts, count, { seed, from: '2015-01-01', to: '2024-12-31', prefix: 'tong-hop-' });
await mkdir(out, { recursive: true });
for (let i = 0; i < articles.length; i += 512) {
  await Promise.all(articles.slice(i, i + 512).map((a) => writeFile(join(out, a.name), a.text)));
}
console.log(`${articles.length} articles from ${parts.length} baomoi files written to ${resolve(out)}`);
