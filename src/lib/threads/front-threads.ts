const DAY_MS = 86_400_000;

/** What the front page weighs of a thread: its distinct reports (reposts once) and its newest date (`''`: none). */
export interface ThreadSummary {
  reports: number;
  latest: string;
}

/**
 * The threads a front page shows: the biggest (most distinct reports) among those with a report
 * in the `days` before the site's newest date, most recent first among equals, then by slug. An
 * undated site has no "recent": its biggest threads. A thread of reposts only is not a story.
 */
export function selectFrontThreads<T extends { slug: string }>(
  threads: readonly T[],
  summarise: (thread: T) => ThreadSummary,
  options: { count: number; days: number },
): T[] {
  const summaries = new Map(threads.map((t) => [t, summarise(t)]));
  const newest = [...summaries.values()].reduce((max, s) => (s.latest > max ? s.latest : max), '');
  const since = newest ? new Date(Date.parse(`${newest}T00:00:00Z`) - options.days * DAY_MS).toISOString().slice(0, 10) : '';
  const order = (a: T, b: T) => {
    const [x, y] = [summaries.get(a)!, summaries.get(b)!];
    return y.reports - x.reports || (x.latest < y.latest ? 1 : x.latest > y.latest ? -1 : 0) || (a.slug < b.slug ? -1 : 1);
  };
  return threads.filter((t) => summaries.get(t)!.reports > 1 && summaries.get(t)!.latest >= since).sort(order).slice(0, options.count);
}
