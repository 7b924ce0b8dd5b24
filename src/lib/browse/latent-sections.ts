import { assignTermSlugs } from './term-slugs.ts';
import type { TermGroup } from './group-by-term.ts';
import { words as wordsOf } from '../text/words.ts';

/** What naming a latent section reads of an article. */
export interface Headlined {
  headline: string;
}

/** A pair of syllables counts a little more: most Vietnamese words are two syllables (`bóng đá`). */
const PAIR_BOOST = 1.25;
/** Stories a section's name is read from, its oldest: enough for a stable name, and news does not move it. */
const NAMING_SAMPLE = 1000;
/** A second term joins the name only when it is nearly as telling as the first. */
const SECOND_TERM_SHARE = 0.6;

/**
 * Function words, the commonest verbs of headlines and words of dates and counts: frequent in
 * some desks (`của` in entertainment, `ngày` and `số` in lottery results) yet they name none. A term with one of them is never a section's name.
 */
const FUNCTION_WORDS = new Set(
  ('của và ở với cho trong là có được bị không những các một người khi từ về ra vào đến tại sau trước để này đã sẽ ' +
    'đang như thế nào gì vì sao hơn nhất mới lên đi làm cả nhiều phải còn lại bao cũng rất hay theo qua do nhờ bằng ' +
    'chỉ vẫn đều nên thì mà hãy đừng chưa vừa rồi ai đâu gần hết ngày tháng năm giờ số lần hàng').split(' '),
);

/** A headline's syllables (letters only: numbers name no desk) with their spelling as written. */
function syllables(headline: string): string[] {
  return wordsOf(headline.normalize('NFC')).filter((word) => !/^\p{N}+$/u.test(word));
}

/** Each headline's distinct terms (syllables and adjacent pairs), lower-cased, and how each term was spelled. */
function headlineTerms(headline: string, spellings: Map<string, Map<string, number>>): Set<string> {
  const words = syllables(headline);
  const terms = new Set<string>();
  const add = (written: string) => {
    const key = written.toLocaleLowerCase('vi');
    terms.add(key);
    const seen = spellings.get(key) ?? new Map<string, number>();
    seen.set(written, (seen.get(written) ?? 0) + 1);
    spellings.set(key, seen);
  };
  words.forEach((word, i) => {
    add(word);
    if (i > 0) add(`${words[i - 1]} ${word}`);
  });
  return terms;
}

/** The most frequent spelling; on a tie the lower-case one (a headline's first word is capitalised). */
function spellingOf(key: string, spellings: Map<string, Map<string, number>>): string {
  const seen = [...(spellings.get(key) ?? new Map([[key, 1]]))];
  seen.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? 1 : a[0] > b[0] ? -1 : 0));
  return seen[0]![0];
}

/**
 * How much a term marks a section: its share of the section's headlines times the log of how much
 * more often it appears there than in the whole site (a term's part in the divergence of the two),
 * so a word every desk uses (`của`, `ở`) scores low even where it is frequent.
 */
function distinctiveness(inSection: number, overall: number): number {
  return inSection * Math.log(inSection / overall);
}

/** Each syllable's most frequent pair in a section (ties: the first in code-point order), in one pass. */
function bestPairs(counts: Map<string, number>): Map<string, [pair: string, count: number]> {
  const best = new Map<string, [string, number]>();
  for (const [term, n] of counts) {
    if (!term.includes(' ')) continue;
    for (const word of new Set(term.split(' '))) {
      const current = best.get(word);
      if (!current || n > current[1] || (n === current[1] && term < current[0])) best.set(word, [term, n]);
    }
  }
  return best;
}

/**
 * A syllable that nearly always comes with its neighbour stands for the pair: `học` in a section
 * of `học sinh` headlines is `học sinh`, not `học` and then `sinh`.
 */
function wholeWord(term: string, count: number, pairs: Map<string, [string, number]>): string {
  const pair = term.includes(' ') ? undefined : pairs.get(term);
  return pair && pair[1] >= 0.7 * count ? pair[0] : term;
}

/**
 * Names the related engine's latent sections (communities of the neighbour graph) for a site whose
 * files give neither category nor source: each section of at least `minArticles` articles gets the
 * headline terms (syllables or syllable pairs) most frequent in it and rare elsewhere
 * (`distinctiveness`), one or two of them, as
 * they are written (`Bóng đá, HLV`); a section with no such term is `unnamed(its number)`. Items keep the given (newest-first) order; groups come with
 * unique names and slugs, in no particular order. Deterministic.
 *
 * @example nameLatentSections(latest, (a) => communities.get(a.file), { minArticles: 2, unnamed }) // [{ name: 'Xe, ô tô', slug: 'xe-o-to', items }]
 */
export function nameLatentSections<T extends Headlined>(
  latest: readonly T[],
  sectionOf: (item: T) => number | undefined,
  { minArticles, unnamed }: { minArticles: number; unnamed: (section: number) => string },
): TermGroup<T>[] {
  const spellings = new Map<string, Map<string, number>>();
  const corpus = new Map<string, number>();
  const members = new Map<number, { items: T[]; counts: Map<string, number> }>();
  const read = new Map<number, number>();
  // Oldest first: a section is named from its first NAMING_SAMPLE stories, so news arriving at
  // the top does not rename it (and with it move its URLs and every page that shows its name).
  let sampled = 0;
  for (let i = latest.length - 1; i >= 0; i--) {
    const item = latest[i]!;
    const section = sectionOf(item) ?? -1; // the articles of no section count for the site as a whole
    if ((read.get(section) ?? 0) >= NAMING_SAMPLE) continue;
    read.set(section, (read.get(section) ?? 0) + 1);
    sampled++;
    const member = section < 0 ? undefined : members.get(section) ?? { items: [], counts: new Map<string, number>() };
    if (member) members.set(section, member);
    for (const term of headlineTerms(item.headline, spellings)) {
      corpus.set(term, (corpus.get(term) ?? 0) + 1);
      if (member) member.counts.set(term, (member.counts.get(term) ?? 0) + 1);
    }
  }
  for (const item of latest) {
    const section = sectionOf(item);
    if (section !== undefined) members.get(section)!.items.push(item);
  }
  const used = new Set<string>();
  const named: { name: string; items: T[] }[] = [];
  for (const [id, { items, counts }] of [...members].sort((a, b) => a[0] - b[0])) {
    if (items.length < minArticles) continue;
    const pairs = bestPairs(counts);
    const ranked = [...counts]
      .filter(([term, n]) => n >= 2 && !term.split(' ').some((w) => FUNCTION_WORDS.has(w)))
      .map(([term, n]) => ({ term: wholeWord(term, n, pairs), score: distinctiveness(n / read.get(id)!, corpus.get(term)! / sampled) * (term.includes(' ') ? PAIR_BOOST : 1) }))
      .filter((t) => t.score > 0)
      .sort((a, b) => b.score - a.score || (a.term < b.term ? -1 : 1));
    // The best term; a second one when nearly as telling; more only while the name is another section's.
    const chosen: string[] = [];
    for (const { term, score } of ranked) {
      const words = term.split(' ');
      if (chosen.some((c) => c.split(' ').some((w) => words.includes(w)))) continue;
      // Two syllables of one word (`học`, `sinh`) are the word (`học sinh`).
      const joined = chosen.findIndex((c) => (counts.get(`${c} ${term}`) ?? 0) * 2 >= Math.min(counts.get(c)!, counts.get(term)!));
      if (joined >= 0 && !term.includes(' ') && !chosen[joined]!.includes(' ')) {
        chosen[joined] = `${chosen[joined]} ${term}`;
        continue;
      }
      const taken = chosen.length > 0 && used.has(nameFrom(chosen, spellings));
      if (chosen.length > 0 && !taken && (chosen.length === 2 || score < ranked[0]!.score * SECOND_TERM_SHARE)) break;
      chosen.push(term);
      if (chosen.length === 4) break;
    }
    let name = chosen.length > 0 ? nameFrom(chosen, spellings) : unnamed(id);
    if (used.has(name)) name = `${name} (${id + 1})`;
    used.add(name);
    named.push({ name, items });
  }
  const slugs = assignTermSlugs(named.map((n) => n.name));
  return named.map(({ name, items }) => ({ name, slug: slugs.get(name)!, items }));
}

/** `['bóng đá', 'hlv']` -> `Bóng đá, HLV`: each term as most often written, a lower-case start capitalised (not `iPhone`). */
function nameFrom(terms: string[], spellings: Map<string, Map<string, number>>): string {
  const text = terms.map((t) => spellingOf(t, spellings)).join(', ');
  const first = text.split(',')[0]!;
  return first === first.toLocaleLowerCase('vi') ? text.charAt(0).toLocaleUpperCase('vi') + text.slice(1) : text;
}
