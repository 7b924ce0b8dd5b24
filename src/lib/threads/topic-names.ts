import { OUTLETS } from '../ingest/outlets.ts';

/** One name a text gives, with the lower-case word right after it, if any (`Tết Nguyên` + `đán`). */
export interface NameMention {
  name: string;
  next?: string;
  /** The run opens a sentence, so its first capital may be the sentence's (`Dịp Tết Nguyên đán`). */
  opens: boolean;
}

/**
 * Runs of two or more capitalised syllables, as written, a syllable keeping its hyphenated tail
 * (`Kim Jong-un`, `Thừa Thiên-Huế`): the shape of a Vietnamese or foreign name. The lower-case
 * word that follows, when one does, is captured.
 */
const NAME = /(?<![\p{L}\p{N}-])(\p{Lu}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*(?: \p{Lu}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*)+)(?: (\p{Ll}+)(?![\p{L}\p{N}]))?/gu;
const OPENS_SENTENCE = /(?:^|[.!?:;"“”(…\n–-])\s*$/;
const ALL_CAPS = /^[\p{Lu}\p{N}]{2,}$/u;

/**
 * Words that open a run without being a name's (lower case, marks kept: `Bộ` is a ministry, `Bồ`
 * starts `Bồ Đào Nha`): courtesy and office titles, whose first syllable alone is capitalised
 * (`Bộ Quốc phòng`, `Phó Chủ tịch`), kinds of place (`Tỉnh Quảng Nam`), agencies and photo credits
 * (`UBND`, `TTXVN`), outlets (`Báo Thanh Niên`), and countries before a leader's name
 * (`Nga Vladimir Putin`). A run loses them, one after another, from its start.
 */
const STOP_FIRST = new Set(
  ('ông bà anh chị em cô chú cháu các theo tại từ và khi sau trong những video clip hlv tp bộ sở cục phòng phó tổng trường ban công ủy hội ' +
    'tỉnh huyện quận phường xã phía miền nước cựu báo hãng tin ngài ngày tháng trưởng thương luật ' +
    'ubnd hđnd ttxvn afp ap reuters csđt csgt vov vtv nga mỹ đức pháp úc anh syria philippines ukraine israel iran indonesia malaysia campuchia lào singapore myanmar').split(' '),
);
/** Two-word places and countries that open runs the same way (`Hàn Quốc Moon Jae-in`, `Nhà Trắng Sean Spicer`). */
const STOP_PAIRS = new Set(['việt nam', 'hà nội', 'trung quốc', 'hàn quốc', 'nhật bản', 'triều tiên', 'ấn độ', 'hoa kỳ', 'nhà trắng', 'tp hcm']);

/**
 * Names that are no topic: the country and its capitals, which half the corpus names; the
 * days of the week, which some outlets capitalise; and news outlets, which are where a story
 * comes from, not what it is about (the site's own list of outlets and a few foreign ones).
 */
const STOP_NAMES = new Set([
  'việt nam', 'hà nội', 'tp hcm', 'tp. hcm', 'hồ chí minh', 'tp hồ chí minh', 'sài gòn',
  'thứ hai', 'thứ ba', 'thứ tư', 'thứ năm', 'thứ sáu', 'thứ bảy', 'chủ nhật',
  'daily mail', 'fox news', 'the guardian', 'national interest', 'người đưa tin', 'trí thức trẻ', 'đất việt',
  'tân hoa xã', 'rodong sinmun', 'new york times', 'washington post', 'the sun', 'sky news', 'bbc news', 'dân việt', 'daily star',
  'business insider', 'getty images', 'zing news', 'the telegraph', 'the independent', 'the mirror', 'ria novosti',
  'đông nam', 'tây nam', 'đông bắc',
  ...OUTLETS.map((outlet) => outlet.name.toLowerCase()),
]);

/** A year of the sixty-year cycle (`Đinh Dậu`, `Tết Mậu Tuất`) is a date, not a topic. */
const CAN = new Set('giáp ất bính đinh mậu kỷ canh tân nhâm quý'.split(' '));
const CHI = new Set('tý sửu dần mão mẹo thìn tỵ ngọ mùi thân dậu tuất hợi'.split(' '));

/**
 * A name's key: lower case with its marks (`Nhà Trắng` and `Nha Trang` are two places), a hyphen
 * read as a space (`Kim Jong-un` and `Kim Jong Un` are one man).
 */
export function topicKey(name: string): string {
  return name.toLowerCase().replace(/-/g, ' ');
}

/** Whether a key is on the stop list (`Việt Nam`, `Chủ Nhật`, `Dân Trí`) or names a year (`Xuân Đinh Dậu`). */
export function isStopName(key: string): boolean {
  const words = key.split(' ');
  return STOP_NAMES.has(key) || (CAN.has(words.at(-2)!) && CHI.has(words.at(-1)!));
}

/**
 * A run without the words that open it but are not its name's: titles, agencies and countries,
 * and an abbreviation before a longer name (`TAND TP Hà Nội`, `BV Bạch Mai`, `THPT Phan Đình Phùng`).
 */
function trimRun(words: string[]): string[] {
  for (;;) {
    const first = words[0]!.toLowerCase();
    if (words.length >= 3 && STOP_PAIRS.has(`${first} ${words[1]!.toLowerCase()}`)) words = words.slice(2);
    else if (words.length >= 2 && STOP_FIRST.has(first)) words = words.slice(1);
    else if (words.length >= 3 && ALL_CAPS.test(words[0]!) && !/\d/.test(words[0]!)) words = words.slice(1);
    else return words;
  }
}

/**
 * The names of two syllables or more one text gives, as written, without the titles, agencies
 * and countries that open them, each with the lower-case word after it (a run that is always
 * followed by the same word is the start of a longer phrase: `Tết Nguyên` `đán`). A run in
 * capitals alone (`TRỰC TIẾP`) is a shout, not a name.
 *
 * @example scanNames('Ông Nguyễn Xuân Phúc cho biết') // [{ name: 'Nguyễn Xuân Phúc', next: 'cho', opens: false }]
 */
export function scanNames(text: string): NameMention[] {
  const mentions: NameMention[] = [];
  for (const match of text.matchAll(NAME)) {
    let words = match[1]!.split(' ');
    const opens = OPENS_SENTENCE.test(text.slice(Math.max(0, match.index - 3), match.index));
    // A run that opens a sentence may owe its first capital to the sentence (`Chiều Nguyễn ...` is rare; `Ông Nguyễn ...` is not).
    if (opens && STOP_FIRST.has(words[0]!.toLowerCase())) words = words.slice(1);
    const trimmed = trimRun(words);
    if (trimmed.length < 2 || trimmed.every((w) => ALL_CAPS.test(w))) continue;
    mentions.push({ name: trimmed.join(' '), next: match[2], opens: opens && trimmed === words });
  }
  return mentions;
}

/** The names one text gives (see `scanNames`), without what follows them. */
export function extractNames(text: string): string[] {
  return scanNames(text).map((m) => m.name);
}
