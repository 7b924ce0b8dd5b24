/**
 * How often the lede (the standfirst under the headline) is not a lede at all but a subhead
 * or a photo caption, on a folder of dantri-style files read by the project's own parser.
 *
 *   npx node bench/lede-quality.ts [dir] [-v]
 *   (default /work/shared/corpus/unc-dev; -v lists the ledes counted)
 *
 * The tests here are deliberately simpler than the parser's and independent of it:
 *  - heading: at most 20 words and no sentence punctuation at the end (`. ! ? … : ;`, also
 *    before closing quotes or brackets);
 *  - caption: ends in a parenthesis that opens with `Ảnh`, `Nguồn`, `Video` or `Clip`
 *    (`(Ảnh minh họa: Sputnik)`, `(Ảnh: AP).`), ends in a credit `Ảnh: X`, or starts with
 *    `Ảnh:` / `Ảnh minh họa`.
 * Also prints how many subheads and captions the bodies hold, for scale.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArticle } from '../src/lib/ingest/read-article.ts';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('-')) ?? '/work/shared/corpus/unc-dev';
const verbose = args.includes('-v');

const words = (line: string) => line.split(/\s+/).filter(Boolean).length;
export const isHeadingLike = (line: string) => words(line) <= 20 && !/[.!?…:;]["”’»)\]]*$/u.test(line);
export const isCaptionLike = (line: string) =>
  /\((?:Ảnh|ảnh|Nguồn|Video|Clip)[^()]*\)\.?$/u.test(line) ||
  /(?:^|[\s.])Ảnh\s*:\s*[^.]{1,60}\.?$/u.test(line) ||
  /^\(?(?:Ảnh\s*:|Ảnh minh h(?:ọa|oạ))/u.test(line);

let files = 0;
let pages = 0;
let ledes = 0;
let headings = 0;
let captions = 0;
let either = 0;
const blockKinds = new Map<string, number>();
const listed: string[] = [];
for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
  files++;
  const result = readArticle(file, readFileSync(join(dir, file)));
  if (!result.ok) continue;
  pages++;
  for (const block of result.article.blocks) blockKinds.set(block.kind, (blockKinds.get(block.kind) ?? 0) + 1);
  const lede = result.article.lede;
  if (!lede) continue;
  ledes++;
  const heading = isHeadingLike(lede);
  const caption = isCaptionLike(lede);
  headings += Number(heading);
  captions += Number(caption);
  either += Number(heading || caption);
  if (verbose && (heading || caption)) listed.push(`${file}\t${caption ? 'caption' : 'heading'}\t${lede}`);
}

if (verbose) console.log(listed.join('\n'));
console.log(`${dir}: ${files} files, ${pages} pages, ${ledes} with a lede`);
console.log(`ledes that read as a heading: ${headings}; as a caption: ${captions}; either: ${either} of ${ledes} (${((100 * either) / ledes).toFixed(1)}%)`);
console.log(`body blocks: ${[...blockKinds].map(([kind, n]) => `${kind} ${n}`).join(', ')}`);
