import type { RelatedHit } from '../src/lib/related/index.ts';
import type { StoryThread } from '../src/lib/threads/index.ts';
import { seededRandom } from './seeded-random.ts';

/** One pair of the labelled sample; `predicted` is what the thread stage said. */
export interface SamplePair {
  a: string;
  b: string;
  predicted: boolean;
}


const pairKey = (a: string, b: string) => (a < b ? `${a}\0${b}` : `${b}\0${a}`);

/**
 * The labelled sample's procedure, seeded: `half` predicted same-thread pairs (a thread drawn
 * uniformly among the threads of two or more distinct reports, then two of its reports from
 * different entries, so a repost is never its own evidence), and `half` near misses (a pair from
 * the related lists scoring at least `nearScore`, drawn uniformly among those the stage put in
 * different threads or none). Pairs are distinct; ids are ordered within a pair.
 */
export function drawSample(threads: readonly StoryThread[], lists: Map<string, RelatedHit[]>, options: { seed: number; half: number; nearScore: number }): SamplePair[] {
  const next = seededRandom(options.seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const threadOf = new Map(threads.flatMap((t) => t.ids.map((id) => [id, t.slug] as const)));
  const seen = new Set<string>();
  const out: SamplePair[] = [];
  const stories = threads.filter((t) => t.entries.length > 1);
  while (out.length < options.half) {
    const thread = pick(stories);
    const [x, y] = [pick(thread.entries), pick(thread.entries)];
    if (x === y) continue;
    const [a, b] = [pick([x.id, ...x.copies]), pick([y.id, ...y.copies])].sort();
    if (seen.has(pairKey(a, b))) continue;
    seen.add(pairKey(a, b));
    out.push({ a, b, predicted: true });
  }
  const near: [string, string][] = [];
  for (const id of [...lists.keys()].sort()) {
    for (const hit of lists.get(id)!) {
      const [a, b] = [id, hit.id].sort();
      if (hit.score < options.nearScore || seen.has(pairKey(a, b))) continue;
      if (threadOf.has(a) && threadOf.get(a) === threadOf.get(b)) continue;
      seen.add(pairKey(a, b));
      near.push([a, b]);
    }
  }
  for (let i = 0; i < options.half && near.length > 0; i++) {
    const [a, b] = near.splice(Math.floor(next() * near.length), 1)[0]!;
    out.push({ a, b, predicted: false });
  }
  return out;
}
