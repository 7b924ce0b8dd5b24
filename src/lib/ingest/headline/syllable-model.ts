import { gunzipSync } from 'node:zlib';
import { readModelAsset } from '../../models/model-asset.ts';
import { emptyStats, type SyllableStats } from './syllable-stats.ts';

/**
 * The shipped background for headline recovery: syllable counts of a fixed
 * Vietnamese news corpus (built by tools/build-syllable-model.ts), so a slug's
 * marks come back even when the article never writes the word, while a file's
 * parse still depends only on that file (and this fixed model).
 */
interface ModelFile {
  version: number;
  total: number;
  forms: Record<string, Record<string, number>>;
  glued: Record<string, Record<string, number>>;
  /**
   * history -> [sum of its followers' counts, kept followers -> count]: raw counts after two
   * words or the sentence start, else continuation counts (distinct words before the pair)
   */
  contexts: Record<string, [number, Record<string, number>]>;
  /** Modified Kneser-Ney discounts of a count 1, 2, and 3 or more, by order. */
  discounts: { bigram: number[]; trigram: number[] };
  /** form -> distinct words seen before it, and their total over every form. */
  unigrams: Record<string, number>;
  unigramTotal: number;
  /** lower-case form, or `prev form` -> the spelling mostly seen mid-sentence */
  spellings: Record<string, string>;
}

/** The shipped models: news text (bodies and headlines), and headlines alone (how they are worded). */
const MODELS = ['vi-syllable-model', 'vi-headline-model'] as const;
type ModelName = (typeof MODELS)[number];
/** Where they live, from the project root. */
export const SYLLABLE_MODEL_DIR = 'src/lib/ingest/headline/data';
/**
 * The file format this code reads: the JSON below, gzipped (a third of the bytes, so a model
 * keeping more n-grams fits). Version 2: contexts count the sentence end (END) as a follower.
 * Version 3: counts for Kneser-Ney smoothing (continuation counts, discounts).
 */
export const SYLLABLE_MODEL_FORMAT = { format: 'syllable-counts-json-gzip', version: 3 };
/** A model's file, from the project root. */
export const syllableModelFile = (name: string) => `${SYLLABLE_MODEL_DIR}/${name}.json.gz`;

const loaded = new Map<ModelName, SyllableStats>();

const nested = (obj: Record<string, Record<string, number>>) =>
  new Map(Object.entries(obj).map(([k, m]) => [k, new Map(Object.entries(m))]));

/** Expands the file into the maps recoverHeadline reads. */
export function expandModel(file: ModelFile): SyllableStats {
  const stats = emptyStats();
  stats.total = file.total;
  stats.forms = nested(file.forms);
  stats.glued = nested(file.glued);
  for (const [history, [n, next]] of Object.entries(file.contexts)) {
    // Interpolated Kneser-Ney: each kept follower gives up its discount, and the history's
    // back-off weight is all its count the kept followers do not hold (the discounts, and the
    // pruned followers' whole count: dropped from the file, not from the distribution).
    const discount = file.discounts[history.includes(' ') ? 'trigram' : 'bigram'];
    let kept = 0;
    for (const [word, c] of Object.entries(next)) {
      const left = c - discount[Math.min(c, 3) - 1];
      stats.ngrams.set(`${history} ${word}`, left);
      kept += left;
    }
    stats.contexts.set(history, [n, 0, n - kept]);
  }
  stats.unigrams = { counts: new Map(Object.entries(file.unigrams)), total: file.unigramTotal };
  // caseOf only asks which spelling wins: one count is enough.
  for (const [key, spelling] of Object.entries(file.spellings)) stats.spellings.set(key, new Map([[spelling, 1]]));
  return stats;
}

/** A shipped model, read once per process and checked against its manifest (readModelAsset). */
function loadModel(name: ModelName): SyllableStats {
  const cached = loaded.get(name);
  if (cached) return cached;
  const bytes = gunzipSync(readModelAsset(syllableModelFile(name), SYLLABLE_MODEL_FORMAT));
  const model = expandModel(JSON.parse(new TextDecoder().decode(bytes)) as ModelFile);
  loaded.set(name, model);
  return model;
}

/** The background model: syllables of a news corpus, bodies and headlines. */
export function loadSyllableModel(): SyllableStats {
  return loadModel('vi-syllable-model');
}

/** The headline model: the same corpus's headlines alone, whose wording differs from body text. */
export function loadHeadlineModel(): SyllableStats {
  return loadModel('vi-headline-model');
}
