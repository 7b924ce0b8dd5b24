import { shortIdFromPath, slugify } from '../site/slug.ts';
import { isStopName, scanNames, topicKey, type NameMention } from './topic-names.ts';

/** A person, place or organisation the corpus names often enough to have a page of its articles. */
export interface Topic {
  /** The spelling most articles use (`Đinh La Thăng`). */
  name: string;
  /** Lower case, marks kept: `đinh la thăng`. */
  key: string;
  /** URL segment under `chu-de/`: the name's slug, with a short id of its key when two names share it. */
  slug: string;
  /** Article ids that name it, in the order given. */
  ids: string[];
}

/** The site's topics and, for each article naming some, the ones its page links. */
export interface TopicIndex {
  /** Most articles first, ties by key. */
  topics: Topic[];
  /** Article id → its topics' keys in the order its text first names them, at most `maxShown`. */
  shown: Map<string, string[]>;
}

/**
 * What the topic stage reads of an article: its headline, lede and first paragraph, where a
 * report names who and where (the body names too many in passing). The site and the bench both call this.
 */
export function topicDoc(input: { id: string; headline: string; lede?: string; opening?: string }): { id: string; text: string } {
  return { id: input.id, text: [input.headline, input.lede, input.opening].filter(Boolean).join('\n') };
}

/** The knobs of `findTopics`; `topicThresholds` gives the site's. */
export interface TopicOptions {
  /** Fewest articles a topic names. */
  minArticles: number;
  /** Most articles a topic names: past it, a name is the news itself (`Trung Quốc` in a Vietnamese corpus). */
  maxArticles: number;
  /** Most topics an article's page links. */
  maxShown: number;
  /** A name followed by one same lower-case word in more than this share of its mentions is the start of a longer phrase (`Tết Nguyên` `đán`). */
  maxFollowShare: number;
}

/**
 * The site's thresholds for a corpus of `articleCount` articles. They move only when the corpus
 * doubles (they follow the largest power of two not above it), so adding a few articles to a
 * large site changes no threshold, and an article's topic links change only when one of its own
 * names crosses one: 2 articles up to 2,047 articles, then one more per 1,024 (32 at 32,768 to
 * 65,535). The cap is 1/32 of the same power of two.
 */
export function topicThresholds(articleCount: number): TopicOptions {
  const step = 2 ** Math.floor(Math.log2(Math.max(1, articleCount)));
  return { minArticles: Math.max(2, step / 1024), maxArticles: Math.max(64, step / 32), maxShown: 5, maxFollowShare: 0.5 };
}

interface Tally {
  ids: string[];
  spellings: Map<string, number>;
  mentions: number;
  next: Map<string, number>;
}

/** Slugs unique among topics: a name's own slug, or with a short id of its key when names share it. */
function assignSlugs(topics: readonly { name: string; key: string }[]): Map<string, string> {
  const byBase = new Map<string, string[]>();
  for (const t of topics) {
    const base = slugify(t.name, 60) || 'chu-de';
    byBase.set(base, [...(byBase.get(base) ?? []), t.key]);
  }
  const slugs = new Map<string, string>();
  for (const [base, keys] of byBase) for (const key of keys) slugs.set(key, keys.length === 1 ? base : `${base}-${shortIdFromPath(key, 6)}`);
  return slugs;
}

/**
 * Topics of a corpus: names (`scanNames`; a sentence's first word kept only when some text writes
 * the name inside a sentence) in the headline, lede and opening of at least
 * `minArticles` and at most `maxArticles` articles, without the stop list (`Việt Nam`, outlets,
 * days of the week) nor phrases cut short (a name nearly always followed by the same word). Each
 * topic keeps the spelling most of its mentions use. Deterministic whatever the input order but
 * for the order of each topic's ids, which follow the input. `scanned` is each document's
 * `scanNames`, for a caller that keeps them between builds.
 */
export function findTopics(
  docs: readonly { id: string; text: string }[],
  options: TopicOptions = topicThresholds(docs.length),
  scanned: readonly NameMention[][] = docs.map((doc) => scanNames(doc.text)),
): TopicIndex {
  // A sentence's first word is part of a name only when some text writes that name inside a sentence.
  const inside = new Set<string>();
  for (const mentions of scanned) for (const m of mentions) if (!m.opens) inside.add(topicKey(m.name));
  const tallies = new Map<string, Tally>();
  const named = new Map<string, string[]>();
  for (const [i, doc] of docs.entries()) {
    const keys: string[] = [];
    for (const mention of scanned[i]!) {
      const { next } = mention;
      let name = mention.name;
      if (mention.opens && !inside.has(topicKey(name))) name = name.slice(name.indexOf(' ') + 1);
      if (!name.includes(' ')) continue;
      const key = topicKey(name);
      if (isStopName(key)) continue;
      let tally = tallies.get(key);
      if (!tally) tallies.set(key, (tally = { ids: [], spellings: new Map(), mentions: 0, next: new Map() }));
      tally.spellings.set(name, (tally.spellings.get(name) ?? 0) + 1);
      tally.mentions++;
      if (next) tally.next.set(next, (tally.next.get(next) ?? 0) + 1);
      if (!keys.includes(key)) {
        keys.push(key);
        tally.ids.push(doc.id);
      }
    }
    if (keys.length > 0) named.set(doc.id, keys);
  }
  const kept = [...tallies]
    .filter(([, t]) => t.ids.length >= options.minArticles && t.ids.length <= options.maxArticles)
    .filter(([, t]) => Math.max(0, ...t.next.values()) <= options.maxFollowShare * t.mentions)
    .sort(([ka, a], [kb, b]) => b.ids.length - a.ids.length || (ka < kb ? -1 : 1))
    .map(([key, t]) => ({ key, ids: t.ids, name: [...t.spellings].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]![0] }));
  const slugs = assignSlugs(kept);
  const topics = kept.map((t) => ({ ...t, slug: slugs.get(t.key)! }));
  const isTopic = new Set(topics.map((t) => t.key));
  const shown = new Map<string, string[]>();
  for (const [id, keys] of named) {
    const own = keys.filter((k) => isTopic.has(k)).slice(0, options.maxShown);
    if (own.length > 0) shown.set(id, own);
  }
  return { topics, shown };
}
