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

/** The shipped models: news text (bodies and headlines), and headlines alone (how they are worded). */
const MODELS = ['vi-syllable-model', 'vi-headline-model'] as const;
type ModelName = (typeof MODELS)[number];
const fileUrl = (name: ModelName, ext: string) => new URL(`./data/${name}${ext}`, import.meta.url);
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

const loaded = new Map<ModelName, SyllableStats>();

const nested = (obj: Record<string, Record<string, number>>) =>
  new Map(Object.entries(obj).map(([k, m]) => [k, new Map(Object.entries(m))]));

/** Expands the file into the maps recoverHeadline reads. */
export function expandModel(file: ModelFile): SyllableStats {
  const stats = emptyStats();
  stats.total = file.total;
  stats.forms = nested(file.forms);
  stats.glued = nested(file.glued);
  for (const [history, [n, types, next]] of Object.entries(file.contexts)) {
    // The file keeps a history's full count but only its frequent followers: the others' count
    // goes to the back-off, or it would vanish from the distribution (`thú vị đôi` pruned, so
    // P(đôi | thú vị) fell below P(đôi | vị)). unc-dev hidden headlines: 75 -> 77 of 93 exact.
    let kept = 0;
    for (const [word, c] of Object.entries(next)) {
      stats.ngrams.set(`${history} ${word}`, c);
      kept += c;
    }
    stats.contexts.set(history, [n, types, types + n - kept]);
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

const readManifest = (name: ModelName) => JSON.parse(readFileSync(fileUrl(name, '.manifest.json'), 'utf8')) as ModelManifest;

/** A shipped model, read once per process, checked against its manifest: the one way models are loaded. */
function loadModel(name: ModelName): SyllableStats {
  const cached = loaded.get(name);
  if (cached) return cached;
  const bytes = readFileSync(fileUrl(name, '.json'));
  const problem = modelFileProblem(readManifest(name), createHash('sha256').update(bytes).digest('hex'));
  if (problem) throw new Error(problem);
  const model = expandModel(JSON.parse(bytes.toString('utf8')) as ModelFile);
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
