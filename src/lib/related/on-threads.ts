import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { buildRelatedIndexWithSections, prepare, rankSecondStage, relatedIndexOf, secondStageOf, type Prepared, type RelatedIndex } from './build-related-index.ts';
import { rankFirstStage } from './first-stage.ts';
import { packRanked, unpackRanked } from './ranked-rows.ts';
import type { RelatedInput, RelatedOptions } from './types.ts';

/** Below this many articles a second thread costs more to start and feed than it saves. */
export const THREADED_FROM = 3000;

/** One request to the worker, answered by its next message. */
function ask<T>(worker: Worker, message: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    worker.once('error', onError);
    worker.once('message', (reply: T & { error?: string }) => {
      worker.off('error', onError);
      if (reply.error) reject(new Error(`related stage, second thread: ${reply.error}`));
      else resolve(reply);
    });
    worker.postMessage(message);
  });
}

/**
 * `buildRelatedIndexWithSections` on two threads: the first and second stages each split the
 * documents in two halves, one done here, the other by a worker thread (`root` is the project's
 * folder, where `src/lib/related/stage-worker.ts` is). Each document's list depends only on the
 * shared inputs, so the result is the same, bit for bit, as on one thread. Small corpora stay on one.
 */
export function buildRelatedIndexOnThreads(docs: RelatedInput[], options: RelatedOptions, root: string, from = THREADED_FROM): Promise<RelatedIndex> {
  if (docs.length < from) return onOneThread(docs, options);
  // Started first: the thread boots while the corpus is vectorized.
  const worker = new Worker(join(root, 'src/lib/related/stage-worker.ts'));
  let p: Prepared;
  try {
    p = prepare(docs, options);
  } catch (error) {
    void worker.terminate();
    return Promise.reject(error);
  }
  // Not async up to here, so nothing holds `docs` (their texts) while the stages run.
  return bothStages(p, worker);
}

/** A failure rejects, as on two threads. */
async function onOneThread(docs: RelatedInput[], options: RelatedOptions): Promise<RelatedIndex> {
  return buildRelatedIndexWithSections(docs, options);
}

async function bothStages(p: Prepared, worker: Worker): Promise<RelatedIndex> {
  try {
    const n = p.sorted.length;
    // Later documents find more earlier candidates whose scores they reuse: the worker's half is smaller.
    const half = Math.floor(n * 0.52);
    const far = ask<{ rows: ReturnType<typeof packRanked> }>(worker, { kind: 'first', vectors: p.vectors, t: p.t, from: half, to: n });
    const near = rankFirstStage(p.vectors, p.t, p.scratch, 0, half);
    const first = [...near, ...unpackRanked((await far).rows)];
    const { stage, section } = secondStageOf(p, first);
    const { vectors: _sent, ...checker } = stage.checker;
    const farLists = ask<{ lists: ReturnType<typeof rankSecondStage> }>(worker, { kind: 'second', stage: { ...stage, first: packRanked(first), checker }, from: half, to: n });
    const nearLists = rankSecondStage(stage, 0, half, p.scratch);
    return relatedIndexOf(stage.ids, [...nearLists, ...(await farLists).lists], section);
  } finally {
    await worker.terminate();
  }
}
