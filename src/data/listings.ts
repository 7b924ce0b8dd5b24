import type { Article } from '../lib/ingest/article.ts';
import { groupByTerm, type TermGroup } from '../lib/browse/group-by-term.ts';
import { buildNeighbourIndex, type Neighbours } from '../lib/browse/neighbours.ts';
import type { Facet } from '../lib/browse/paths.ts';
import { getLatestArticles } from './articles.ts';

export interface Listings {
  /** Every source or category, sorted by name, each with its articles newest first. */
  groups: Record<Facet, TermGroup<Article>[]>;
  /** The slug of a source or category name, for links from article metadata. */
  slugOf: (facet: Facet, name: string | undefined) => string | undefined;
  /** An article's previous and next in its category's listing. */
  neighboursOf: (article: Article) => Neighbours<Article>;
}

let cache: Promise<Listings> | undefined;

/**
 * Sources and categories grouped once per build from the sorted article list: thousands of
 * listing pages, feeds and article pages read this instead of regrouping the corpus each.
 */
export function getListings(): Promise<Listings> {
  cache ??= getLatestArticles().then((articles) => {
    const groups = {
      source: groupByTerm(articles, (a) => a.source),
      category: groupByTerm(articles, (a) => a.category),
    };
    const slugs = {
      source: new Map(groups.source.map((g) => [g.name, g.slug])),
      category: new Map(groups.category.map((g) => [g.name, g.slug])),
    };
    const neighbours = buildNeighbourIndex(groups.category.map((g) => g.items), (a) => a.file);
    return {
      groups,
      slugOf: (facet, name) => (name ? slugs[facet].get(name.trim()) : undefined),
      neighboursOf: (article) => neighbours.get(article.file) ?? {},
    };
  });
  return cache;
}
