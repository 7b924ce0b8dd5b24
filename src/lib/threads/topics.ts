import { foldChars } from './fold-chars.ts';

/** A person, place or organisation the corpus names often enough to have a page of its articles. */
export interface Topic {
  /** The spelling most articles use (`Đinh La Thăng`). */
  name: string;
  /** Folded key: `dinh la thang`. */
  key: string;
  /** Article ids that name it, in the order given. */
  ids: string[];
}

/** Runs of two or more capitalised syllables, as written: the shape of a Vietnamese or foreign name. */
const NAME = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}]*(?: \p{Lu}[\p{L}\p{N}]*)+/gu;
const OPENS_SENTENCE = /(?:^|[.!?:;"“”(…\n–-])\s*$/;

/**
 * Words that open a run without being a name's (lower case, marks kept: `Bộ` is a ministry, `Bồ` starts `Bồ Đào Nha`): courtesy and office titles, whose
 * first syllable alone is capitalised (`Bộ Quốc phòng`, `Phó Chủ tịch`), agencies and photo
 * credits (`UBND`, `TTXVN`), and countries before a leader's name (`Nga Vladimir Putin`). A run
 * loses them, one after another, from its start.
 */
const STOP_FIRST = new Set(
  ('ông bà anh chị em cô chú các theo tại từ và khi sau trong những video clip hlv tp bộ sở cục phòng phó tổng trường ban công ủy hội ' +
    'ubnd hđnd ttxvn afp ap reuters csđt csgt vov vtv nga mỹ đức pháp úc').split(' '),
);
/** Two-word places and countries that open runs the same way (`Hàn Quốc Moon Jae-in`). */
const STOP_PAIRS = new Set(['viet nam', 'ha noi', 'trung quoc', 'han quoc', 'nhat ban', 'trieu tien', 'an do', 'hoa ky']);
/** Names too common to be a topic however the corpus is cut: the country and its capital. */
const STOP_NAMES = new Set(['viet nam', 'ha noi', 'tp hcm', 'ho chi minh', 'sai gon']);

const fold = (words: string[]) => foldChars(words.join(' ')).toLowerCase();

/** A run without the words that open it but are not its name's. */
function trimRun(words: string[]): string[] {
  for (;;) {
    if (words.length >= 3 && STOP_PAIRS.has(fold(words.slice(0, 2)))) words = words.slice(2);
    else if (words.length >= 2 && STOP_FIRST.has(words[0]!.toLowerCase())) words = words.slice(1);
    else return words;
  }
}

/** The names of two syllables or more one text gives, as written, without the titles, agencies and countries that open them. */
export function extractNames(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(NAME)) {
    let words = match[0].split(' ');
    // A run that opens a sentence may owe its first capital to the sentence (`Chiều Nguyễn ...` is rare; `Ông Nguyễn ...` is not).
    if (OPENS_SENTENCE.test(text.slice(Math.max(0, match.index - 3), match.index)) && STOP_FIRST.has(words[0]!.toLowerCase())) words = words.slice(1);
    words = trimRun(words);
    if (words.length >= 2) names.push(words.join(' '));
  }
  return names;
}

/**
 * Topics of a corpus: names found in at least `minArticles` articles' headline, lede and opening
 * and in at most `maxShare` of them (a name on every other page is a stop word: `Việt Nam`), the
 * `max` most frequent, ties by key. Each topic keeps the spelling most of its articles use.
 */
export function findTopics(
  docs: readonly { id: string; text: string }[],
  options: { minArticles: number; maxShare: number; max: number },
): Topic[] {
  const byKey = new Map<string, { ids: string[]; spellings: Map<string, number> }>();
  for (const doc of docs) {
    const seen = new Set<string>();
    for (const name of extractNames(doc.text)) {
      const key = foldChars(name).toLowerCase();
      if (STOP_NAMES.has(key)) continue;
      const entry = byKey.get(key) ?? { ids: [], spellings: new Map<string, number>() };
      byKey.set(key, entry);
      entry.spellings.set(name, (entry.spellings.get(name) ?? 0) + 1);
      if (!seen.has(key)) entry.ids.push(doc.id);
      seen.add(key);
    }
  }
  const limit = options.maxShare * docs.length;
  return [...byKey]
    .filter(([, e]) => e.ids.length >= options.minArticles && e.ids.length <= limit)
    .sort(([ka, a], [kb, b]) => b.ids.length - a.ids.length || (ka < kb ? -1 : 1))
    .slice(0, options.max)
    .map(([key, e]) => ({ key, ids: e.ids, name: [...e.spellings].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]![0] }));
}
