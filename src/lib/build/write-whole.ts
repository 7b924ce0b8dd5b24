import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { threadId } from 'node:worker_threads';

/**
 * Writes a file whole or not at all (a temporary file beside it, then a rename): every file a
 * later build reads back goes through here, so a killed build never leaves half a file to trust.
 */
export function writeFileWhole(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  // Threads of one process may write the same file (two articles with the same bytes).
  const temp = tempOf(file);
  writeFileSync(temp, text);
  renameSync(temp, file);
}

const tempOf = (file: string) => `${file}.tmp-${process.pid}-${threadId}`;

/** A file written piece by piece, whole or not at all: nothing is at `file` until `commit`. */
export interface WholeFile {
  write(bytes: Uint8Array): void;
  commit(): void;
  /** Leaves `file` as it was. */
  abort(): void;
}

/** `writeFileWhole` for a file too large to hold whole in memory before writing. */
export function openFileWhole(file: string): WholeFile {
  mkdirSync(dirname(file), { recursive: true });
  const temp = tempOf(file);
  const fd = openSync(temp, 'w');
  let open = true;
  const close = () => {
    if (open) closeSync(fd);
    open = false;
  };
  return {
    write(bytes) {
      for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done);
    },
    commit() {
      close();
      renameSync(temp, file);
    },
    abort() {
      close();
      rmSync(temp, { force: true });
    },
  };
}
