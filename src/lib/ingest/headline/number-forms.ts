/**
 * Slug syllables just before a day and month (`ngay-30-4`, `le-2-9`, `sang-1-10`): the numbers
 * after them are a date, written `30/4`.
 */
const DAY_WORDS = new Set(['ngay', 'le', 'sang', 'trua', 'chieu', 'toi', 'dem', 'hom']);
/** The slug syllable before a month and year (`thang-5-2021`, glued `thang-52021`): `5/2021`. */
const MONTH_WORD = 'thang';

/** A day or month as written: no leading zero (`9/5`, not `09/05`). */
const inRange = (s: string, max: number) => /^[1-9]\d?$/.test(s) && Number(s) <= max;
const isDay = (s: string) => inRange(s, 31);
const isMonth = (s: string) => inRange(s, 12);
const isYear = (s: string) => /^(?:19|20)\d\d$/.test(s);

/**
 * The slug syllable before a year (`nam-1600`: the year 1600). Elsewhere four digits outside
 * 1900-2099 are a quantity: baomoi (every fifth file) writes 1,772 of 2,469 such numbers not after
 * `năm` with a thousands dot (`1.600 năm ánh sáng`), and 59 of 61 after it plain; of the numbers
 * in 1900-2099, 9,498 of 9,665 plain (years).
 */
const YEAR_WORD = 'nam';

/** `10000` -> `10.000`: Vietnamese groups thousands with a dot. */
const groupThousands = (digits: string) => digits.replace(/\B(?=(?:\d{3})+$)/g, '.');

/**
 * A day and month glued in a slug (`304`, `952021` with its year), when only one split reads as
 * a date; two digits alone are a day as often (`ngay-16`: the 16th, or 1/6).
 */
function gluedDate(digits: string): string | undefined {
  const year = digits.length > 4 && isYear(digits.slice(-4)) ? digits.slice(-4) : '';
  const dayMonth = year ? digits.slice(0, -4) : digits;
  if (!year && dayMonth.length < 3) return undefined;
  const reads = [1, 2]
    .map((cut) => [dayMonth.slice(0, cut), dayMonth.slice(cut)])
    .filter(([day, month]) => isDay(day) && isMonth(month));
  return reads.length === 1 ? [...reads[0], ...(year ? [year] : [])].join('/') : undefined;
}

/** How a number unit reads after the slug syllable before it, or undefined. */
function gluedNumber(digits: string, before: string | undefined): string | undefined {
  if (before === MONTH_WORD && digits.length > 4 && isMonth(digits.slice(0, -4)) && isYear(digits.slice(-4))) {
    return `${digits.slice(0, -4)}/${digits.slice(-4)}`;
  }
  if (before !== undefined && DAY_WORDS.has(before)) return gluedDate(digits);
  if (/^[1-9]\d{3}$/.test(digits)) return isYear(digits) || before === YEAR_WORD ? undefined : groupThousands(digits);
  return /^[1-9]\d{4,}$/.test(digits) ? groupThousands(digits) : undefined;
}

/**
 * The usual Vietnamese spelling of numbers a slug split or glued, where the article does not
 * write them (`known`: its spellings, which win, and `writes`: units it has a form of). A day,
 * month and year become `9/5/2021` (slug `9-5-2021`, or glued `ngay-952021`), a month and year
 * `5/2021` after `thang`, a day and month `30/4` after a word that announces a date
 * (`ngay-30-4`), and a number of five digits or more gets its thousands dots (`10000` ->
 * `10.000`), as does one of four outside 1900-2099 not after `nam` (`1600` -> `1.600`, but
 * `2020` and `nam-1600` are years). Numbers with nothing to say what they are
 * (`3-7`: a range, a decimal `3,7` or a date; `ngay-111`: 1/11 or 11/1) stay as they are.
 *
 * @example writeNumbers(['tu', 'ngay', '9', '5', '2021'], new Map(), () => false)
 *   // { units: ['tu', 'ngay', '952021'], written: Map { 2 => '9/5/2021' } }
 */
export function writeNumbers(
  slugUnits: string[],
  known: Map<number, string>,
  writes: (unit: string) => boolean,
): { units: string[]; written: Map<number, string> } {
  const units: string[] = [];
  const written = new Map<number, string>();
  const free = (i: number, n: number) =>
    i + n <= slugUnits.length && slugUnits.slice(i, i + n).every((unit, k) => !known.has(i + k) && !writes(unit));
  for (let i = 0; i < slugUnits.length; i++) {
    const [a, b, c] = slugUnits.slice(i, i + 3);
    const before = slugUnits[i - 1];
    let n = 1;
    let form = known.get(i);
    if (form === undefined && free(i, 3) && isDay(a) && isMonth(b) && isYear(c)) [n, form] = [3, `${a}/${b}/${c}`];
    else if (form === undefined && free(i, 2) && before === MONTH_WORD && isMonth(a) && isYear(b)) [n, form] = [2, `${a}/${b}`];
    else if (form === undefined && free(i, 2) && DAY_WORDS.has(before) && isDay(a) && isMonth(b)) [n, form] = [2, `${a}/${b}`];
    else if (form === undefined && free(i, 1) && /^\d+$/.test(a)) form = gluedNumber(a, before);
    if (form !== undefined) written.set(units.length, form);
    units.push(slugUnits.slice(i, i + n).join(''));
    i += n - 1;
  }
  return { units, written };
}
