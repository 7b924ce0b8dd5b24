import { normalizeSyllable } from '../text/tokenize.ts';
import type { RelatedInput } from './types.ts';

/** A closing line this short, with no sentence punctuation, is a byline ("Trường Thịnh", "Theo Reuters"). */
const MAX_BYLINE_WORDS = 8;

/**
 * Names in an article's byline, as `@name` terms. Reporters and wire services work for one desk,
 * so a shared byline is a good topical hint. Uses `doc.byline` when the parser found one,
 * else guesses from the last line of the text.
 */
function extractBylineNames(doc: RelatedInput): string[] {
  let line = doc.byline;
  if (line === undefined) {
    const text = doc.text.trimEnd();
    line = text.slice(text.lastIndexOf('\n') + 1).trim();
    if (line.length > 80) return [];
    const words = line.split(/\s+/).filter(Boolean);
    if (!words.length || words.length > MAX_BYLINE_WORDS || /[.!?:;"“”]$/.test(line)) return [];
  }
  const names: string[] = [];
  for (const part of line.normalize('NFC').split(/\s[-–]\s|[\/,;()&]|\s+và\s+/)) {
    const words = part.trim().split(/\s+/).filter(Boolean).map(normalizeSyllable);
    if (words[0] === 'theo' || words[0] === 'ảnh:') words.shift();
    if (words.length) names.push('@' + words.join(' '));
  }
  return names;
}

/** Every article's byline names, each once: computed once per build for all who read them. */
export function bylineNames(docs: RelatedInput[]): string[][] {
  return docs.map((doc) => [...new Set(extractBylineNames(doc))]);
}

/** Articles (indices) signed by each byline name. */
export function articlesByName(names: string[][]): Map<string, number[]> {
  const members = new Map<string, number[]>();
  names.forEach((list, d) => {
    for (const name of list) {
      const m = members.get(name);
      if (m) m.push(d);
      else members.set(name, [d]);
    }
  });
  return members;
}
