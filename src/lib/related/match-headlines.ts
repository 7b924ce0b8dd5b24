import { foldKey } from '../text/fold.ts';

/**
 * Build a lookup from headline to article id, for linking a source's own related-story list to
 * articles in the corpus, compared by foldKey: sources retype headlines in their "Tin liên quan"
 * lists with small differences (case, marks, punctuation) that it
 * ignores. When several articles share a key, the smallest id wins (deterministic).
 */
export function createHeadlineMatcher(docs: { id: string; headline: string }[]): (headline: string) => string | undefined {
  const byKey = new Map<string, string>();
  for (const doc of docs) {
    const key = foldKey(doc.headline);
    if (!key) continue;
    const seen = byKey.get(key);
    if (seen === undefined || doc.id < seen) byKey.set(key, doc.id);
  }
  return (headline) => {
    const key = foldKey(headline);
    return key ? byKey.get(key) : undefined;
  };
}
