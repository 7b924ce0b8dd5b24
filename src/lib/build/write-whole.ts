import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { threadId } from 'node:worker_threads';

/**
 * Writes a file whole or not at all (a temporary file beside it, then a rename): every file a
 * later build reads back goes through here, so a killed build never leaves half a file to trust.
 */
export function writeFileWhole(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  // Threads of one process may write the same file (two articles with the same bytes).
  const temp = `${file}.tmp-${process.pid}-${threadId}`;
  writeFileSync(temp, text);
  renameSync(temp, file);
}
