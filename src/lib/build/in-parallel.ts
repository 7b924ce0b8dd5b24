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
