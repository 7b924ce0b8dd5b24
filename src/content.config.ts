import { defineCollection } from 'astro:content';
import { articleSchema } from './lib/ingest/article.ts';
import { readSiteConfig } from './lib/site/site-config.ts';
import { articleLoader } from './loaders/article-loader.ts';

const config = readSiteConfig(process.env, process.cwd());

export const collections = {
  articles: defineCollection({
    loader: articleLoader(config),
    schema: articleSchema,
  }),
};
