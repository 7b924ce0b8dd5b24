import { z } from 'astro/zod';

/** A piece of article body: a paragraph, a subhead (shown as `h2`), or a photo caption shown as a caption. */
export const blockSchema = z.object({
  kind: z.enum(['paragraph', 'subhead', 'caption']),
  text: z.string(),
});

/** One item of the source's own "Tin liên quan" list. */
export const sourceRelatedSchema = z.object({
  headline: z.string(),
  summary: z.string().optional(),
});

/** Something the cleanup took out of the file, kept for the build report. */
export const removedSchema = z.object({
  text: z.string(),
  reason: z.string(),
});

/**
 * An article as the parser makes it. `.txt` files fill `blocks`; Markdown files fill `html`
 * (sanitised). The body (`blocks`, `html`) is kept out of Astro's data store: see `articleSchema`.
 */
export const parsedArticleSchema = z.object({
  file: z.string(),
  slug: z.string(),
  headline: z.string(),
  headlineFrom: z.enum(['first-line', 'front-matter', 'url-slug', 'first-sentence', 'file-name']),
  /** For a headline recovered from the URL slug: how sure its spelling is, 0..1 (ingest/headline/recover-headline.ts). */
  headlineConfidence: z.number().min(0).max(1).optional(),
  lede: z.string().optional(),
  blocks: z.array(blockSchema),
  html: z.string().optional(),
  /** Content-folder paths of the local images the Markdown shows, published under `media/`. */
  media: z.array(z.string()).optional(),
  attribution: z.string().optional(),
  source: z.string().optional(),
  category: z.string().optional(),
  tags: z.array(z.string()),
  date: z.string().optional(),
  originalUrl: z.string().optional(),
  sourceRelated: z.array(sourceRelatedSchema),
  wordCount: z.number(),
  /** Set when the file was over the size limit: the page shows the first `shownChars` characters, with a note. */
  truncated: z.object({ shownChars: z.number(), totalChars: z.number() }).optional(),
  encoding: z.string(),
  warnings: z.array(z.string()),
  removed: z.array(removedSchema),
});

/**
 * The one article schema of the collection: what the loader stores and every page reads. The
 * body is stored beside it, under `body` (a digest of the file and the parser), and read only by
 * the page that shows it, so the store, and Astro's bundle that inlines it, stay small.
 * `opening` is the first paragraph, for feeds and search excerpts when there is no lede, and for
 * threads and topics; the loader keeps it beside the store too (openings are most of an entry's
 * size) and the site's article list joins it back.
 */
export const articleSchema = parsedArticleSchema.omit({ blocks: true, html: true }).extend({
  body: z.string(),
  opening: z.string().optional(),
});

/** The part of an article only its own page shows. */
export const articleBodySchema = parsedArticleSchema.pick({ blocks: true, html: true });

export type ParsedArticle = z.infer<typeof parsedArticleSchema>;
export type Article = z.infer<typeof articleSchema>;
export type ArticleBody = z.infer<typeof articleBodySchema>;
export type Block = z.infer<typeof blockSchema>;
export type SourceRelated = z.infer<typeof sourceRelatedSchema>;
export type Removed = z.infer<typeof removedSchema>;
