import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../src/lib/ingest/read-article.ts';
import { relatedInput } from '../../../src/lib/related/article-input.ts';
import { loadBackgroundWeights } from '../../../src/lib/related/background-weights.ts';
import { buildRelatedIndexWithSections } from '../../../src/lib/related/build-related-index.ts';
import { tokensKey, Words, type TokenMemo, type TokenStore } from '../../../src/lib/related/doc-tokens.ts';
import { bylineTerms, countTerms } from '../../../src/lib/related/term-counts.ts';
import { decodeTokenStore, TokenStoreWriter } from '../../../src/lib/related/token-store.ts';
import { DEFAULT_TUNING as t, type RelatedInput } from '../../../src/lib/related/types.ts';

const read = (name: string): RelatedInput[] => {
  const dir = new URL(`../../fixtures/${name}/`, import.meta.url);
  return readdirSync(dir)
    .sort()
    .map((f) => readArticle(`${name}/${f}`, readFileSync(new URL(f, dir))))
    .flatMap((r) => (r.ok ? [relatedInput(r.article)] : []));
};
const docs = [...read('unc-dev-sample'), ...read('baomoi-sample'), ...read('seeds')].sort((a, b) => (a.id < b.id ? -1 : 1));
const empty = (): TokenStore => ({ words: new Words(), docs: new Map() });

/** A memo over `stored` that writes the next store as bytes, as the site's related process writes its file. */
function memoOf(stored: TokenStore, salt = 'code-1'): { memo: TokenMemo; bytes: () => Uint8Array } {
  const chunks: Uint8Array[] = [];
  const writer = new TokenStoreWriter(salt, (chunk) => chunks.push(chunk.slice()));
  const memo = { stored, keep: writer.add.bind(writer), close: writer.finish.bind(writer) };
  return { memo, bytes: () => new Uint8Array(Buffer.concat(chunks)) };
}

/** Counts of `list` with a memo holding `stored`, and the bytes of the store it leaves for the next build. */
function counted(list: RelatedInput[], stored: TokenStore) {
  const { memo, bytes } = memoOf(stored);
  const counts = countTerms(list, t, bylineTerms(list), loadBackgroundWeights(), memo);
  return { counts, bytes: bytes() };
}

describe('the token store kept between builds', () => {
  it('counts a rebuild that reuses the tokens of the articles it has seen exactly as a first build', () => {
    expect(docs.length).toBeGreaterThan(25);
    const earlier = docs.filter((_, i) => i % 4 !== 1);
    const stored = decodeTokenStore('code-1', counted(earlier, empty()).bytes);
    expect(stored.docs.size).toBe(new Set(earlier.map((d) => tokensKey(d, t))).size);

    const { counts, bytes } = counted(docs, stored);
    expect(counts).toEqual(countTerms(docs, t, bylineTerms(docs), loadBackgroundWeights()));
    // The seen articles' tokens are the stored ones, not tokenised again; the new ones join them.
    const seen = tokensKey(earlier[0]!, t);
    const kept: unknown[] = [];
    countTerms(docs, t, bylineTerms(docs), loadBackgroundWeights(), { stored, keep: (key, tokens) => key === seen && kept.push(tokens), close: () => {} });
    expect(kept[0]).toBe(stored.docs.get(seen));
    expect(decodeTokenStore('code-1', bytes).docs.size).toBe(new Set(docs.map((d) => tokensKey(d, t))).size);
  });

  it('gives the same related lists and sections with or without it', () => {
    const stored = decodeTokenStore('code-1', counted(docs.slice(5), empty()).bytes);
    const withStore = buildRelatedIndexWithSections(docs, { limit: 5, tokens: memoOf(stored).memo });
    const without = buildRelatedIndexWithSections(docs, { limit: 5 });
    expect([...withStore.lists]).toEqual([...without.lists]);
    expect([...withStore.sections]).toEqual([...without.sections]);
  });

  it('is empty when written by other code, cut short or not a store at all', () => {
    const { bytes } = counted(docs, empty());
    expect(decodeTokenStore('code-1', bytes).docs.size).toBeGreaterThan(25);
    expect(decodeTokenStore('code-2', bytes).docs.size).toBe(0);
    expect(decodeTokenStore('code-1', bytes.subarray(0, bytes.length - 4)).docs.size).toBe(0);
    expect(decodeTokenStore('code-1', new TextEncoder().encode('{"key":"code-1"}')).docs.size).toBe(0);
  });
});
