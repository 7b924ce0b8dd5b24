import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { digestAll } from '../lib/build/digest.ts';

let cache: string | undefined;

/**
 * A digest of the project's pure library (`src/lib`, models included): part of the key of every
 * value cached between builds, so a change of the code that computed it means computing it again.
 */
export function libraryDigest(): string {
  if (cache) return cache;
  const dir = join(process.cwd(), 'src', 'lib');
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
  cache = digestAll(files.flatMap((file) => [file.slice(dir.length), readFileSync(file, 'utf8')]));
  return cache;
}
