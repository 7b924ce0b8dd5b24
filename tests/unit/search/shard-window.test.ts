import { describe, expect, it } from 'vitest';
import { widenWindow } from '../../../src/lib/search/shard-window.ts';

const PAGES = [1600, 2100, 3400, 3000, 4500, 500];

describe('widenWindow', () => {
  it('starts with the newest shards that reach the first window', () => {
    expect(widenWindow(PAGES, 0, 3000)).toBe(2);
    expect(widenWindow(PAGES, 0, 1000)).toBe(1);
  });

  it('doubles the pages searched on each later step, one shard at least', () => {
    // 3,700 searched: at least 7,400 next, which takes two more shards (10,100 pages).
    expect(widenWindow(PAGES, 2, 3000)).toBe(4);
    expect(widenWindow([10, 10, 10], 1, 10)).toBe(2);
  });

  it('never goes past the last shard, and a search of everything stays there', () => {
    expect(widenWindow(PAGES, 4, 3000)).toBe(6);
    expect(widenWindow(PAGES, 6, 3000)).toBe(6);
    expect(widenWindow([], 0, 3000)).toBe(0);
  });
});
