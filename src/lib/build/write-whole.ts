import { closeSync, mkdirSync, openSync, renameSync, writeFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { threadId } from 'node:worker_threads';

/**
 * Writes a file whole or not at all (a temporary file beside it, then a rename): every file a
 * later build reads back goes through here, so a killed build never leaves half a file to trust.
 */
export function writeFileWhole(file: string, content: string | Iterable<Uint8Array>): void {
  mkdirSync(dirname(file), { recursive: true });
  // Threads of one process may write the same file (two articles with the same bytes).
  const temp = `${file}.tmp-${process.pid}-${threadId}`;
  if (typeof content === 'string') writeFileSync(temp, content);
  else {
    // Chunk by chunk: a large binary file is never held whole.
    const fd = openSync(temp, 'w');
    try {
      for (const chunk of content) for (let done = 0; done < chunk.length; ) done += writeSync(fd, chunk, done);
    } finally {
      closeSync(fd);
    }
  }
  renameSync(temp, file);
}
