import { caseOf, collectStats, foldKey, START, tokenize, type SyllableStats } from './syllable-stats.ts';

/** Below this share of syllables found, the guess is worse than the first sentence. */
const MIN_RESTORED_SHARE = 0.6;
/** Only the top of the file can be the headline; a later match is a quote of it. */
const HEADLINE_WINDOW = 5;
/** Weight of the article's own model against the collection's: its topic and names. */
const ARTICLE_SHARE = 0.5;

/**
 * The headline syllables a news URL still carries, marks stripped:
 * `.../nganh-thue-that-thu-20201001130442778.htm` -> `['nganh','thue','that','thu']`.
 * The trailing numeric id and the extension are not part of the headline.
 */
export function slugSyllables(url: string): string[] {
  const path = url.split(/[?#]/)[0].replace(/\/+$/, '');
  const last = decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
  return last
    .replace(/\.[a-z0-9]+$/i, '')
    .replace(/-\d{6,}$/, '')
    .split('-')
    .map(foldKey)
    .filter((s) => s !== '');
}

/**
 * Index of a line near the top whose words, folded, spell the slug: that line
 * is the real headline and can be shown verbatim, punctuation and all.
 * Compared without word breaks, since slugs glue `200.000`, `GD&ĐT` and split
 * `MobiFone`. -1 when the file starts with a lede or a caption instead.
 */
export function findHeadlineLine(lines: string[], slug: string[], window = HEADLINE_WINDOW): number {
  const want = slug.join('');
  for (let i = 0; i < Math.min(window, lines.length); i++) {
    if (want !== '' && tokenize(lines[i]).map(foldKey).join('') === want) return i;
  }
  return -1;
}

/** A restored headline, and how many of its syllables the counts knew. */
export interface RecoveredHeadline {
  headline: string;
  restored: number;
  total: number;
}

/** Tuning of recoverHeadline; all optional. */
export interface RecoverOptions {
  /** Below this share of syllables found, return undefined (default 0.6). */
  minShare?: number;
  /** Counts from the whole collection: spellings and phrases the article never uses. */
  background?: SyllableStats;
  /** Weight of the article's own model against the background's, 0..1. */
  articleShare?: number;
}

/** P(word | two previous words) under one text's counts, Witten-Bell smoothed. */
function trigramProb(s: SyllableStats, h2: string, h1: string, word: string): number {
  const uni = ((s.forms.get(foldKey(word))?.get(word) ?? 0) + 0.01) / (s.total + 1);
  const bi = wittenBell(s, h1, word, uni);
  return h2 === '' ? bi : wittenBell(s, `${h2} ${h1}`, word, bi);
}

/** What followed the history, backed off to `lower` by how varied the followers were. */
function wittenBell(s: SyllableStats, history: string, word: string, lower: number): number {
  const [n, types] = s.contexts.get(history) ?? [0, 0];
  if (n === 0) return lower;
  return ((s.ngrams.get(`${history} ${word}`) ?? 0) + types * lower) / (n + types);
}

/**
 * Best form sequence by second-order Viterbi under a cache language model:
 * the article's own trigram model mixed with the collection's. The article
 * knows the topic and names (`cố vấn` here, not `cô vẫn`); the collection
 * knows the phrases the article never wrote. Context (`bộ trưởng`, `con bò`)
 * beats raw frequency.
 */
function bestForms(models: [SyllableStats, number][], slug: string[]): string[] {
  const prob = (h2: string, h1: string, f: string) =>
    models.reduce((sum, [s, share]) => sum + share * trigramProb(s, h2, h1, f), 0);
  const cands = [[START], ...slug.map((syl) => {
    const forms = new Set(models.flatMap(([s]) => [...(s.forms.get(syl)?.keys() ?? [])]));
    return forms.size ? [...forms] : [syl];
  })];
  type State = { score: number; path: number[] };
  let states = new Map<string, State>([['-1,0', { score: 0, path: [] }]]);
  for (let i = 1; i < cands.length; i++) {
    const next = new Map<string, State>();
    for (const [key, st] of states) {
      const [p, q] = key.split(',').map(Number);
      const h2 = p >= 0 ? cands[i - 2][p] : '';
      cands[i].forEach((f, j) => {
        const score = st.score + Math.log(prob(h2, cands[i - 1][q], f));
        const k = `${q},${j}`;
        const old = next.get(k);
        if (!old || score > old.score) next.set(k, { score, path: [...st.path, j] });
      });
    }
    states = next;
  }
  let best: State | undefined;
  for (const st of states.values()) if (!best || st.score > best.score) best = st;
  return (best?.path ?? []).map((j, i) => cands[i + 1][j]);
}

/**
 * Puts the marks back on a slug for files whose headline line is missing:
 * each syllable takes a spelling the article (and, if given, the collection)
 * uses, neighbours decide between homographs, unseen syllables stay ASCII.
 * Proper nouns keep the case the text gives them mid-sentence; the first
 * letter is capitalised. Undefined when too little was found to beat the
 * first sentence.
 */
export function recoverHeadline(
  slug: string[],
  text: string,
  { minShare = MIN_RESTORED_SHARE, background, articleShare = ARTICLE_SHARE }: RecoverOptions = {},
): RecoveredHeadline | undefined {
  if (slug.length === 0) return undefined;
  const own = collectStats(text);
  const models: [SyllableStats, number][] = background ? [[own, articleShare], [background, 1 - articleShare]] : [[own, 1]];
  const restored = slug.filter((syl) => models.some(([s]) => s.forms.has(syl)) || /^\d+$/.test(syl)).length;
  if (restored / slug.length < minShare) return undefined;
  const forms = bestForms(models, slug);
  const words = forms.map((f, i) => caseOf(own, f, forms[i - 1]) ?? (background && caseOf(background, f, forms[i - 1])) ?? f);
  words[0] = words[0].charAt(0).toUpperCase() + words[0].slice(1);
  return { headline: words.join(' '), restored, total: slug.length };
}
