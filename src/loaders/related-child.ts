// The related stage in a process of its own (related-stage.ts starts it): Node runs this file from
// the source tree (types stripped), outside Vite, so it imports by relative path.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { storedJson, storeJson } from '../lib/build/cached-json.ts';
import { RELATED_EXCLUDES } from '../lib/build/code-digest.ts';
import { codeKey } from '../lib/build/corpus-key.ts';
import { openFileWhole, type WholeFile } from '../lib/build/write-whole.ts';
import type { TokenMemo } from '../lib/related/doc-tokens.ts';
import { buildRelatedIndexOnThreads } from '../lib/related/on-threads.ts';
import { decodeTokenStore, TokenStoreWriter } from '../lib/related/token-store.ts';
import { RELATED_CACHE, relatedInputsKept, type RelatedJob } from './related-stage.ts';

// The job's file (related-stage.ts wrote it whole), read once and removed.
const jobFile = process.argv[2]!;
const job = JSON.parse(readFileSync(jobFile, 'utf8')) as RelatedJob;
rmSync(jobFile, { force: true });

// A rebuild whose corpus and code are unchanged finds its lists where the last build left them.
try {
  if (!storedJson(job.cacheDir, RELATED_CACHE, job.key)) {
    // Neither the entries (spliced out of the job) nor the inputs are held while the stages run:
    // the inputs' texts go once vectorized (on-threads.ts).
    const tokens = tokenMemo(job);
    const salt = codeKey(['related-bylines'], job.root, RELATED_EXCLUDES);
    const inputs = relatedInputsKept(job.articles.splice(0), job.cacheDir, job.contentDir, (key) => tokens.stored.docs.has(key), salt);
    const { lists, sections } = await buildRelatedIndexOnThreads(inputs.splice(0), { limit: job.limit, tokens }, job.root);
    storeJson(job.cacheDir, RELATED_CACHE, job.key, { lists: [...lists], sections: [...sections] });
  }
} catch (error) {
  // One line, the last on standard error: what the build reports.
  process.stderr.write(`${(error as Error).message.replace(/\s+/g, ' ')}\n`);
  process.exitCode = 1;
}

/**
 * The documents' tokens the last build kept (empty after a change of the engine's code), and where
 * this build's go, written as they are counted: a rebuild after a few new articles tokenises only
 * theirs. A failure to write costs the next build time, not correctness.
 */
function tokenMemo(job: RelatedJob): TokenMemo {
  const file = join(job.cacheDir, 'build', 'related-tokens.bin');
  const salt = codeKey(['related-tokens'], job.root, RELATED_EXCLUDES);
  let bytes: Uint8Array = new Uint8Array(0);
  try {
    bytes = readFileSync(file);
  } catch {
    // None yet: every document is tokenised.
  }
  // Undefined once writing failed: the store is then left as it was.
  let out: WholeFile | undefined;
  try {
    out = openFileWhole(file);
  } catch {
    out = undefined;
  }
  const writer = new TokenStoreWriter(salt, (chunk) => out?.write(chunk));
  const fail = () => {
    out?.abort();
    out = undefined;
  };
  const memo: TokenMemo = {
    stored: decodeTokenStore(salt, bytes),
    keep(key, tokens) {
      try {
        if (out) writer.add(key, tokens);
      } catch {
        fail();
      }
    },
    close(words, used) {
      memo.stored = { words, docs: new Map() };
      if (!out) return;
      try {
        // Words of deleted articles stay in the list; once they outnumber the used ones, the next
        // build starts a new list (tokenising everything once) instead of carrying them on.
        if (words.list.length > 2 * used + 65_536) fail();
        else {
          writer.finish(words);
          out.commit();
        }
      } catch {
        fail();
      }
    },
  };
  return memo;
}
