/** One day of a thread's timeline; `date` is absent for the reports whose files give none. */
export interface TimelineDay<T> {
  date?: string;
  items: T[];
}

/**
 * A thread's reports grouped by day, in the order given (date order, undated last, as threads
 * keep them): the thread page reads as the event unfolded.
 *
 * @example groupByDay([a, b], (r) => r.date) // [{ date: '2017-11-04', items: [a, b] }]
 */
export function groupByDay<T>(items: readonly T[], dateOf: (item: T) => string | undefined): TimelineDay<T>[] {
  const days: TimelineDay<T>[] = [];
  for (const item of items) {
    const date = dateOf(item);
    const last = days.at(-1);
    if (last && last.date === date) last.items.push(item);
    else days.push({ date, items: [item] });
  }
  return days;
}

/**
 * At most `max` items of a timeline around the one `isCurrent` picks (centred where it can be,
 * in order): an article page shows its place in a long story without listing all of it.
 *
 * @example reportsAround([1, 2, 3, 4, 5], (n) => n === 5, 3) // [3, 4, 5]
 */
export function reportsAround<T>(items: readonly T[], isCurrent: (item: T) => boolean, max: number): T[] {
  if (items.length <= max) return [...items];
  const at = Math.max(0, items.findIndex(isCurrent));
  const start = Math.min(Math.max(0, at - Math.floor((max - 1) / 2)), items.length - max);
  return items.slice(start, start + max);
}
