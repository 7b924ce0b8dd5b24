// The other thread of buildRelatedIndexOnThreads (on-threads.ts): Node runs this file from the
// source tree (types stripped), outside Vite, so it imports by relative path.
import { parentPort } from 'node:worker_threads';
import { createScratch } from './candidates.ts';
import { rankFirstStage } from './first-stage.ts';
import { rankSecondStage, type SecondStage } from './build-related-index.ts';
import { packRanked, unpackRanked, type RankedRows } from './ranked-rows.ts';
import type { RelatedTuning } from './types.ts';
import type { VectorSet } from './vectorize.ts';

type Message =
  | { kind: 'first'; vectors: VectorSet; t: RelatedTuning; from: number; to: number }
  | { kind: 'second'; stage: Omit<SecondStage, 'first'> & { first: RankedRows }; from: number; to: number };

let vectors: VectorSet | undefined;

parentPort!.on('message', (m: Message) => {
  try {
    if (m.kind === 'first') {
      vectors = m.vectors;
      const scratch = createScratch(m.vectors.offsets.length - 1, m.vectors.termCount);
      parentPort!.postMessage({ rows: packRanked(rankFirstStage(m.vectors, m.t, scratch, m.from, m.to)) });
    } else {
      // The duplicate checker's vectors are those of the first message: sent once.
      const stage: SecondStage = { ...m.stage, first: unpackRanked(m.stage.first), checker: { ...m.stage.checker, vectors: vectors! } };
      const scratch = createScratch(stage.ids.length, vectors!.termCount);
      parentPort!.postMessage({ lists: rankSecondStage(stage, m.from, m.to, scratch) });
    }
  } catch (error) {
    parentPort!.postMessage({ error: (error as Error).stack ?? String(error) });
  }
});
