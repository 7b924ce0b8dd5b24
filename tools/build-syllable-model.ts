/**
 * Builds the shipped background model for headline recovery from a plain-text
 * news corpus (one article a file: headline, lede, body, one per line), e.g.
 * the 2017 baomoi.com aggregation:
 *
 *   npx node --max-old-space-size=12000 tools/build-syllable-model.ts <corpus folder> [out.json] [--min-ngram=N] [--trigram-factor=N] [--first-line]
 *
 * (the shipped models: `<baomoi>` alone for src/lib/ingest/headline/data/vi-syllable-model.json.gz,
 * and `<baomoi> src/lib/ingest/headline/data/vi-headline-model.json.gz --first-line --min-ngram=1 --trigram-factor=1 --min-form=1`)
 *
 * Counts come from collectStats, a chunk of files at a time (a JS Map holds at
 * most 2^24 keys), merged into sharded maps, then pruned so the file stays a
 * few MB: n-grams and forms seen fewer than `k` times are dropped; each history
 * keeps the full sum of its followers' counts, so the dropped mass goes to the
 * back-off. The counts are for interpolated modified Kneser-Ney: bigrams carry
 * continuation counts, and the discounts come from the counts of counts before
 * pruning. Spellings keep only the winning spelling,
 * and only where it changes the result of caseOf. Output keys are sorted:
 * reruns give identical bytes, gzipped (the file is always `.json.gz`). Beside the file, `<name>.manifest.json` says what
 * made it (command, corpus, format version, sha256): written and checked by
 * src/lib/models/model-asset.ts.
 *
 * File format (see src/lib/ingest/headline/syllable-model.ts): {
 *   version, source, total,
 *   forms:     { key: { form: count } },
 *   glued:     { key: { form: count } },
 *   contexts:  { history: [count, { next: count }] },   // ngrams nested under their history; next may be `</s>`, the sentence end;
 *                                                        // after one word (not `<s>`): continuation counts
 *   discounts: { bigram: [d1, d2, d3], trigram: [d1, d2, d3] },   // of a count 1, 2, 3 or more
 *   unigrams:  { form: distinct words before it }, unigramTotal,
 *   spellings: { formOrPrevForm: spelling },
 * }
 */
import { readdirSync, readFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectStats, emptyStats, END, START, type SyllableStats } from '../src/lib/ingest/headline/syllable-stats.ts';
import { SYLLABLE_MODEL_FORMAT } from '../src/lib/ingest/headline/syllable-model.ts';
import { writeModelAsset } from '../src/lib/models/model-asset.ts';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('-'));
if (!dir) throw new Error('usage: build-syllable-model.ts <corpus dir> [out.json] [--min-ngram=N] [--trigram-factor=N] [--min-form=N] [--first-line] [--limit=N]');
const out = args.filter((a) => !a.startsWith('-'))[1] ?? fileURLToPath(new URL('../src/lib/ingest/headline/data/vi-syllable-model.json.gz', import.meta.url));
const opt = (name: string, dflt: number) => Number(args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? dflt);
/**
 * Bigrams seen fewer times are dropped (a list writes one file per value, `out` suffixed `-k`, and a
 * list of `--trigram-factor` `xF`: for tuning). 10, not 20, since the sentence end is counted. On
 * unc-dev's hidden headlines, syllables right of 1303 (JSON sizes before gzip): 20 -> 1279 (3.6 MB),
 * 14 -> 1280 (6.6 MB, trigrams at 14), 10 -> 1281 (6.1 MB, 2.1 MB gzipped), whole headlines 80 of
 * 93 with each; trigrams at 10 too: 1282 (8.9 MB, 2.9 MB gzipped) but the model loads in 2.9 s
 * instead of 2.1 s and 75 MB more. (Before the end was counted: 20 against 40 took syllables
 * 0.957 -> 0.964; 8 and 4, 7 and 12 MB, were no better.) Under Kneser-Ney, with the headline
 * model keeping every trigram: 10 and 10x3 -> 1286, whole 81; 7, 7x1, 10x1 -> 1284, whole 79; 14,
 * 14x3, 20 -> 1284, 81; 20x3 -> 1282, 80 (with the headline model's trigrams seen twice or more:
 * 10 -> 1283, 80; 10x1, 7, 7x1 -> 1283, 79).
 */
const MIN_NGRAMS = (args.find((a) => a.startsWith('--min-ngram='))?.split('=')[1] ?? '10').split(',').map(Number);
/**
 * Trigrams need more support than bigrams: they are many and each weighs little (`--trigram-factor=N`;
 * a list as for `--min-ngram`). The headline model keeps every one (1): under Kneser-Ney a trigram
 * seen once in 454,129 headline words still tells `thất thu vì` from `thật thú vị`; unc-dev hidden
 * headlines 1283 -> 1286 syllables, whole 80 -> 81 of 93 (1.0 -> 2.2 MB gzipped; factor 1 under
 * Witten-Bell: 1283, whole 80).
 */
const TRIGRAM_FACTORS = (args.find((a) => a.startsWith('--trigram-factor='))?.split('=')[1] ?? '2').split(',').map(Number);
/** Forms (candidates for a slug syllable) seen fewer times are dropped. */
const MIN_FORM = opt('min-form', 5);
const LIMIT = opt('limit', Infinity);
/** `--first-line`: count each file's first line only, its headline: the model of how headlines are written. */
const FIRST_LINE = args.includes('--first-line');
const CHUNK = 2000;
const SHARDS = 16;

const t0 = performance.now();
const files = readdirSync(dir).filter((n) => n.endsWith('.txt')).sort().slice(0, LIMIT);

// ---- count ---------------------------------------------------------------
const shard = (s: string) => {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
  return (h >>> 0) % SHARDS;
};
const ngrams: Map<string, number>[] = Array.from({ length: SHARDS }, () => new Map());
const global: SyllableStats = emptyStats();
const mergeNested = (into: Map<string, Map<string, number>>, from: Map<string, Map<string, number>>) => {
  for (const [k, m] of from) {
    let t = into.get(k);
    if (!t) into.set(k, (t = new Map()));
    for (const [f, c] of m) t.set(f, (t.get(f) ?? 0) + c);
  }
};
for (let i = 0; i < files.length; i += CHUNK) {
  let chunk = emptyStats();
  for (const name of files.slice(i, i + CHUNK)) {
    // One sentence a line: the same counts (a full stop restarts the history anyway), but
    // collectStats tests the text before each word, which is slow on a one-line body.
    const text = readFileSync(join(dir, name), 'utf8').replace(/\r/g, '');
    if (FIRST_LINE) collectStats(text.slice(0, text.indexOf('\n') >>> 0), chunk);
    else collectStats(text.replace(/(?<=[.!?…])[^\S\n]+(?=[\p{L}\p{N}])/gu, '\n'), chunk);
  }
  for (const [k, c] of chunk.ngrams) {
    const m = ngrams[shard(k)];
    m.set(k, (m.get(k) ?? 0) + c);
  }
  mergeNested(global.forms, chunk.forms);
  mergeNested(global.glued, chunk.glued);
  mergeNested(global.spellings, chunk.spellings);
  global.total += chunk.total;
  chunk = emptyStats();
  process.stderr.write(`\r${Math.min(i + CHUNK, files.length)}/${files.length} files, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
}
process.stderr.write('\n');

// ---- Kneser-Ney counts ----------------------------------------------------
// A bigram's continuation count is how many distinct words precede it (`Francisco` follows
// one word however often it is written): the bigram level is what the trigrams back off to,
// so it should say which words follow many histories, not which are frequent. Bigrams after
// the sentence start have no predecessor and keep their raw counts, as do the trigrams.
const continuation: Map<string, number>[] = Array.from({ length: SHARDS }, () => new Map());
/** Word -> distinct words before it: the unigram level, likewise. */
const unigramContinuation = new Map<string, number>();
for (const m of ngrams) {
  for (const k of m.keys()) {
    const rest = k.slice(k.indexOf(' ') + 1);
    const into = rest.includes(' ') ? continuation[shard(rest)] : unigramContinuation;
    into.set(rest, (into.get(rest) ?? 0) + 1);
  }
}
/** Counts the smoothing discounts a bigram or trigram by. */
const effective = (k: string, c: number, order: number) => (order === 3 || k.startsWith(`${START} `) ? c : (continuation[shard(k)].get(k) ?? c));

// ---- contexts: [sum of counts, kept followers] and counts of counts -------
/** history -> [sum of its followers' counts, kept followers as [word, count, raw count]] */
const contexts = new Map<string, [number, [string, number, number][] | null]>();
/** order -> how many n-grams have count 1, 2, 3, 4: the modified Kneser-Ney discounts. */
const countsOfCounts: Record<number, number[]> = { 2: [0, 0, 0, 0], 3: [0, 0, 0, 0] };
for (const m of ngrams) {
  for (const [k, c] of m) {
    const cut = k.lastIndexOf(' ');
    const history = k.slice(0, cut);
    const order = history.includes(' ') ? 3 : 2;
    const n = effective(k, c, order);
    if (n <= 4) countsOfCounts[order][n - 1]++;
    let ctx = contexts.get(history);
    if (!ctx) contexts.set(history, (ctx = [0, null]));
    ctx[0] += n;
    // Pruned on the raw count: a bigram seen often after one word is still worth its line.
    if (c >= Math.min(...MIN_NGRAMS) * (order === 2 ? 1 : Math.min(...TRIGRAM_FACTORS))) (ctx[1] ??= []).push([k.slice(cut + 1), n, c]);
  }
  m.clear();
}
/** Modified Kneser-Ney (Chen and Goodman): a discount for counts 1, 2 and 3 or more, from the counts of counts. */
const discountsOf = ([n1, n2, n3, n4]: number[]) => {
  const y = n1 / (n1 + 2 * n2);
  return [1 - (2 * y * n2) / n1, 2 - (3 * y * n3) / n2, 3 - (4 * y * n4) / n3].map((d) => Math.round(d * 1e4) / 1e4);
};
const discounts = { bigram: discountsOf(countsOfCounts[2]), trigram: discountsOf(countsOfCounts[3]) };
let unigramTotal = 0;
for (const c of unigramContinuation.values()) unigramTotal += c;
process.stderr.write(`discounts ${JSON.stringify(discounts)}; counts of counts ${JSON.stringify(countsOfCounts)}\n`);

// ---- prune and write -----------------------------------------------------
const sortedObj = <V>(entries: Iterable<[string, V]>) => Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
const formsOut = (src: Map<string, Map<string, number>>) =>
  sortedObj(
    [...src]
      .map(([k, m]) => [k, sortedObj([...m].filter(([, c]) => c >= MIN_FORM))] as [string, Record<string, number>])
      .filter(([, m]) => Object.keys(m).length > 0),
  );
const forms = formsOut(global.forms);
const glued = formsOut(global.glued);

/** Winning spelling, as caseOf's `majority` picks it (ties keep the lower-case form, then the first seen). */
const winner = (key: string, form: string): string | undefined => {
  const seen = global.spellings.get(key);
  if (!seen) return undefined;
  let [best, bestCount] = [form, seen.get(form) ?? 0];
  for (const [s, c] of seen) if (c > bestCount) [best, bestCount] = [s, c];
  return best;
};
const keptForms = new Set(Object.values(forms).flatMap((m) => Object.keys(m)).concat(Object.values(glued).flatMap((m) => Object.keys(m))));
for (const [MIN_NGRAM, TRIGRAM_FACTOR] of MIN_NGRAMS.flatMap((n) => TRIGRAM_FACTORS.map((f) => [n, f]))) {
const MIN_TRIGRAM = MIN_NGRAM * TRIGRAM_FACTOR;
/** Only histories that keep a follower (or whose back-off weight matters: START). */
const minCount = (h: string) => (h.includes(' ') ? MIN_TRIGRAM : MIN_NGRAM);
const ctxOut = sortedObj(
  [...contexts]
    .map(([h, [n, kept]]) => [h, n, (kept ?? []).filter(([, , c]) => c >= minCount(h))] as const)
    .filter(([h, , kept]) => kept.length > 0 || h === START)
    .map(([h, n, kept]) => [h, [n, sortedObj(kept.map(([f, c]) => [f, c]))]] as [string, unknown]),
);
const spellings = new Map<string, string>();
const spellingKeys = [...global.spellings.keys()];
// Unigram keys first: a `prev form` key is kept only when it says something they do not.
for (const pass of [1, 2]) {
  for (const key of spellingKeys) {
    const cut = key.indexOf(' ');
    if ((cut < 0) !== (pass === 1)) continue;
    const form = cut < 0 ? key : key.slice(cut + 1);
    if (!keptForms.has(form)) continue;
    let total = 0;
    for (const c of global.spellings.get(key)!.values()) total += c;
    if (total < (cut < 0 ? MIN_FORM : MIN_NGRAM)) continue;
    const best = winner(key, form)!;
    // Absent unigram key -> caller keeps the form; absent pair key -> caller falls back to the unigram key.
    const fallback = cut < 0 ? form : (spellings.get(form) ?? form);
    if (best !== fallback) spellings.set(key, best);
  }
}

const model = {
  version: SYLLABLE_MODEL_FORMAT.version,
  source: `${files.length} files of ${dir.replace(/\/+$/, '').split('/').pop()}${FIRST_LINE ? ', first lines (headlines) only' : ''}; min n-gram ${MIN_NGRAM}, trigram ${MIN_TRIGRAM}, form ${MIN_FORM}`,
  total: global.total,
  forms,
  glued,
  contexts: ctxOut,
  discounts,
  // Only forms a slug can turn into, and the sentence end; the total counts them all.
  unigrams: sortedObj([...unigramContinuation].filter(([f]) => keptForms.has(f) || f === END)),
  unigramTotal,
  spellings: sortedObj(spellings),
};
const suffix = `${MIN_NGRAMS.length > 1 ? `-${MIN_NGRAM}` : ''}${TRIGRAM_FACTORS.length > 1 ? `x${TRIGRAM_FACTOR}` : ''}`;
const file = out.replace(/\.json(?:\.gz)?$/, `${suffix}.json.gz`);
mkdirSync(dirname(file), { recursive: true });
const json = JSON.stringify(model);
// What made the file, beside it: the loader refuses a model its manifest does not describe.
writeModelAsset(file, gzipSync(json, { level: 9 }), {
  ...SYLLABLE_MODEL_FORMAT,
  source: model.source,
  corpus: { name: basename(dir.replace(/\/+$/, '')), files: files.length, words: global.total },
  // This file's own command: one threshold each, the file as output (a list run writes the same bytes).
  command: `npx node --max-old-space-size=12000 tools/build-syllable-model.ts ${[dir, file, ...args.filter((a) => a.startsWith('-') && !/^--(min-ngram|trigram-factor)=/.test(a)), `--min-ngram=${MIN_NGRAM}`, `--trigram-factor=${TRIGRAM_FACTOR}`].join(' ')}`,
});
const kept = Object.values(ctxOut).reduce((a: number, v) => a + Object.keys((v as [number, object])[1]).length, 0);
console.log(
  `${file}: ${(json.length / 1e6).toFixed(2)} MB (chars); ${global.total} words; forms ${Object.keys(forms).length} keys; ` +
    `histories ${Object.keys(ctxOut).length}/${contexts.size}; n-grams kept ${kept}; spellings ${spellings.size}; ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);
}
