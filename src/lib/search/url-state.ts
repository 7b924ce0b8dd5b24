/** What the search page shows, all of it kept in the URL so a search can be shared and Back works. */
export interface SearchState {
  q: string;
  source: string;
  category: string;
  sort: 'relevance' | 'newest';
}

/** Query-string names: `q` as the header form sends it, the rest in Vietnamese like the site's paths. */
export const PARAM = { q: 'q', source: 'nguon', category: 'chuyen-muc', sort: 'sap-xep' } as const;
const NEWEST = 'moi-nhat';

/** Reads the state from a query string (`?q=da+nang&nguon=Dân+trí`), NFC and trimmed. */
export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const get = (name: string) => (params.get(name) ?? '').normalize('NFC').trim();
  return {
    q: get(PARAM.q),
    source: get(PARAM.source),
    category: get(PARAM.category),
    sort: get(PARAM.sort) === NEWEST ? 'newest' : 'relevance',
  };
}

/** The query string for a state, leaving out defaults so plain searches keep short URLs (`?q=da+nang`). */
export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set(PARAM.q, state.q);
  if (state.source) params.set(PARAM.source, state.source);
  if (state.category) params.set(PARAM.category, state.category);
  if (state.sort === 'newest') params.set(PARAM.sort, NEWEST);
  const query = params.toString();
  return query ? `?${query}` : '';
}
