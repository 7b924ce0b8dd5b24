// The related stage in a process of its own (related-stage.ts starts it): Node runs this file from
// the source tree (types stripped), outside Vite, so it imports by relative path.
import { readFileSync, rmSync } from 'node:fs';
import { storedJson, storeJson } from '../lib/build/cached-json.ts';
import { buildRelatedIndexOnThreads } from '../lib/related/on-threads.ts';
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
    const { lists, sections } = await buildRelatedIndexOnThreads(relatedInputsOf(job.articles.splice(0), job.cacheDir, job.contentDir), { limit: job.limit }, job.root);
    storeJson(job.cacheDir, RELATED_CACHE, job.key, { lists: [...lists], sections: [...sections] });
  }
} catch (error) {
  // One line, the last on standard error: what the build reports.
  process.stderr.write(`${(error as Error).message.replace(/\s+/g, ' ')}\n`);
  process.exitCode = 1;
}
