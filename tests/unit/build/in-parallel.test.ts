import { describe, expect, it } from 'vitest';
import { inParallel, inParallelWithin } from '../../../src/lib/build/in-parallel.ts';

describe('inParallel', () => {
  it('does every item once, never more than the limit at a time, and says which item it is', async () => {
    let running = 0;
    let most = 0;
    const seen: string[] = [];
    await inParallel(['a', 'b', 'c', 'd', 'e', 'f', 'g'], 3, async (item, n) => {
      most = Math.max(most, ++running);
      await new Promise((done) => setTimeout(done, 5 + ((n * 7) % 4)));
      seen.push(`${n}${item}`);
      running--;
    });
    expect(most).toBe(3);
    expect(seen.sort()).toEqual(['0a', '1b', '2c', '3d', '4e', '5f', '6g']);
  });

  it('does nothing for no items and stops at the first failure', async () => {
    await inParallel([], 4, async () => {
      throw new Error('never called');
    });
    await expect(inParallel([1, 2], 1, async (x) => {
      if (x === 1) throw new Error('bad file');
    })).rejects.toThrow('bad file');
  });
});

describe('inParallelWithin', () => {
  it('keeps the items under way within the budget, lets a heavier item run alone, and keeps the limit', async () => {
    const weights = [3, 2, 2, 5, 1, 1, 1, 4];
    let load = 0;
    let running = 0;
    let mostLoad = 0;
    let mostRunning = 0;
    const alone: number[] = [];
    const seen: number[] = [];
    await inParallelWithin(weights, 3, 4, (w) => w, async (w, n) => {
      load += w;
      running++;
      if (w > 4) alone.push(running);
      else mostLoad = Math.max(mostLoad, load);
      mostRunning = Math.max(mostRunning, running);
      await new Promise((done) => setTimeout(done, 3 + ((n * 5) % 4)));
      seen.push(n);
      load -= w;
      running--;
    });
    expect(mostLoad).toBe(4);
    expect(alone).toEqual([1]);
    expect(mostRunning).toBe(3);
    expect(seen.sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('rejects with the first failure', async () => {
    await expect(inParallelWithin([1, 2, 3], 2, 10, () => 1, async (x) => {
      if (x === 2) throw new Error('shard failed');
    })).rejects.toThrow('shard failed');
  });
});
