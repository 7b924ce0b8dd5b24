// The related stage in a process of its own (related-stage.ts starts it): Node runs this file from
// the source tree (types stripped), outside Vite, so it imports by relative path.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { storedJson, storeJson } from '../lib/build/cached-json.ts';
import { RELATED_EXCLUDES } from '../lib/build/code-digest.ts';
import { codeKey } from '../lib/build/corpus-key.ts';
import { writeFileWhole } from '../lib/build/write-whole.ts';
import type { TokenMemo } from '../lib/related/doc-tokens.ts';
import { buildRelatedIndexOnThreads } from '../lib/related/on-threads.ts';
import { decodeTokenStore, tokenStoreChunks } from '../lib/related/token-store.ts';
import { RELATED_CACHE, relatedInputsOf, type RelatedJob } from './related-stage.ts';

// The job's file (related-stage.ts wrote it whole), read once and removed.
const jobFile = process.argv[2]!;
const job = JSON.parse(readFileSync(jobFile, 'utf8')) as RelatedJob;
rmSync(jobFile, { force: true });

// A rebuild whose corpus and code are unchanged finds its lists where the last build left them.
try {
  if (!storedJson(job.cacheDir, RELATED_CACHE, job.key)) {
    // Neither the entries (spliced out of the job) nor the inputs are held while the stages run:
    // the inputs' texts go once vectorized (on-threads.ts).
    const options = { limit: job.limit, tokens: tokenMemo(job) };
    const { lists, sections } = await buildRelatedIndexOnThreads(relatedInputsOf(job.articles.splice(0), job.cacheDir, job.contentDir), options, job.root);
    storeJson(job.cacheDir, RELATED_CACHE, job.key, { lists: [...lists], sections: [...sections] });
  }
} catch (error) {
  // One line, the last on standard error: what the build reports.
  process.stderr.write(`${(error as Error).message.replace(/\s+/g, ' ')}\n`);
  process.exitCode = 1;
}

/**
 * The documents' tokens the last build kept (empty after a change of the engine's code), and where
 * this build's go: a rebuild after a few new articles tokenises only theirs. The store is let go
 * once counted, before the stages that need the memory.
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
  const memo: TokenMemo = {
    stored: decodeTokenStore(salt, bytes),
    keep(next) {
      memo.stored = { words: next.words, docs: new Map() };
      try {
        writeFileWhole(file, tokenStoreChunks(salt, next));
      } catch {
        // Only the next build's time is lost: it tokenises everything.
      }
    },
  };
  return memo;
}
