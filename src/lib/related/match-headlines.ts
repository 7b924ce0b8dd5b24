import { foldDiacritics } from '../text/tokenize.ts';

/**
 * Comparison key of a headline: NFC, lower case, no diacritics (`đ` -> `d`), no punctuation or spaces.
 * Sources retype headlines in their "Tin liên quan" lists with small differences; this key ignores them.
 */
export function normalizeHeadlineKey(headline: string): string {
  return foldDiacritics(headline.normalize('NFC').toLowerCase()).replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Build a lookup from headline to article id, for linking a source's own related-story list to
 * articles in the corpus. When several articles share a key, the smallest id wins (deterministic).
 */
export function createHeadlineMatcher(docs: { id: string; headline: string }[]): (headline: string) => string | undefined {
  const byKey = new Map<string, string>();
  for (const doc of docs) {
    const key = normalizeHeadlineKey(doc.headline);
    if (!key) continue;
    const seen = byKey.get(key);
    if (seen === undefined || doc.id < seen) byKey.set(key, doc.id);
  }
  return (headline) => {
    const key = normalizeHeadlineKey(headline);
    return key ? byKey.get(key) : undefined;
  };
}
