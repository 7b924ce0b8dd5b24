import { join } from 'node:path';
import { takeRecord } from '../lib/build/take-record.ts';
import { writeFileWhole } from '../lib/build/write-whole.ts';

/** Kept in Astro's cache folder for this content folder, beside the data store. */
const stampsFile = (cacheDir: string) => join(cacheDir, 'file-stamps.json');

/**
 * What the last finished load saw of each content file: its stamp (modification time and size)
 * and the digest of the stored entry it gave. A file with the same stamp whose stored entry still
 * has that digest is not read again: at 35,000 files, reading and hashing every file was seconds
 * of every rebuild. The digest ties the stamp to the store, so a store older than the stamps (a
 * build killed between the two) is never trusted.
 */
export type FileStamps = Map<string, string>;

/** The stamp and stored digest of one file, as recorded. */
export const stampEntry = (stamp: string, digest: string) => `${stamp} ${digest}`;

/** The last load's stamps, removed as they are read (see takeRecord); `salt` must match. */
export async function takeStamps(cacheDir: string, salt: string): Promise<FileStamps> {
  const saved = await takeRecord<{ salt: string; files: Record<string, string> }>(stampsFile(cacheDir));
  return new Map(saved?.salt === salt ? Object.entries(saved.files) : []);
}

/** Records this load's stamps once it has finished. */
export function writeStamps(cacheDir: string, salt: string, stamps: FileStamps): void {
  writeFileWhole(stampsFile(cacheDir), JSON.stringify({ salt, files: Object.fromEntries(stamps) }));
}
