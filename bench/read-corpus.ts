import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readArticle } from '../src/lib/ingest/read-article.ts';
import { relatedInput } from '../src/lib/related/article-input.ts';
import type { RelatedInput } from '../src/lib/related/types.ts';

/**
 * A corpus folder as the related-stories engine sees it on the site: every file through the
 * project's own parser, then `relatedInput`. Category and source are dropped, so neither (nor
 * the URL section the parser reads the category from) can reach the ranking in a benchmark.
 * Files are read in name order, 256 at a time (open-file limits).
 */
export async function readCorpus(dir: string): Promise<(RelatedInput & { file: string })[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.txt') || f.endsWith('.md')).sort();
  const out: (RelatedInput & { file: string })[] = [];
  for (let i = 0; i < files.length; i += 256) {
    const batch = files.slice(i, i + 256).map(async (file) => {
      const result = readArticle(file, await readFile(join(dir, file)));
      if (!result.ok) return undefined;
      const { category: _category, source: _source, ...input } = relatedInput(result.article);
      return { ...input, file };
    });
    for (const doc of await Promise.all(batch)) if (doc) out.push(doc);
  }
  return out;
}
