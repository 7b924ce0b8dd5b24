import { describe, expect, it } from 'vitest';
import { corpusKey } from '../../../src/lib/build/corpus-key.ts';

const root = process.cwd();
const corpus = [
  { file: 'a.txt', body: 'digest-a' },
  { file: 'b.txt', body: 'digest-b' },
  { file: 'c.txt', body: 'digest-c' },
];

describe('corpusKey', () => {
  it('is the same whatever order the articles come in (the loader and the data modules hold them in different orders)', () => {
    expect(corpusKey(['related', 5], [...corpus].reverse(), root)).toBe(corpusKey(['related', 5], corpus, root));
  });

  it('changes with any file, any article added or gone, the settings and the code it leaves out', () => {
    const key = corpusKey(['related', 5], corpus, root);
    const others = [
      corpusKey(['related', 5], [corpus[0]!, corpus[1]!, { file: 'c.txt', body: 'digest-c2' }], root),
      corpusKey(['related', 5], corpus.slice(0, 2), root),
      corpusKey(['related', 5], [...corpus, { file: 'd.txt', body: 'digest-d' }], root),
      corpusKey(['related', 6], corpus, root),
      corpusKey(['threads', 5], corpus, root),
      corpusKey(['related', 5], corpus, root, ['search']),
    ];
    expect(new Set([key, ...others]).size).toBe(others.length + 1);
  });
});
