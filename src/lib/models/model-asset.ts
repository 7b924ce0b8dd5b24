import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What made a shipped model file, written beside it (`<name>.manifest.json`) by the tool that
 * built it: the loader refuses bytes the manifest does not vouch for, so a model edited by hand,
 * cut short or rebuilt without its manifest cannot change headlines or related lists unseen.
 */
export interface ModelManifest {
  /** The model file's name, beside the manifest. */
  file: string;
  /** What the bytes are (`syllable-counts-json`, `topic-lsa-int8`): a loader reads one format. */
  format: string;
  /** Version of that format. */
  version: number;
  sha256: string;
  bytes: number;
  /** What the model was built from and how it was pruned, in words. */
  source: string;
  corpus: { name: string; files: number; words?: number };
  /** The command that rebuilds it, run from the project root. */
  command: string;
}

/** The format (and its version) a loader reads. */
export interface ModelFormat {
  format: string;
  version: number;
}

/** `x.bin` and `x.json.gz` -> `x.manifest.json`. */
const manifestPath = (path: string) => path.replace(/(?:\.[a-z]+)+$/, '.manifest.json');
const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Why a model file cannot be trusted, or undefined: its manifest must vouch for the same bytes
 * (sha256) in the format and version the loader reads. The message names the file and the fix.
 *
 * @example modelAssetProblem('src/lib/related/data/related-topics.bin', manifest, 'ab12…', { format: 'topic-lsa-int8', version: 1 })
 */
export function modelAssetProblem(path: string, manifest: ModelManifest, sha256: string, want: ModelFormat): string | undefined {
  const fix = `rebuild it with \`${manifest.command}\` or restore it and its manifest from git`;
  if (sha256 !== manifest.sha256) {
    return `${path}: its sha256 ${sha256.slice(0, 12)}… is not the ${manifest.sha256.slice(0, 12)}… of its manifest; ${fix}`;
  }
  if (manifest.format !== want.format || manifest.version !== want.version) {
    return `${path}: format ${manifest.format} version ${manifest.version}, this code reads ${want.format} version ${want.version}; ${fix}`;
  }
  return undefined;
}

/**
 * The bytes of a shipped model, checked against its manifest: the one way models are loaded.
 * `path` is relative to the project root, the working directory of every build, test, bench
 * and tool (as for the code digests): once Vite bundles a module, a path relative to it
 * would not hold. Throws the problem, with the command that rebuilds the model.
 *
 * @example readModelAsset('src/lib/related/data/related-topics.bin', { format: 'topic-lsa-int8', version: 1 })
 */
export function readModelAsset(path: string, want: ModelFormat, root = process.cwd()): Uint8Array {
  const manifestFile = join(root, manifestPath(path));
  let manifest: ModelManifest;
  try {
    manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as ModelManifest;
  } catch (error) {
    throw new Error(`${manifestPath(path)}: cannot read the model's manifest (${(error as Error).message}); restore it from git or rebuild the model with its tool under tools/`);
  }
  const bytes = readFileSync(join(root, path));
  const problem = modelAssetProblem(path, manifest, sha256Of(bytes), want);
  if (problem) throw new Error(problem);
  return bytes;
}

/**
 * Writes a model and its manifest (for the tools under `tools/` that build models), so what
 * the loader checks is always written the same way. Returns the manifest.
 */
export function writeModelAsset(file: string, bytes: Uint8Array, about: Omit<ModelManifest, 'file' | 'sha256' | 'bytes'>): ModelManifest {
  const manifest: ModelManifest = {
    file: file.slice(file.lastIndexOf('/') + 1),
    format: about.format,
    version: about.version,
    sha256: sha256Of(bytes),
    bytes: bytes.length,
    source: about.source,
    corpus: about.corpus,
    command: about.command,
  };
  writeFileSync(file, bytes);
  writeFileSync(manifestPath(file), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
