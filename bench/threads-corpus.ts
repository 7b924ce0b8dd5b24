import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { articleOpening } from '../src/lib/ingest/article-body-text.ts';
import { readArticle } from '../src/lib/ingest/read-article.ts';
import { relatedInput } from '../src/lib/related/article-input.ts';
import { buildRelatedIndex, type RelatedHit, type RelatedInput } from '../src/lib/related/index.ts';
import { threadInput, type ThreadInput } from '../src/lib/threads/index.ts';

/** A corpus folder as the thread stage sees it on the site, with the related lists it starts from. */
export interface ThreadCorpus {
  inputs: ThreadInput[];
  lists: Map<string, RelatedHit[]>;
  /** Seconds spent on the related lists (0 when read back from `listsFile`). */
  relatedSeconds: number;
}

/**
 * Reads every file through the project's parser (as the site does: `threadInput` of the stored
 * article, `relatedInput` with category and source dropped, as bench/read-corpus.ts does), then
 * the related lists: computed, or read back from `listsFile` when it exists (it is written after
 * computing), or skipped (`inputsOnly`: the topics need none). The lists take minutes on baomoi;
 * the thread stage is timed apart from them.
 */
export async function readThreadCorpus(dir: string, listsFile?: string, inputsOnly = false): Promise<ThreadCorpus> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.txt') || f.endsWith('.md')).sort();
  const inputs: ThreadInput[] = [];
  const related: RelatedInput[] = [];
  for (let i = 0; i < files.length; i += 256) {
    const batch = await Promise.all(files.slice(i, i + 256).map(async (file) => readArticle(file, await readFile(join(dir, file)))));
    for (const result of batch) {
      if (!result.ok) continue;
      inputs.push(threadInput({ ...result.article, opening: articleOpening(result.article) }));
      const { category: _category, source: _source, ...input } = relatedInput(result.article);
      related.push(input);
    }
  }
  if (inputsOnly) return { inputs, lists: new Map(), relatedSeconds: 0 };
  if (listsFile && existsSync(listsFile)) {
    return { inputs, lists: new Map(JSON.parse(readFileSync(listsFile, 'utf8')) as [string, RelatedHit[]][]), relatedSeconds: 0 };
  }
  const started = performance.now();
  const lists = buildRelatedIndex(related, { limit: 5 });
  const relatedSeconds = (performance.now() - started) / 1000;
  if (listsFile) writeFileSync(listsFile, JSON.stringify([...lists]));
  return { inputs, lists, relatedSeconds };
}
