// A worker thread of the parse pool (parse-pool.ts): Node runs this file from the source tree
// (types stripped), outside Vite, so it imports by relative path.
import { parentPort } from 'node:worker_threads';
import { syncFileJob, type FileJob } from './parse-file.ts';

parentPort!.on('message', ({ id, job }: { id: number; job: FileJob }) => {
  try {
    parentPort!.postMessage({ id, outcome: syncFileJob(job) });
  } catch (error) {
    parentPort!.postMessage({ id, error: (error as Error).message });
  }
});
