import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { articleOpening } from '../../../src/lib/ingest/article-body-text.ts';
import { readArticle } from '../../../src/lib/ingest/read-article.ts';
import { relatedInput } from '../../../src/lib/related/article-input.ts';
import { buildRelatedIndex } from '../../../src/lib/related/index.ts';
import { buildStoryThreads, threadInput } from '../../../src/lib/threads/index.ts';

describe('the seed articles', () => {
  it('are one story told by VOV and Tiền Phong on different days: one thread, with the related engine as the site runs it', () => {
    const dir = new URL('../../../content/', import.meta.url);
    const articles = readdirSync(dir)
      .sort()
      .map((file) => readArticle(file, readFileSync(new URL(file, dir))))
      .flatMap((r) => (r.ok ? [r.article] : []));
    const lists = buildRelatedIndex(articles.map(relatedInput));
    const inputs = articles.map((a) => threadInput({ ...a, opening: articleOpening(a) }));
    const threads = buildStoryThreads(inputs, (id) => lists.get(id) ?? []);
    expect(threads).toHaveLength(1);
    expect(threads[0].entries.map((e) => inputs.find((i) => i.id === e.id)?.source).sort()).toEqual(['Tiền Phong', 'VOV']);
  });
});
