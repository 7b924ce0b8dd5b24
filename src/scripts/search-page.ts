/**
 * The search page's only script: runs the query from the URL on Pagefind and keeps the URL
 * in step (`?q=` and the filters), so searches can be shared and Back works. Pagefind itself
 * is imported on first use, never on article pages.
 */
import { vi } from '../i18n/vi.ts';
import { planSearch } from '../lib/search/query.ts';
import { rankByAdjacency } from '../lib/search/rank.ts';
import { readSearchState, writeSearchState, PARAM, type SearchState } from '../lib/search/url-state.ts';
import { EXCERPT_LENGTH, RESULTS_PAGE_SIZE, SEARCH_RANKING } from '../lib/search/options.ts';
import { renderResult, type ResultData } from './search-render.ts';

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}
interface Pagefind {
  options(o: object): Promise<void>;
  search(q: string, o?: object): Promise<{ results: PagefindResult[] }>;
}

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) start(root);

function start(root: HTMLElement): void {
  const base = root.dataset.base ?? '/';
  const form = root.querySelector<HTMLFormElement>('form')!;
  const status = root.querySelector<HTMLElement>('.search-status')!;
  const list = root.querySelector<HTMLOListElement>('.search-results')!;
  const more = root.querySelector<HTMLButtonElement>('.search-more')!;
  let pagefind: Promise<Pagefind> | undefined;
  let generation = 0;
  let pending: PagefindResult[] = [];
  let shownQuery = '';

  const load = () =>
    (pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (pf: Pagefind) => {
      await pf.options({ baseUrl: base, excerptLength: EXCERPT_LENGTH, ranking: SEARCH_RANKING });
      return pf;
    }));

  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
  const fillForm = (s: SearchState) => {
    field(PARAM.q).value = s.q;
    field(PARAM.source).value = s.source;
    field(PARAM.category).value = s.category;
    field(PARAM.sort).value = s.sort === 'newest' ? 'moi-nhat' : '';
  };

  async function showMore(gen: number): Promise<void> {
    const batch = pending.splice(0, RESULTS_PAGE_SIZE);
    const data = await Promise.all(batch.map((r) => r.data()));
    if (gen !== generation) return;
    list.append(...data.map((d) => renderResult(d, shownQuery)));
    more.hidden = pending.length === 0;
  }

  async function run(state: SearchState): Promise<void> {
    const gen = ++generation;
    fillForm(state);
    list.replaceChildren();
    more.hidden = true;
    const plan = planSearch(state.q);
    if (!plan.query) {
      status.textContent = '';
      root.dataset.state = 'idle';
      return;
    }
    root.dataset.state = 'loading';
    status.textContent = vi.searchLoading;
    try {
      const pf = await load();
      const filters: Record<string, string> = {};
      if (state.source) filters.source = state.source;
      if (state.category) filters.category = state.category;
      const sort = state.sort === 'newest' ? { date: 'desc' } : undefined;
      const [main, ...probes] = await Promise.all([
        pf.search(plan.query, { filters, sort }),
        ...(sort ? [] : plan.phrases.map((p) => pf.search(p, { filters }))),
      ]);
      if (gen !== generation) return;
      pending = rankByAdjacency(main.results, probes.map((p) => new Set(p.results.map((r) => r.id))));
      shownQuery = plan.query;
      status.textContent = pending.length ? vi.searchCount(pending.length, state.q) : vi.searchEmpty(state.q);
      await showMore(gen);
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
  field(PARAM.q).addEventListener('focus', () => void load(), { once: true });
  more.addEventListener('click', () => void showMore(generation));
  window.addEventListener('popstate', () => void run(readSearchState(location.search)));
  void run(readSearchState(location.search));
}
