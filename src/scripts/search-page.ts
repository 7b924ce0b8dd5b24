/**
 * The search page's only script: runs the query from the URL and keeps the URL in step (`?q=`
 * and the filters), so searches can be shared and Back works. Headline matches come first, from
 * the small headline index; Pagefind's full text follows when headlines give fewer than five
 * results, when the reader asks for more, or when a filter or the date sort is chosen.
 */
import { vi } from '../i18n/vi.ts';
import { readSearchState, writeSearchState, PARAM, type SearchState } from '../lib/search/url-state.ts';
import { FIRST_RESULTS, RESULTS_PAGE_SIZE } from '../lib/search/options.ts';
import { headlineTier } from './headline-tier.ts';
import type { HeadlineIndexMeta } from '../lib/search/headline-index/format.ts';
import { pagefindTier, type FullTextFeed } from './pagefind-tier.ts';
import type { ResultFeed } from './result-feed.ts';
import { renderResult, type ResultData } from './search-render.ts';
import { hasLetterOrDigit } from '../lib/text/words.ts';

const NO_RESULTS: ResultFeed = { count: 0, done: true, take: async () => [] };

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) start(root);

function start(root: HTMLElement): void {
  const base = root.dataset.base ?? '/';
  const form = root.querySelector<HTMLFormElement>('form')!;
  const status = root.querySelector<HTMLElement>('.search-status')!;
  const list = root.querySelector<HTMLOListElement>('.search-results')!;
  const more = root.querySelector<HTMLButtonElement>('.search-more')!;
  const headlines = headlineTier(base, JSON.parse(root.dataset.index ?? '{}') as HeadlineIndexMeta);
  const fullText = pagefindTier(base);

  /** The search on screen: its tiers in order, and what has been shown. */
  interface Shown {
    gen: number;
    state: SearchState;
    feeds: ResultFeed[];
    fullTextAdded: boolean;
    fullText?: FullTextFeed;
    urls: Set<string>;
  }
  let generation = 0;
  let shown: Shown | undefined;

  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
  const fillForm = (s: SearchState) => {
    field(PARAM.q).value = s.q;
    field(PARAM.source).value = s.source;
    field(PARAM.category).value = s.category;
    field(PARAM.sort).value = s.sort === 'newest' ? 'moi-nhat' : '';
  };

  async function addFullText(s: Shown): Promise<void> {
    s.fullTextAdded = true;
    const feed = await fullText.search(s.state, s.urls);
    if (s.gen !== generation) return;
    s.feeds.push(feed);
    s.fullText = feed;
    showCount(s);
  }

  /** The count line, saying when only the newest part of the archive has been searched so far. */
  function showCount(s: Shown): void {
    const feed = s.fullText;
    if (!feed) return;
    const total = Math.max(feed.count, s.feeds[0].count);
    const partial = feed.searched < feed.total;
    if (!total) status.textContent = partial ? vi.searchEmptyRecent(s.state.q, feed.searched) : vi.searchEmpty(s.state.q);
    // A larger headline count covers the whole archive already.
    else if (partial && feed.count >= s.feeds[0].count) status.textContent = vi.searchCountRecent(total, s.state.q, feed.searched);
    else status.textContent = vi.searchCount(total, s.state.q);
  }

  /**
   * Shows the next page of results. Asked for by the reader (`reachFullText`), it moves on to
   * the full text when headlines run out; the first page never does by itself. Older articles
   * are searched only when the reader asks (`older`), until something turns up.
   */
  async function showMore(s: Shown, reachFullText: boolean, want = RESULTS_PAGE_SIZE, older = false): Promise<void> {
    const page: ResultData[] = [];
    for (;;) {
      for (const feed of s.feeds) {
        while (page.length < want && !feed.done) {
          if (feed.paused) {
            if (!older || page.length > 0) break;
            await feed.widen!();
            continue;
          }
          // A page found by both tiers is shown once, where it ranks first.
          for (const d of await feed.take(want - page.length)) {
            if (!s.urls.has(d.url)) page.push(d);
            s.urls.add(d.url);
          }
        }
      }
      if (page.length >= want || s.fullTextAdded || !reachFullText) break;
      await addFullText(s);
      if (s.gen !== generation) return;
    }
    if (s.gen !== generation) return;
    showCount(s);
    list.append(...page.map((d) => renderResult(d, s.state.q)));
    const left = s.feeds.some((feed) => !feed.done);
    const onlyOlder = left && s.feeds.every((feed) => feed.done || feed.paused);
    more.hidden = !left && s.fullTextAdded;
    more.textContent = onlyOlder ? vi.searchOlder : left ? vi.searchMore : vi.searchFullText;
  }

  async function run(state: SearchState): Promise<void> {
    const gen = ++generation;
    fillForm(state);
    list.replaceChildren();
    more.hidden = true;
    shown = undefined;
    if (!hasLetterOrDigit(state.q)) {
      status.textContent = '';
      root.dataset.state = 'idle';
      return;
    }
    root.dataset.state = 'loading';
    status.textContent = vi.searchLoading;
    try {
      const s: Shown = { gen, state, feeds: [], fullTextAdded: false, urls: new Set() };
      // Filters and the date sort need every page's fields: only Pagefind has them.
      if (state.source || state.category || state.sort === 'newest') {
        await addFullText(s);
        if (gen !== generation) return;
        shown = s;
        await showMore(s, false);
      } else {
        // A host that lost the headline files still has the full text: search that instead.
        const feed = await headlines.search(state.q).catch((err: unknown) => (console.warn(err), NO_RESULTS));
        if (gen !== generation) return;
        s.feeds.push(feed);
        if (feed.count > 0) status.textContent = vi.searchHeadlineCount(feed.count, state.q);
        shown = s;
        await showMore(s, false);
        // Few headline matches: show them at once, then fill the page from the full text.
        if (feed.count < FIRST_RESULTS && gen === generation) await showMore(s, true, RESULTS_PAGE_SIZE - feed.count);
      }
      if (gen === generation) root.dataset.state = 'done';
    } catch (err) {
      if (gen !== generation) return;
      console.error(err);
      status.textContent = vi.searchError;
      root.dataset.state = 'error';
    }
  }

  const readForm = (): SearchState => readSearchState(new URLSearchParams(new FormData(form) as never).toString());
  const navigate = () => {
    const state = readForm();
    history.pushState(null, '', `${location.pathname}${writeSearchState(state)}`);
    void run(state);
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate();
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).tagName === 'SELECT') navigate();
  });
  more.addEventListener('click', async () => {
    if (!shown) return;
    root.dataset.state = 'loading';
    try {
      await showMore(shown, true, RESULTS_PAGE_SIZE, true);
      if (shown?.gen === generation) root.dataset.state = 'done';
    } catch (err) {
      console.error(err);
      status.textContent = vi.searchError;
      root.dataset.state = 'error';
    }
  });
  window.addEventListener('popstate', () => void run(readSearchState(location.search)));
  void run(readSearchState(location.search));
}
