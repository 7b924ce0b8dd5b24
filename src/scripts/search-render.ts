import { formatDateVi } from '../lib/ingest/dates.ts';
import { highlightExcerpt } from '../lib/search/highlight.ts';

/** The part of Pagefind's result data the page shows. */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[] | undefined>;
}

/**
 * One result as a list item: headline link, source and date, excerpt with matches marked.
 * Text goes in through `textContent`; only the excerpt is HTML, Pagefind's own escaped text.
 */
export function renderResult(data: ResultData, query: string): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);

  const meta = document.createElement('p');
  meta.className = 'meta';
  const source = data.filters?.source?.[0];
  if (source) meta.append(span('meta-source', source));
  if (data.meta.date) {
    const time = document.createElement('time');
    time.dateTime = data.meta.date;
    time.textContent = formatDateVi(data.meta.date);
    meta.append(time);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'search-excerpt';
  excerpt.innerHTML = highlightExcerpt(data.excerpt, query);
  item.append(heading, meta, excerpt);
  return item;
}

function span(className: string, text: string): HTMLSpanElement {
  const el = document.createElement('span');
  el.className = className;
  el.textContent = text;
  return el;
}
