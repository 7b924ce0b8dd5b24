import type { AstroPrerenderer } from 'astro';

/** The article route's component, as Astro names it. */
const ARTICLE_ROUTE = 'src/pages/[slug].astro';

/**
 * Astro's prerenderer with the article pages first: Astro renders routes by priority, and the
 * catch-all article route comes last, after thousands of thread, topic and listing pages. The
 * search index is cut from article pages and indexed as they are written (index-ahead.ts), so
 * with articles first it works beside the rest of the pages instead of after them. The order of
 * writing changes nothing in what is written.
 */
export function articlesFirst(base: AstroPrerenderer): AstroPrerenderer {
  return {
    name: `${base.name}+articles-first`,
    setup: base.setup && (() => base.setup!()),
    getStaticPaths: async () => {
      const paths = await base.getStaticPaths();
      const isArticle = (p: (typeof paths)[number]) => p.route.component === ARTICLE_ROUTE;
      return [...paths.filter(isArticle), ...paths.filter((p) => !isArticle(p))];
    },
    render: (request, options) => base.render(request, options),
    collectStaticImages: base.collectStaticImages && (() => base.collectStaticImages!()),
    teardown: base.teardown && (() => base.teardown!()),
  };
}
