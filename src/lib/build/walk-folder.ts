import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** What `walkFolder` finds: paths relative to the folder walked, with the platform's separators. */
export interface WalkedFolder {
  files: string[];
  folders: string[];
}

/**
 * Every file and folder below `root`, reading up to `limit` folders at once. Node's
 * `readdir(root, { recursive: true })` reads one folder after another: 4–6 s for the 44,000
 * folders of a 35k-article `dist/`, against under 1 s this way. A symbolic link is listed as a
 * file and never walked into (Node walks into a link to a folder, and clearing `dist/` would then
 * remove files through it). Rejects when a folder cannot be read (the root missing included).
 * Order is not defined.
 */
export function walkFolder(root: string, limit = 64): Promise<WalkedFolder> {
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
            else {
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
