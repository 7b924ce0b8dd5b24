import { readFileSync } from 'node:fs';
import { emptyStats, type SyllableStats } from './syllable-stats.ts';

/**
 * The shipped background for headline recovery: syllable counts of a fixed
 * Vietnamese news corpus (built by bench/build-syllable-model.ts), so a slug's
 * marks come back even when the article never writes the word, while a file's
 * parse still depends only on that file (and this fixed model).
 */
interface ModelFile {
  version: number;
  total: number;
  forms: Record<string, Record<string, number>>;
  glued: Record<string, Record<string, number>>;
  /** history -> [times followed, distinct followers, kept followers -> count] */
  contexts: Record<string, [number, number, Record<string, number>]>;
  /** lower-case form, or `prev form` -> the spelling mostly seen mid-sentence */
  spellings: Record<string, string>;
}

const MODEL_URL = new URL('./data/vi-syllable-model.json', import.meta.url);

let model: SyllableStats | undefined;

const nested = (obj: Record<string, Record<string, number>>) =>
  new Map(Object.entries(obj).map(([k, m]) => [k, new Map(Object.entries(m))]));

/** Expands the file into the maps recoverHeadline reads. */
export function expandModel(file: ModelFile): SyllableStats {
  const stats = emptyStats();
  stats.total = file.total;
  stats.forms = nested(file.forms);
  stats.glued = nested(file.glued);
  for (const [history, [n, types, next]] of Object.entries(file.contexts)) {
    stats.contexts.set(history, [n, types]);
    for (const [word, c] of Object.entries(next)) stats.ngrams.set(`${history} ${word}`, c);
  }
  // caseOf only asks which spelling wins: one count is enough.
  for (const [key, spelling] of Object.entries(file.spellings)) stats.spellings.set(key, new Map([[spelling, 1]]));
  return stats;
}

/** The background model, read once per process. */
export function loadSyllableModel(): SyllableStats {
  return (model ??= expandModel(JSON.parse(readFileSync(MODEL_URL, 'utf8')) as ModelFile));
}
