import { describe, expect, it } from 'vitest';
import { inParallel } from '../../../src/lib/build/in-parallel.ts';

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
