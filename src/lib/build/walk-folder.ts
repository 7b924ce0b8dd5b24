import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** What `walkFolder` finds: paths relative to the folder walked, with the platform's separators. */
export interface WalkedFolder {
  files: string[];
  folders: string[];
}

/**
 * Every file and folder below `root` (a symbolic link is listed as a file, never walked into, where
 * Node's recursive readdir walks into a link to a folder and the output's clearing would have
 * removed files through it), reading up to
 * `limit` folders at once. Node's `readdir(root, { recursive: true })` reads one folder after
 * another: 4–6 s for the 44,000 folders of a 35k-article `dist/`, against under 1 s this way.
 * `enter` says whether to walk into a folder, by its name (its files are then not listed either).
 * Rejects when a folder cannot be read (the root missing included). Order is not defined.
 */
export function walkFolder(root: string, options: { limit?: number; enter?: (name: string) => boolean } = {}): Promise<WalkedFolder> {
  const { limit = 64, enter = () => true } = options;
  const found: WalkedFolder = { files: [], folders: [] };
  const waiting = [''];
  let reading = 0;
  return new Promise((done, fail) => {
    let failed = false;
    const next = () => {
      if (failed) return;
      if (waiting.length === 0 && reading === 0) return done(found);
      while (reading < limit && waiting.length > 0) {
        const folder = waiting.pop()!;
        reading++;
        readdir(join(root, folder), { withFileTypes: true }).then((entries) => {
          for (const entry of entries) {
            const path = folder ? join(folder, entry.name) : entry.name;
            if (!entry.isDirectory()) found.files.push(path);
            else if (enter(entry.name)) {
              found.folders.push(path);
              waiting.push(path);
            }
          }
          reading--;
          next();
        }, (error: unknown) => {
          failed = true;
          fail(error);
        });
      }
    };
    next();
  });
}
