/**
 * The warnings an editor acts on, worded in one place: the build report counts each kind
 * in its summary line by the words a warning starts with.
 */

/** Below this confidence a headline recovered from the URL slug is flagged for an editor. */
export const LOW_HEADLINE_CONFIDENCE = 0.9;

/** Each kind: how its warnings start, and how the summary line counts them. */
export const WARNING_KINDS = [
  { start: 'date in the future', label: (n: number) => `${n} dated in the future` },
  { start: 'too long', label: (n: number) => `${n} cut to size` },
  { start: 'headline to check', label: (n: number) => `${n} headline${n === 1 ? '' : 's'} to check` },
  { start: 'mojibake repaired', label: (n: number) => `${n} mojibake repaired` },
] as const;

/** Today's date in Vietnam (UTC+7, no daylight saving), where the articles are dated. */
export function vietnamDate(now: Date): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/**
 * A warning when an article is dated after the day of the build (a typo in the year, a
 * scheduled post): it is published, and listed first until then. Checked at build time, not
 * when the file is parsed, so a cached parse never keeps a warning the calendar has outgrown.
 *
 * @example futureDateWarning('2031-05-01', new Date('2026-11-29T08:00:00Z')) // 'date in the future: 2031-05-01 ...'
 */
export function futureDateWarning(date: string | undefined, now: Date): string | undefined {
  const today = vietnamDate(now);
  if (!date || date <= today) return undefined;
  return `date in the future: ${date} is after the day of this build (${today}, Vietnam time); the page is published and listed first, so check the date field, the dateline or the file name`;
}

/** The warning of an article cut to the size limit: what was kept, and how to publish it whole. */
export function tooLongWarning(total: number, shown: number, limit: number): string {
  const n = (x: number) => x.toLocaleString('en-US');
  return `too long: ${n(total)} characters, over the limit of ${n(limit)}; the page shows the first ${n(shown)} with a note that it is cut; split the file, or remove repeated text, to publish it whole`;
}

/** The warning of a recovered headline the evidence does not back well enough to trust unseen. */
export function headlineToCheckWarning(headline: string, confidence: number, confirmed: number, total: number): string {
  return `headline to check: "${headline}" was recovered from the URL slug with low confidence (${confidence.toFixed(2)}; ${confirmed} of ${total} syllables spelled as the article writes them); if it is wrong, write the real one in a "# title = ..." line`;
}
