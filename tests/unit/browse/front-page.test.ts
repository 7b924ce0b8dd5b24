import { describe, expect, it } from 'vitest';
import { chooseSections, selectFrontPage, type FrontPageItem } from '../../../src/lib/browse/front-page.ts';
import { groupByTerm } from '../../../src/lib/browse/group-by-term.ts';

const OPTIONS = { topCount: 5, perSection: 4, latestWindow: 30 };

/** `n` articles newest first, in categories cycling through `categories`, every third without a lede. */
function articles(n: number, categories: (string | undefined)[] = ['Thể thao', 'Kinh doanh', 'Giáo dục']): FrontPageItem[] {
  return Array.from({ length: n }, (_, i) => ({
    file: `a${String(i).padStart(4, '0')}.txt`,
    lede: i % 3 === 0 ? undefined : `Lede ${i}`,
    category: categories[i % categories.length],
    source: `Nguồn ${i % 2}`,
  }));
}

function sectionsOf(latest: FrontPageItem[], max = 12, minArticles = 1) {
  const groups = { category: groupByTerm(latest, (a) => a.category), source: groupByTerm(latest, (a) => a.source) };
  return chooseSections(latest.length, groups, { max, minArticles });
}

/** Every article the page shows, in order. */
function shown(page: ReturnType<typeof selectFrontPage<FrontPageItem>>): FrontPageItem[] {
  return [...(page.lead ? [page.lead] : []), ...page.top, ...page.sections.flatMap((s) => s.items), ...page.latest];
}

describe('selectFrontPage', () => {
  it('is empty with no article', () => {
    expect(selectFrontPage([], sectionsOf([]), OPTIONS)).toEqual({ lead: undefined, top: [], sections: [], latest: [] });
  });

  it('makes two articles a lead and one top story, with no section block', () => {
    const latest = articles(2, [undefined]);
    const page = selectFrontPage(latest, sectionsOf(latest), OPTIONS);
    expect(page.lead).toBe(latest[1]);
    expect(page.top).toEqual([latest[0]]);
    expect(page.sections).toEqual([]);
    expect(page.latest).toEqual([]);
  });

  it('leads with the newest article that has a lede, and falls back to the newest', () => {
    const latest = articles(8);
    expect(selectFrontPage(latest, sectionsOf(latest), OPTIONS).lead).toBe(latest[1]);
    const bare = latest.map(({ lede: _, ...a }) => a);
    expect(selectFrontPage(bare, sectionsOf(bare), OPTIONS).lead).toBe(bare[0]);
  });

  it('shows no article twice, fills every block, and is the same every time', () => {
    const latest = articles(300);
    const page = selectFrontPage(latest, sectionsOf(latest), OPTIONS);
    const all = shown(page);
    expect(new Set(all).size).toBe(all.length);
    expect(page.top).toHaveLength(5);
    expect(page.sections.map((s) => [s.name, s.items.length])).toEqual([
      ['Giáo dục', 4],
      ['Kinh doanh', 4],
      ['Thể thao', 4],
    ]);
    for (const s of page.sections) for (const a of s.items) expect(a.category).toBe(s.name);
    expect(page.latest.every((a) => latest.indexOf(a) < 30)).toBe(true);
    expect(selectFrontPage(latest, sectionsOf(latest), OPTIONS)).toEqual(page);
  });

  it('takes at most two top stories from one section, counting the lead, while others remain', () => {
    const latest = articles(40, ['Thể thao', 'Thể thao', 'Thể thao', 'Thể thao', 'Kinh doanh', 'Giáo dục', 'Pháp luật']);
    const page = selectFrontPage(latest, sectionsOf(latest), OPTIONS);
    const counts = new Map<string, number>();
    for (const a of [page.lead!, ...page.top]) counts.set(a.category!, (counts.get(a.category!) ?? 0) + 1);
    expect(Math.max(...counts.values())).toBeLessThanOrEqual(2);
    expect(page.top.map((a) => latest.indexOf(a))).toEqual([...page.top.map((a) => latest.indexOf(a))].sort((x, y) => x - y));
  });

  it('still fills the top stories from one section when there is no other', () => {
    const latest = articles(10, ['Thể thao']);
    expect(selectFrontPage(latest, sectionsOf(latest), OPTIONS).top).toHaveLength(5);
  });
});

describe('chooseSections', () => {
  it('uses categories, else sources, else nothing', () => {
    expect(sectionsOf(articles(6)).facet).toBe('category');
    expect(sectionsOf(articles(6, [undefined])).facet).toBe('source');
    const bare = articles(6, [undefined]).map(({ source: _, ...a }) => a);
    expect(sectionsOf(bare)).toEqual({ groups: [] });
  });

  it('falls back on latent sections, asked for only when neither categories nor sources will do', () => {
    const bare = articles(9, [undefined]).map(({ source: _, ...a }) => a);
    const latent = () => [
      { name: 'Ung thư', slug: 'ung-thu', items: bare.slice(0, 2) },
      { name: 'Bóng đá', slug: 'bong-da', items: bare.slice(2, 7) },
      { name: 'Lẻ', slug: 'le', items: bare.slice(7, 8) },
    ];
    const groups = { category: [], source: [] };
    const sections = chooseSections(bare.length, groups, { max: 12, minArticles: 2 }, latent);
    expect(sections.facet).toBe('topic');
    expect(sections.groups.map((g) => g.name)).toEqual(['Bóng đá', 'Ung thư']);
    const page = selectFrontPage(bare, sections, OPTIONS);
    expect(page.sections.flatMap((s) => s.items).every((a) => !page.top.includes(a))).toBe(true);
    const withCategories = articles(6);
    let asked = false;
    const categories = { category: groupByTerm(withCategories, (a) => a.category), source: [] };
    chooseSections(withCategories.length, categories, { max: 12, minArticles: 1 }, () => ((asked = true), []));
    expect(asked).toBe(false);
  });

  it('keeps the biggest sections, in alphabetical order', () => {
    const latest = articles(12, ['C', 'A', 'A', 'B', 'B', 'B']);
    expect(sectionsOf(latest, 2).groups.map((g) => g.name)).toEqual(['A', 'B']);
  });

  it('leaves out a name with too few articles to be a section', () => {
    const latest = articles(7, ['A', 'A', 'B', 'A', 'B', 'C', 'A']);
    expect(sectionsOf(latest, 12, 2).groups.map((g) => g.name)).toEqual(['A', 'B']);
  });
});
