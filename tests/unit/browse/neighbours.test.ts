import { describe, expect, it } from 'vitest';
import { buildNeighbourIndex } from '../../../src/lib/browse/neighbours.ts';

describe('buildNeighbourIndex', () => {
  it('links each item to the ones beside it in its own list only', () => {
    const index = buildNeighbourIndex([['a', 'b', 'c'], ['x']], (s) => s);
    expect(index.get('a')).toEqual({ previous: undefined, next: 'b' });
    expect(index.get('b')).toEqual({ previous: 'a', next: 'c' });
    expect(index.get('c')).toEqual({ previous: 'b', next: undefined });
    expect(index.get('x')).toEqual({ previous: undefined, next: undefined });
  });
});
