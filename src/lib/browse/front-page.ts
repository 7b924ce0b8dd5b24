import type { TermGroup } from './group-by-term.ts';
import type { Facet, SectionFacet } from './paths.ts';

/** What the front page needs of an article: enough to choose, nothing to render. */
export interface FrontPageItem {
  file: string;
  lede?: string;
  source?: string;
  category?: string;
}

/** The facet that stands for the newspaper's sections, and its sections in the order shown. */
export interface Sections<T> {
  facet?: SectionFacet;
  groups: TermGroup<T>[];
}

/** The front page: each article at most once, in reading order. */
export interface FrontPage<T> {
  lead?: T;
  top: T[];
  sections: TermGroup<T>[];
  /** The rest of the latest page's articles, newest first. */
  latest: T[];
}

export interface FrontPageOptions {
  /** Top stories under the lead. */
  topCount: number;
  /** Headlines in a section's block. */
  perSection: number;
  /** How many of the newest articles the home's latest list draws from (the first listing page). */
  latestWindow: number;
}

const collator = new Intl.Collator('vi');

/** The lead is the newest article with a lede among this many: an old lead reads as a stale paper. */
const LEAD_WINDOW = 10;
/** Top stories from one section, while others can fill the row. */
const TOP_PER_SECTION = 2;

/**
 * The sections of a site: its categories when at least half its articles name one, else its
 * sources on the same terms, else the related engine's latent sections (`latent`, asked for
 * only then), else none. A section is a desk that publishes again and again: names with fewer
 * than `minArticles` articles are not sections (a one-off category, a typo), so one new file
 * does not change the header of every page. At most `max` of them, the biggest, in the given
 * (alphabetical) order, so the header's navigation does not reshuffle as counts move.
 *
 * @example chooseSections(120, { category: cats, source: srcs }, { max: 12, minArticles: 2 }) // { facet: 'category', groups: [...] }
 */
export function chooseSections<T>(
  total: number,
  groups: Record<Facet, TermGroup<T>[]>,
  { max, minArticles }: { max: number; minArticles: number },
  latent?: () => TermGroup<T>[],
): Sections<T> {
  const biggest = (list: TermGroup<T>[]) => {
    const kept = new Set(
      list
        .filter((g) => g.items.length >= minArticles)
        .sort((a, b) => b.items.length - a.items.length)
        .slice(0, max),
    );
    return list.filter((g) => kept.has(g));
  };
  for (const facet of ['category', 'source'] as const) {
    const covered = groups[facet].reduce((sum, g) => sum + g.items.length, 0);
    if (total > 0 && covered * 2 >= total) return { facet, groups: biggest(groups[facet]) };
  }
  const topics = total > 0 && latent ? biggest(latent().sort((a, b) => collator.compare(a.name, b.name))) : [];
  return topics.length > 0 ? { facet: 'topic', groups: topics } : { groups: [] };
}

/**
 * Chooses the front page from the newest-first list: the lead (the newest article with a lede,
 * so the page opens on a story and not a bare headline), the next newest as top stories with at
 * most two per section while others remain, then each section's newest headlines not shown
 * yet, then what is left of the latest listing's first page. Deterministic, and no article
 * appears twice; with two articles it is a lead and one top story.
 */
export function selectFrontPage<T extends FrontPageItem>(
  latest: readonly T[],
  sections: Sections<T>,
  options: FrontPageOptions,
): FrontPage<T> {
  const used = new Set<T>();
  const lead = latest.slice(0, LEAD_WINDOW).find((a) => a.lede?.trim()) ?? latest[0];
  if (lead) used.add(lead);
  const top = pickTopStories(latest, used, sectionOf(sections), options.topCount);
  const blocks = sections.groups
    .map((group) => {
      const items = group.items.filter((a) => !used.has(a)).slice(0, options.perSection);
      for (const item of items) used.add(item);
      return { ...group, items };
    })
    .filter((group) => group.items.length > 0);
  const rest = latest.slice(0, options.latestWindow).filter((a) => !used.has(a));
  return { lead, top, sections: blocks, latest: rest };
}

/** An article's section name for the top stories' mix (latent sections: by group membership). */
function sectionOf<T extends FrontPageItem>(sections: Sections<T>): (item: T) => string | undefined {
  if (sections.facet === 'topic') {
    const names = new Map(sections.groups.flatMap((g) => g.items.map((item) => [item, g.name] as const)));
    return (item) => names.get(item);
  }
  const facet = sections.facet;
  return (item) => (facet ? item[facet]?.trim() : undefined);
}

/** Newest first, at most two per section counting the lead; then, if still short, the newest left whatever their section. */
function pickTopStories<T extends FrontPageItem>(
  latest: readonly T[],
  used: Set<T>,
  section: (item: T) => string | undefined,
  count: number,
): T[] {
  const top: T[] = [];
  const perSection = new Map<string, number>();
  const countSection = (item: T) => {
    const name = section(item);
    if (name !== undefined) perSection.set(name, (perSection.get(name) ?? 0) + 1);
  };
  for (const item of used) countSection(item);
  const window = latest.slice(0, count * 4);
  for (const item of window) {
    if (top.length === count) break;
    const name = section(item);
    if (used.has(item) || (name !== undefined && (perSection.get(name) ?? 0) >= TOP_PER_SECTION)) continue;
    countSection(item);
    top.push(item);
    used.add(item);
  }
  for (const item of window) {
    if (top.length === count) break;
    if (!used.has(item)) {
      top.push(item);
      used.add(item);
    }
  }
  return top.sort((a, b) => latest.indexOf(a) - latest.indexOf(b));
}
