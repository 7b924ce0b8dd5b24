/**
 * Runs `work` on every item with at most `limit` under way at once: file work on tens of thousands
 * of pages waits on the disk, not the CPU, so one at a time leaves the build idle, and all at once
 * runs out of file handles.
 */
export async function inParallel<T>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const n = next++;
      await work(items[n]!, n);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}

/**
 * Like inParallel, in order, with a second bound: the items under way weigh at most `budget`
 * together (an item heavier than the budget runs alone). For work whose memory follows its size,
 * such as a search shard's indexer. After a failure no item starts; those under way end first
 * (no indexer left running), then it rejects with the first failure.
 */
export async function inParallelWithin<T>(
  items: readonly T[],
  limit: number,
  budget: number,
  weight: (item: T) => number,
  work: (item: T, index: number) => Promise<void>,
): Promise<void> {
  const running = new Set<Promise<void>>();
  let load = 0;
  let failure: { error: unknown } | undefined;
  for (const [n, item] of items.entries()) {
    const w = weight(item);
    while (running.size > 0 && (running.size >= limit || load + w > budget)) await Promise.race(running);
    if (failure) break;
    load += w;
    const done: Promise<void> = work(item, n).then(
      () => {},
      (error: unknown) => void (failure ??= { error }),
    ).finally(() => {
      load -= w;
      running.delete(done);
    });
    running.add(done);
  }
  await Promise.all(running);
  if (failure) throw failure.error;
}
