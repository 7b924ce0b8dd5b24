import { foldKey } from '../../text/fold.ts';
import { END, START, type SyllableStats } from './syllable-stats.ts';

/**
 * Forms each model offers for a slug syllable, most frequent first. 8, not 4: a common
 * syllable has up to ten spellings and the fifth can be the right one (`thu` -> `thú` after
 * `thủ`, `thu`, `thứ`, `thư`; `ke` -> `kệ`): on unc-dev's hidden headlines, syllables right in
 * place 1264 -> 1268 of 1303, whole headlines 77 either way (30 gave the same as 8).
 */
const MAX_FORMS_PER_MODEL = 8;
/**
 * Paths kept after each syllable: 8 forms per model make up to ~15 candidates, so a full
 * second-order search costs twice the time for nothing (unc-dev: the same 77 of 93 exact
 * headlines with 8, 16 or all paths; 8.0, 11.4 and 20.4 ms of CPU a headline).
 */
const BEAM = 16;
/**
 * Weight, in words, of the collection's prediction against the article's own counts of a
 * form (a Dirichlet prior): the article's spelling wins when it writes the word, the
 * collection's context decides when it does not. On unc-dev's hidden headlines: 300 -> 71,
 * 600 and 1000 -> 77, 3000 -> 74 of 93 exact (4 forms per model, before the pruning fix of
 * expandModel; the linear mix it replaced: 74).
 */
const COLLECTION_PRIOR = 1000;

/**
 * An article that writes a syllable this often has shown how it spells it: two uses are too
 * few to trust (`về` twice in an article whose headline has `vẻ đẹp`, `đó` twice for `đỗ xe`;
 * unc-dev hidden headlines: 74 of 93 exact with 2, 79 with 3, 78 with 5).
 */
const ARTICLE_SPELLS_MIN = 3;
/**
 * How often a headline spells a syllable in a way its article, writing that syllable at least
 * ARTICLE_SPELLS_MIN times, never does: measured on the models' own corpus, not on unc-dev
 * (baomoi, every fifth file: 872 of 59,026 headline syllables, 0.0148). Such a spelling's
 * probability is scaled by it: the article's `tệ` (three times, `tề` never) wins over the
 * headline model's `Barcelona tề tựu`.
 */
const UNWRITTEN_SHARE = 0.015;

/**
 * Log-weight of each candidate: 0, or log(UNWRITTEN_SHARE) for a spelling the article never
 * gives a syllable it writes at least ARTICLE_SPELLS_MIN times.
 */
function articlePrior(own: SyllableStats, unit: string, forms: string[]): number[] {
  const seen = own.forms.get(unit);
  let uses = 0;
  for (const count of seen?.values() ?? []) uses += count;
  return forms.map((form) => (seen && uses >= ARTICLE_SPELLS_MIN && !seen.has(form) ? Math.log(UNWRITTEN_SHARE) : 0));
}

/** The `k` most frequent forms (ties by form, so the choice is deterministic). */
function topForms(counts: Map<string, number> | undefined, k: number): string[] {
  if (!counts) return [];
  if (counts.size <= k) return [...counts.keys()];
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, k).map(([form]) => form);
}

/** Counts of one text and the share of the probability it gets in the mix. */
export type WeightedModel = [SyllableStats, number];

const countOf = (s: SyllableStats, word: string) => {
  const key = foldKey(word);
  return s.forms.get(key)?.get(word) ?? s.glued.get(key)?.get(word) ?? 0;
};

/**
 * P(word) in one text: a shipped model's Kneser-Ney unigram (how many words it follows), else
 * the word's count. A form the unigrams lack (a glued `covid-19`) falls back to its count.
 */
function unigramProb(s: SyllableStats, word: string): number {
  const u = s.unigrams;
  return ((u?.counts.get(word) ?? countOf(s, word)) + 0.01) / ((u?.total ?? s.total) + 1);
}

/** P(word | two previous words) under one text's counts, smoothed down to `base` (default: its unigram). */
function trigramProb(s: SyllableStats, h2: string, h1: string, word: string, base = unigramProb(s, word)): number {
  const bi = backedOff(s, h1, word, base);
  return h2 === '' ? bi : backedOff(s, `${h2} ${h1}`, word, bi);
}

/**
 * What followed the history, backed off to `lower`: Witten-Bell in an article's counts (by how
 * varied the followers were), interpolated Kneser-Ney in a shipped model, whose counts come
 * discounted with the back-off weight they freed (syllable-model.ts).
 */
function backedOff(s: SyllableStats, history: string, word: string, lower: number): number {
  const [n, types, backoff = types] = s.contexts.get(history) ?? [0, 0];
  if (n === 0) return lower;
  return ((s.ngrams.get(`${history} ${word}`) ?? 0) + backoff * lower) / (n + types);
}

/**
 * P(word | history): the article's own trigram counts, backed off to a unigram that is the
 * article's count of the word on top of the collection's prediction in context (the
 * collection models mixed by their shares). A linear mix with the article's model instead
 * let its unigram swamp the collection's context (`giám đốc nhất` over `độc nhất`).
 */
function cacheProb(own: SyllableStats, collection: WeightedModel[], h2: string, h1: string, word: string): number {
  if (collection.length === 0) return trigramProb(own, h2, h1, word);
  const share = collection.reduce((a, [, w]) => a + w, 0);
  const context = collection.reduce((sum, [s, w]) => sum + (w / share) * trigramProb(s, h2, h1, word), 0);
  return trigramProb(own, h2, h1, word, (countOf(own, word) + COLLECTION_PRIOR * context) / (own.total + COLLECTION_PRIOR));
}

/**
 * Best diacritic form for each slug syllable, by second-order Viterbi under a cache language model:
 * the article's own trigram model backed off to the collection's (`collection`). The article
 * knows the topic and names (`cố vấn` here, not `cô vẫn`); the collection
 * knows the phrases the article never wrote. Context (`bộ trưởng`, `con bò`)
 * beats raw frequency. A spelling the article never gives a word it writes often is
 * unlikely (articlePrior).
 */
export function bestForms(own: SyllableStats, collection: WeightedModel[], slug: string[]): string[] {
  const prob = (h2: string, h1: string, f: string) => cacheProb(own, collection, h2, h1, f);
  const models = [own, ...collection.map(([s]) => s)];
  // Each model offers its few most frequent forms: the search grows with the cube of the
  // candidates, and a collection-wide model knows up to ten forms of a common syllable.
  const known = (map: 'forms' | 'glued', syl: string) =>
    new Set(models.flatMap((s) => topForms(s[map].get(syl), MAX_FORMS_PER_MODEL)));
  // A number is written as the article writes it: `1,8` or `30/4` for a slug's `18` or `304` only
  // when the article does, and not when it also writes the plain number; the collection's dates and
  // prices (`9/7`) belong to other stories.
  const gluedForms = (syl: string) =>
    !/^\d+$/.test(syl) ? known('glued', syl) : !own.forms.has(syl) ? topForms(own.glued.get(syl), MAX_FORMS_PER_MODEL) : [];
  const cands = [[START], ...slug.map((syl) => {
    const forms = new Set([...known('forms', syl), ...gluedForms(syl)]);
    return forms.size ? [...forms] : [syl];
  })];
  const prior = cands.map((forms, i) => (i === 0 ? [0] : articlePrior(own, slug[i - 1], forms)));
  type State = { score: number; path: number[] };
  let states = new Map<string, State>([['-1,0', { score: 0, path: [] }]]);
  for (let i = 1; i < cands.length; i++) {
    const next = new Map<string, State>();
    for (const [key, st] of states) {
      const [p, q] = key.split(',').map(Number);
      const h2 = p >= 0 ? cands[i - 2][p] : '';
      cands[i].forEach((f, j) => {
        const score = st.score + Math.log(prob(h2, cands[i - 1][q], f)) + prior[i][j];
        const k = `${q},${j}`;
        const old = next.get(k);
        if (!old || score > old.score) next.set(k, { score, path: [...st.path, j] });
      });
    }
    states = next.size <= BEAM ? next : new Map([...next].sort((a, b) => b[1].score - a[1].score).slice(0, BEAM));
  }
  // The headline ends after its last syllable: `lên kệ` closes a sentence, `lên kế` rarely does.
  let best: State | undefined;
  for (const [key, st] of states) {
    const [p, q] = key.split(',').map(Number);
    const score = st.score + Math.log(prob(p >= 0 ? cands[cands.length - 2][p] : '', cands[cands.length - 1][q], END));
    if (!best || score > best.score) best = { score, path: st.path };
  }
  return (best?.path ?? []).map((j, i) => cands[i + 1][j]);
}
