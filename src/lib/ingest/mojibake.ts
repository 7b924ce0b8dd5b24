/**
 * Mojibake: UTF-8 text once decoded as Windows-1252 (or Latin-1) and saved again as UTF-8,
 * so `Pháp` reads `PhÃ¡p` and `sẽ` reads `sáº½`. Each broken letter is a run of two or three
 * Windows-1252 characters whose bytes are a valid UTF-8 sequence again.
 */

/** The character Windows-1252 shows for each byte 0x80-0xFF (WHATWG: unassigned bytes are C1 controls). */
const CP1252 = new TextDecoder('windows-1252').decode(Uint8Array.from({ length: 128 }, (_, i) => 0x80 + i));
const BYTE_OF = new Map([...CP1252].map((ch, i) => [ch, 0x80 + i]));
const escape = (chars: string) => [...chars].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
/** Characters standing for continuation bytes 0x80-0xBF (C1 controls too: what a Latin-1 decoder gives). */
const CONT = `[\\u0080-\\u009f${escape(CP1252.slice(0, 64))}]`;
/** Two- and three-byte sequences (leads 0xC2-0xDF and 0xE0-0xEF): every Vietnamese letter and `“ ” – …`. */
const STRICT = new RegExp(`[\\u00c2-\\u00df]${CONT}|[\\u00e0-\\u00ef]${CONT}{2}`, 'g');
/**
 * The strict sequences, plus three whose last byte is commonly lost on the way, tried only once a
 * file is known to be broken: `â€` alone (`”`, byte 0x9D dropped), `Ä` alone (`Đ`, 0x90 dropped),
 * and `Ã` plus a space inside a word not in capitals (`à`, its no-break space 0xA0 turned into a space).
 */
const LENIENT = new RegExp(`${STRICT.source}|\\u00e2\\u20ac\\ufffd?|\\u00c4\\ufffd?|(?<=[^\\s\\p{Lu}]|\\u00c4)\\u00c3 `, 'gu');
/** Letters only Vietnamese writes (outside Latin-1), and the NFD hook above and dot below. */
const VIETNAMESE_ONLY = /[ăĂđĐĩĨũŨơƠưƯ\u1ea0-\u1ef9\u0309\u0323]/gu;
/**
 * What a repaired sequence may be: Latin letters and marks, typographic punctuation, Latin-1 signs,
 * and C1 controls, which only text broken twice holds and the second pass joins back into letters.
 */
const PLAUSIBLE = /^[\u0080-\u009f\u00a0-\u024f\u1e00-\u1eff\u0300-\u0323\u2010-\u203a\u20ac\u2122]$/u;
/**
 * After `Ã ` (à whose 0xA0 became a space), a space or these endings mean the space was the 0xA0:
 * `vÃ  PhÃ¡p` is `và Pháp`, `hÃ ng` is `hàng`; otherwise the two spaces had become one.
 */
const SPACE_WAS_A0 = /^(?:\s|(?:ng|nh|ch|n|m|c|p|t|i|o|u|y)(?!\p{L}))/u;
const MIN_SEQUENCES = 2;
const MIN_PLAUSIBLE_SHARE = 0.9;
const MAX_PASSES = 2;
const MIN_VIETNAMESE_GAIN = 2;

export interface MojibakeRepair {
  text: string;
  /** How many broken letters or signs were put back. */
  sequences: number;
  /** One broken word and its repair, for the build report: `PhÃ¡p` -> `Pháp`. */
  example: [string, string];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The UTF-8 character a run of Windows-1252 characters spells, or undefined. */
function decodeRun(run: string): string | undefined {
  const bytes = [...run].map((c) => (c.charCodeAt(0) < 0x100 && !BYTE_OF.has(c) ? c.charCodeAt(0) : BYTE_OF.get(c)));
  if (bytes.some((b) => b === undefined)) return undefined;
  try {
    const ch = utf8.decode(Uint8Array.from(bytes as number[]));
    return PLAUSIBLE.test(ch) ? ch : undefined;
  } catch {
    return undefined;
  }
}

function repairSequence(seq: string, offset: number, text: string): string {
  if (seq === '\u00c3 ') return SPACE_WAS_A0.test(text.slice(offset + 2, offset + 5)) ? 'à' : 'à ';
  if (seq.startsWith('\u00e2\u20ac') && seq.length === 2 + Number(seq.endsWith('\ufffd'))) return '\u201d';
  if (seq.startsWith('\u00c4') && (seq.length === 1 || seq.endsWith('\ufffd'))) return 'Đ';
  return decodeRun(seq) ?? seq;
}

/** One pass over a file judged broken; sequences that do not spell a plausible character stay. */
function repairPass(text: string): string {
  return text.replace(LENIENT, (seq, offset: number) => repairSequence(seq, offset, text));
}

/** How many strict sequences spell plausible characters, or 0 unless nearly all do: the mark of mojibake. */
function looksBroken(text: string): number {
  const runs = text.match(STRICT) ?? [];
  if (runs.length < MIN_SEQUENCES) return 0;
  const plausible = runs.filter((r) => decodeRun(r) !== undefined).length;
  return plausible / runs.length >= MIN_PLAUSIBLE_SHARE ? plausible : 0;
}

const countVietnamese = (text: string) => text.match(VIETNAMESE_ONLY)?.length ?? 0;

/**
 * Repairs mojibake when the evidence is clear, else returns undefined and the text stays as it
 * is: at least two sequences, nine in ten of them valid UTF-8 for a letter or sign, and a repair
 * that adds letters only Vietnamese writes (`ạ`, `ơ`, `đ`...). So French or German text (`café`,
 * `Grüße`) and correct Vietnamese are never touched; text broken twice is repaired twice.
 *
 * @example repairMojibake('Nga vÃ  PhÃ¡p sáº½ duy trÃ¬')?.text // 'Nga và Pháp sẽ duy trì'
 */
export function repairMojibake(text: string): MojibakeRepair | undefined {
  let current = text;
  let sequences = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const found = looksBroken(current);
    if (found === 0) break;
    sequences += found;
    current = repairPass(current);
  }
  if (current === text || countVietnamese(current) < countVietnamese(text) + MIN_VIETNAMESE_GAIN) return undefined;
  return { text: current, sequences, example: firstExample(text) };
}

function firstExample(text: string): [string, string] {
  const match = new RegExp(STRICT.source).exec(text);
  const at = match?.index ?? 0;
  const after = at + (match?.[0].length ?? 0);
  const start = text.lastIndexOf(' ', at) + 1;
  const end = text.slice(after).search(/[ \n\t,.;:!?]/);
  const word = text.slice(start, end < 0 ? undefined : after + end).slice(0, 40);
  let fixed = word;
  for (let pass = 0; pass < MAX_PASSES; pass++) fixed = repairPass(fixed);
  // As an editor sees it: no invisible C1 controls, no trailing no-break space.
  return [word.replace(/[\u0080-\u009f]/g, '').trim(), fixed.trim()];
}
