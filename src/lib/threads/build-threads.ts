import { shortIdFromPath, slugify } from '../site/slug.ts';
import { clusterThreads, type MarkersOf } from './cluster.ts';
import { groupReposts } from './reposts.ts';
import { DEFAULT_THREAD_TUNING, type Neighbour, type StoryThread, type ThreadInput, type ThreadTuning } from './types.ts';

const byId = (a: ThreadInput, b: ThreadInput) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Date order, undated last, then by id: a timeline that reads the same at every build. */
export function compareByDate(a: ThreadInput, b: ThreadInput): number {
  if (a.date !== b.date) {
    if (!a.date) return 1;
    if (!b.date) return -1;
    return a.date < b.date ? -1 : 1;
  }
  return byId(a, b);
}

/** A thread's URL segment: its name's slug and a short id of its central article, unique in `taken`. */
function threadSlug(name: string, centralId: string, taken: Set<string>): string {
  const base = slugify(name, 60) || 'su-kien';
  let slug = `${base}-${shortIdFromPath(centralId, 6)}`;
  if (taken.has(slug)) slug = `${base}-${shortIdFromPath(centralId, 16)}`;
  taken.add(slug);
  return slug;
}

/**
 * The site's story threads: articles that report one event, across sources and days
 * (`clusterThreads`), each with its reports in date order, reposts of one text folded into one
 * entry, and a name taken from its most central headline (the article most strongly linked to
 * the others). Biggest threads first, then the most recent. Deterministic whatever the input order.
 */
export function buildStoryThreads(
  docs: readonly ThreadInput[],
  neighboursOf: (id: string) => readonly Neighbour[],
  tuning: Partial<ThreadTuning> = {},
  markersOf?: MarkersOf,
): StoryThread[] {
  const t = { ...DEFAULT_THREAD_TUNING, ...tuning };
  const sorted = [...docs].sort(byId);
  const { groups, centrality } = clusterThreads(sorted, neighboursOf, t, markersOf);
  const taken = new Set<string>();
  const threads = groups.map((group) => {
    const central = group.reduce((best, i) => (centrality[i] > centrality[best] ? i : best));
    const members = group.map((i) => sorted[i]).sort(compareByDate);
    const entries = groupReposts(members, t.repostJaccard).map(([first, ...copies]) => ({ id: first.id, copies: copies.map((c) => c.id) }));
    const latest = members.reduce((max, m) => (m.date && m.date > max ? m.date : max), '');
    return { entries, latest, central: sorted[central] };
  });
  threads.sort((x, y) => y.entries.length - x.entries.length || (x.latest < y.latest ? 1 : x.latest > y.latest ? -1 : 0) || byId(x.central, y.central));
  return threads.map(({ entries, central }) => ({
    slug: threadSlug(central.headline, central.id, taken),
    name: central.headline,
    centralId: central.id,
    entries,
    ids: entries.flatMap((e) => [e.id, ...e.copies]),
  }));
}
