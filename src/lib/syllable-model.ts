import { createHash } from 'node:crypto';
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
const MANIFEST_URL = new URL('./data/vi-syllable-model.manifest.json', import.meta.url);
/** The file format this code reads. */
const FORMAT_VERSION = 1;

/** What made the model file, written beside it by bench/build-syllable-model.ts. */
export interface ModelManifest {
  file: string;
  version: number;
  sha256: string;
  bytes: number;
  source: string;
  corpus: { name: string; files: number; words: number };
  command: string;
}

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

/**
 * Why the model file cannot be trusted, or undefined: its manifest must vouch for the same
 * bytes (sha256) in the format this code reads. A file edited by hand, cut short or rebuilt
 * without its manifest would restore headlines differently with no trace; this names the
 * file and the fix instead.
 */
export function modelFileProblem(manifest: ModelManifest, sha256: string): string | undefined {
  const fix = `rebuild both with \`${manifest.command}\` or restore them from git`;
  if (sha256 !== manifest.sha256) {
    return `src/lib/data/${manifest.file}: its sha256 ${sha256.slice(0, 12)}… is not the ${manifest.sha256.slice(0, 12)}… of its manifest; ${fix}`;
  }
  if (manifest.version !== FORMAT_VERSION) {
    return `src/lib/data/${manifest.file}: format version ${manifest.version}, this code reads ${FORMAT_VERSION}; ${fix}`;
  }
  return undefined;
}

/** The model's sha256, from its manifest: what a cache of parsed articles must be keyed by too. */
export function syllableModelDigest(): string {
  return (JSON.parse(readFileSync(MANIFEST_URL, 'utf8')) as ModelManifest).sha256;
}

/** The background model, read once per process, checked against its manifest. */
export function loadSyllableModel(): SyllableStats {
  if (model) return model;
  const bytes = readFileSync(MODEL_URL);
  const manifest = JSON.parse(readFileSync(MANIFEST_URL, 'utf8')) as ModelManifest;
  const problem = modelFileProblem(manifest, createHash('sha256').update(bytes).digest('hex'));
  if (problem) throw new Error(problem);
  return (model = expandModel(JSON.parse(bytes.toString('utf8')) as ModelFile));
}
