import { foldChars } from '../text/fold-chars.ts';
import type { ThreadInput } from './types.ts';

/** Word trigrams of a report's headline, lede and opening, folded: what a repost copies. */
export function repostShingles(doc: ThreadInput): Set<string> {
  const words = foldChars([doc.headline, doc.lede ?? '', doc.opening ?? ''].join(' ').toLowerCase()).match(/[a-z0-9]+/g) ?? [];
  const shingles = new Set<string>();
  for (let i = 0; i + 2 < words.length; i++) shingles.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  if (words.length > 0 && words.length < 3) shingles.add(words.join(' '));
  return shingles;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const s of a) if (b.has(s)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * Reports of one thread grouped by text: two whose headline, lede and opening share at least
 * `minJaccard` of their word trigrams are one text reposted (baomoi carries the same wire story
 * from several outlets). Groups keep the members' order; a group is listed at its first member.
 * Quadratic in the thread's size, which `maxSize` bounds.
 */
export function groupReposts(members: readonly ThreadInput[], minJaccard: number): ThreadInput[][] {
  const shingles = members.map(repostShingles);
  const groupOf = members.map((_, i) => i);
  for (let i = 0; i < members.length; i++) {
    for (let j = 0; j < i; j++) {
      if (groupOf[j] === j && jaccard(shingles[i], shingles[j]) >= minJaccard) {
        groupOf[i] = j;
        break;
      }
    }
  }
  const groups = new Map<number, ThreadInput[]>();
  members.forEach((m, i) => {
    const group = groups.get(groupOf[i]);
    if (group) group.push(m);
    else groups.set(groupOf[i], [m]);
  });
  return [...groups.values()];
}
