/**
 * How well headlines come back from URL slugs on a folder of dantri-style files
 * (`# url = ...` header, then one paragraph per line).
 *
 *   npx node bench/headline-recovery.ts [dir] [-v] [--model=file.json.gz] [--headlines=file.json.gz|none] [--no-folds]
 *   (default /work/shared/corpus/unc-dev; -v lists the hidden headlines not restored
 *   exactly with the shipped models; --model and --headlines try other model files)
 *
 * (a) shown headline (headline line, else recovered, else first sentence) folds to the slug;
 * (b) on files that start with their headline: hide it, recover from the slug, and
 *     score syllables restored exactly (case-insensitive, punctuation ignored, old and new
 *     tone placement equal: `hoả` = `hỏa`), and whole headlines;
 * (c) how the recovered headlines' confidence separates exact ones from the others.
 * Each is run from the article alone; with the shipped background model (built
 * from another corpus by tools/build-syllable-model.ts: what the product parses
 * with); and with a collection background built from the other folds of the
 * folder (10-fold, so no file sees its own headline: an upper reference the
 * product cannot use, as a file's parse must depend on that file only).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { findHeadlineLine, recoverHeadline, slugSyllables } from '../src/lib/ingest/headline/recover-headline.ts';
import { collectStats, emptyStats, type SyllableStats } from '../src/lib/ingest/headline/syllable-stats.ts';
import { foldKey } from '../src/lib/text/fold.ts';
import { words } from '../src/lib/text/words.ts';
import { expandModel, loadHeadlineModel, loadSyllableModel } from '../src/lib/ingest/headline/syllable-model.ts';
import { LOW_HEADLINE_CONFIDENCE } from '../src/lib/ingest/report-warnings.ts';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('-')) ?? '/work/shared/corpus/unc-dev';
const verbose = args.includes('-v');
const modelFile = args.find((a) => a.startsWith('--model='))?.slice(8);
const t0 = performance.now();
/** A model file the tool wrote (`.json.gz`), or its JSON. */
const readModel = (file: string) => expandModel(JSON.parse((file.endsWith('.gz') ? gunzipSync(readFileSync(file)) : readFileSync(file)).toString('utf8')));
const shipped = modelFile ? readModel(modelFile) : loadSyllableModel();
const headlinesFile = args.find((a) => a.startsWith('--headlines='))?.slice(12);
/** The headline model joins the shipped background (`--headlines=none` leaves it out). */
const shippedHeadlines = headlinesFile === 'none' ? undefined : headlinesFile ? readModel(headlinesFile) : loadHeadlineModel();
const loadMs = performance.now() - t0;

interface Doc { name: string; lines: string[]; slug: string[] }
const docs: Doc[] = [];
for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
  const all = readFileSync(join(dir, name), 'utf8').normalize('NFC').split(/\r?\n/);
  const url = all.find((l) => l.startsWith('# url = '))?.slice(8).trim();
  if (url) docs.push({ name, lines: all.filter((l) => !l.startsWith('# ') && l.trim() !== ''), slug: slugSyllables(url) });
}
const FOLDS = 10;
/** Background for fold k: every file outside fold k. */
function backgroundFor(k: number): SyllableStats {
  const stats = emptyStats();
  docs.forEach((d, i) => { if (i % FOLDS !== k) collectStats(d.lines.join('\n'), stats); });
  return stats;
}

/** Longest common subsequence: syllables matched in order, robust to `42km` vs `42 km`. */
function lcs(a: string[], b: string[]): number {
  let row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const next = [0];
    b.forEach((y, j) => next.push(x === y ? row[j] + 1 : Math.max(row[j + 1], next[j])));
    row = next;
  }
  return row[b.length];
}

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
/** A word with its tone mark moved to the end: old and new tone placement (`hoả`, `hỏa`) compare equal. */
const toneFree = (word: string) => {
  const nfd = word.normalize('NFD');
  return nfd.replace(TONE_MARKS, '').normalize('NFC') + (nfd.match(TONE_MARKS)?.join('') ?? '');
};
/** Lower-case syllables of a headline, tone placement aside. */
const syllablesOf = (line: string) => words(line.normalize('NFC')).map((w) => toneFree(w.toLowerCase()));
/** Words as written, lower-case, with the quotes and punctuation around them (not inside them) dropped. */
const asWritten = (line: string) =>
  line.toLowerCase().split(/\s+/).map((w) => toneFree(w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))).filter(Boolean).join(' ');
const firstSentence = (line: string) => line.split(/(?<=[.!?…])\s/)[0] ?? '';
const sameSlug = (text: string, slug: string[]) => foldKey(text) === slug.join('');
const pct = (a: number, b: number) => (b ? (a / b).toFixed(4) : 'n/a');

type Setting = 'article' | 'model' | 'folds';
function run(setting: Setting): void {
  const useBackground = setting === 'folds';
  let shownOk = 0, viaLine = 0, viaRecover = 0, viaSentence = 0;
  let withLine = 0, slugTotal = 0, total = 0, exact = 0, found = 0, fullFiles = 0, aboveThreshold = 0;
  const byConfidence = { low: 0, lowWrong: 0, high: 0, highExact: 0 };
  let writtenExact = 0;
  for (let k = 0; k < (useBackground ? FOLDS : 1); k++) {
  const background = useBackground ? backgroundFor(k) : setting === 'model' ? shipped : undefined;
  const headlines = setting === 'model' ? shippedHeadlines : undefined;
  docs.forEach((d, i) => {
    if (useBackground && i % FOLDS !== k) return;
    const at = findHeadlineLine(d.lines, d.slug);
    let shown: string;
    if (at >= 0) [shown, viaLine] = [d.lines[at], viaLine + 1];
    else {
      const rec = recoverHeadline(d.slug, d.lines.join('\n'), { background, headlines });
      if (rec) [shown, viaRecover] = [rec.headline, viaRecover + 1];
      else [shown, viaSentence] = [firstSentence(d.lines[0] ?? ''), viaSentence + 1];
    }
    if (sameSlug(shown, d.slug)) shownOk++;
    if (at < 0) return;

    withLine++;
    const rest = d.lines.filter((_, j) => j !== at).join('\n');
    const rec = recoverHeadline(d.slug, rest, { background, headlines, minShare: 0 })!;
    if (rec.restored / rec.total >= 0.6) aboveThreshold++;
    const truth = syllablesOf(d.lines[at]);
    const got = syllablesOf(rec.headline);
    const ok = lcs(truth, got);
    [total, exact, found, slugTotal] = [total + truth.length, exact + ok, found + rec.restored, slugTotal + rec.total];
    const isExact = ok === truth.length && got.length === truth.length;
    if (asWritten(d.lines[at]) === asWritten(rec.headline)) writtenExact++;
    if (rec.confidence < LOW_HEADLINE_CONFIDENCE) [byConfidence.low, byConfidence.lowWrong] = [byConfidence.low + 1, byConfidence.lowWrong + Number(!isExact)];
    else [byConfidence.high, byConfidence.highExact] = [byConfidence.high + 1, byConfidence.highExact + Number(isExact)];
    if (ok === truth.length) fullFiles++;
    else if (verbose && setting === 'model') console.log(`${d.name}\n  truth: ${d.lines[at]}\n  got:   ${rec.headline}`);
  });
  }
  const label = { article: 'article words only', model: `article + shipped background model (${modelFile ?? 'src/lib/ingest/headline/data/vi-syllable-model.json.gz'}, loaded in ${loadMs.toFixed(0)} ms) + headline model (${headlinesFile ?? 'src/lib/ingest/headline/data/vi-headline-model.json.gz'})`, folds: `article + collection background (${FOLDS}-fold, file's own fold left out)` };
  console.log(`-- ${label[setting]}`);
  console.log(`files: ${docs.length}  with headline line: ${withLine}`);
  console.log(`(a) shown headline folds to slug: ${pct(shownOk, docs.length)} (${shownOk}/${docs.length}; line ${viaLine}, recovered ${viaRecover}, first sentence ${viaSentence})`);
  console.log(`(b) hidden headline, syllables exact (LCS): ${pct(exact, total)} (${exact}/${total}; slug syllables found ${pct(found, slugTotal)}; files fully exact ${fullFiles}/${withLine}; >= 60% found ${aboveThreshold}/${withLine})`);
  console.log(`(b2) hidden headline, whole headline exact as written (case, tone placement and the punctuation around words aside; 1.600, 30/4, Covid-19 count): ${pct(writtenExact, withLine)} (${writtenExact}/${withLine})`);
  console.log(`(c) confidence < ${LOW_HEADLINE_CONFIDENCE} (a "headline to check"): ${byConfidence.low} headlines, ${byConfidence.lowWrong} of them not exact; above: ${byConfidence.high}, ${byConfidence.highExact} exact`);
}

run('article');
run('model');
if (!args.includes('--no-folds')) run('folds');
