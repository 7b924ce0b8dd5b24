import { defineCollection } from 'astro:content';
import { articleSchema } from './lib/ingest/article.ts';
import config from 'virtual:bao-tinh/loader-config';
import { articleLoader } from './loaders/article-loader.ts';

export const collections = {
  articles: defineCollection({
    loader: articleLoader(config),
    schema: articleSchema,
  }),
};
