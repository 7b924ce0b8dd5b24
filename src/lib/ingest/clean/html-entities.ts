import type { Removed } from '../article.ts';

/** Named references scrapers leave in text, by name, as the characters they stand for. */
const NAMED: Record<string, string> = {
  nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ', shy: '', zwsp: '',
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'",
  hellip: '…', ndash: '–', mdash: '—', minus: '−', middot: '·', bull: '•',
  lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„', laquo: '«', raquo: '»',
  deg: '°', copy: '©', reg: '®', trade: '™', times: '×', divide: '÷', plusmn: '±',
  frac12: '½', frac14: '¼', frac34: '¾', euro: '€', pound: '£', yen: '¥', cent: '¢', sect: '§', para: '¶',
};

/** Marks named by HTML's Latin-1 letter references (`&agrave;`, `&Ocirc;` ...), as combining marks. */
const MARKS: Record<string, string> = { grave: '\u0300', acute: '\u0301', circ: '\u0302', tilde: '\u0303', uml: '\u0308' };

/**
 * HTML itself reads these few names without their semicolon (`&nbspTối`, `VH-TT&ampDL`), so
 * scrapers that cut the semicolon leave them so; any other name needs it.
 */
const WITHOUT_SEMICOLON = ['nbsp', 'amp', 'quot', 'lt', 'gt'];

const REFERENCE = new RegExp(
  `&(?:#(\\d{1,7});?|#[xX]([\\da-fA-F]{1,6});?|([a-zA-Z][a-zA-Z\\d]{1,7});|(${WITHOUT_SEMICOLON.join('|')}))`,
  'g',
);

function namedCharacter(name: string): string | undefined {
  if (name in NAMED) return NAMED[name];
  const letter = /^([a-zA-Z])(grave|acute|circ|tilde|uml)$/.exec(name);
  if (!letter) return undefined;
  const composed = (letter[1] + MARKS[letter[2]]).normalize('NFC');
  return composed.length === 1 ? composed : undefined;
}

function numericCharacter(code: number): string | undefined {
  if (code === 9 || code === 10 || code === 13) return ' '; // white space, never a new line or paragraph
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return undefined;
  return String.fromCodePoint(code);
}

/**
 * Decodes the HTML character references that scrapers leave in `.txt` files (`&nbsp;`, `&nbsp`
 * without its semicolon, `&amp;`, `&quot;`, `&#8220;`, `&#x201C;`, `&agrave;`) into the characters
 * they stand for, once (`&amp;lt;` becomes the text `&lt;`): the result is still text, never
 * markup, so `&lt;script&gt;` becomes the characters `<script>`, escaped wherever they are shown.
 * A no-break space becomes a plain space. Unknown names and numbers that name no character
 * (`&TT;`, `&#0;`) stay as they are. Each spelling decoded is reported once, with its count.
 *
 * @example decodeHtmlEntities('Bộ VH-TT&ampDL nói &quot;có&quot;').text // 'Bộ VH-TT&DL nói "có"'
 */
export function decodeHtmlEntities(text: string): { text: string; removed: Removed[] } {
  if (!text.includes('&')) return { text, removed: [] };
  const found = new Map<string, { character: string; count: number }>();
  const decoded = text.replace(REFERENCE, (reference, decimal?: string, hex?: string, name?: string, bare?: string) => {
    const character =
      decimal !== undefined ? numericCharacter(Number(decimal))
      : hex !== undefined ? numericCharacter(parseInt(hex, 16))
      : namedCharacter(name ?? bare!);
    if (character === undefined) return reference;
    const seen = found.get(reference);
    if (seen) seen.count++;
    else found.set(reference, { character, count: 1 });
    return character;
  });
  const removed = [...found].map(([reference, { character, count }]) => ({
    text: reference,
    reason: `HTML entity left by the scraper: read as ${describe(character)}${count > 1 ? ` (${count} times)` : ''}`,
  }));
  return { text: removed.length > 0 ? decoded.normalize('NFC') : text, removed };
}

function describe(character: string): string {
  if (character === ' ') return 'a space';
  if (character === '') return 'nothing (an invisible character)';
  return `"${character}"`;
}
