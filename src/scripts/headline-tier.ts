/**
 * Search's first tier in the browser: the headline index under /tim-kiem/chi-muc/. Its meta
 * comes with the page; a first search fetches one small shard per query syllable and pair, then
 * one row file per shown result.
 */
import { HEADLINE_INDEX_DIR, type DocRow, type HeadlineIndexMeta, type TermShard } from '../lib/search/headline-index/format.ts';
import { docLocation, searchHeadlineIndex } from '../lib/search/headline-index/query.ts';
import { escapeHtml } from '../lib/search/highlight.ts';
import type { ResultFeed } from './result-feed.ts';
import type { ResultData } from './search-render.ts';

export interface HeadlineTier {
  search(query: string): Promise<ResultFeed>;
}

export function headlineTier(base: string, m: HeadlineIndexMeta): HeadlineTier {
  const files = new Map<string, Promise<unknown>>();
  const getJson = <T>(path: string): Promise<T> => {
    let file = files.get(path);
    if (!file) {
      // The version in the URL keeps files of an older build out of any cache.
      file = fetch(`${base}${HEADLINE_INDEX_DIR}${path}?v=${m.version}`).then((res) => {
        if (!res.ok) throw new Error(`${res.url}: HTTP ${res.status}`);
        return res.json();
      });
      // A failed fetch is not remembered: the next search tries again.
      file.catch(() => files.delete(path));
      files.set(path, file);
    }
    return file as Promise<T>;
  };
  const row = async (id: number): Promise<ResultData> => {
    const { shard, row } = docLocation(id, m);
    const [path, headline, source, date, excerpt] = (await getJson<DocRow[]>(`d/${shard}.json`))[row];
    return {
      url: `${base}${path}`,
      excerpt: escapeHtml(excerpt),
      meta: { title: headline, date: date || undefined },
      filters: source ? { source: [source] } : {},
    };
  };

  return {
    async search(query) {
      const ids = await searchHeadlineIndex(query, m, (n) => getJson<TermShard>(`t/${n}.json`));
      let next = 0;
      return {
        count: ids.length,
        get done() {
          return next >= ids.length;
        },
        take(n) {
          const batch = ids.slice(next, next + n);
          next += batch.length;
          return Promise.all(batch.map(row));
        },
      };
    },
  };
}
