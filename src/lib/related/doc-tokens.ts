import { createHash } from 'node:crypto';
import { SpanTable } from './span-table.ts';
import { normalizeSyllable, scanWordSpans } from '../text/tokenize.ts';
import type { RelatedInput, RelatedTuning } from './types.ts';

/**
 * One document's words as the engine counts them, in terms that do not depend on the rest of the
 * corpus: what a rebuild keeps for the documents it has seen (token-store.ts), so that it
 * tokenises only the new ones. Counting always goes through this form, kept or fresh, so both
 * give the same counts.
 */
export interface DocTokens {
  /** The document's distinct syllables as word ids of a `Words` table, in the order first seen. */
  words: Int32Array;
  /** Per token, its index in `words`, or a break (`breakOf`) where no pair may span: punctuation, a line end. */
  stream: Uint16Array | Uint32Array;
  /** Tokens (and breaks) of the headline, the lede and the text: where each field's stream ends. */
  ends: [number, number, number];
}

/** A store of documents' tokens for `countTerms`: the last build's, and where this build's go. */
export interface TokenMemo {
  /** The last build's (empty on a first build). */
  stored: TokenStore;
  /** Each document's tokens, kept or fresh, as it is counted: the next build's store. */
  keep(key: string, tokens: DocTokens): void;
  /** After the last document: the words the documents' ids name, of which this build's documents use `used`. */
  close(words: Words, used: number): void;
}

/** Documents' tokens by `tokensKey`, with the words their ids name. */
export interface TokenStore {
  words: Words;
  docs: ReadonlyMap<string, DocTokens>;
}

/** A stream entry that is no word: the break after a run of words. */
export const breakOf = (stream: DocTokens['stream']): number => (stream instanceof Uint16Array ? 0xffff : 0xffffffff);

/** Normalised syllables by word id, shared by the documents of a store and those tokenised fresh. */
export class Words {
  readonly list: string[];
  private readonly ids: Map<string, number>;
  private readonly surface = new SpanTable();

  constructor(list: string[] = []) {
    this.list = list;
    this.ids = new Map(list.map((w, i) => [w, i]));
  }

  /** Word id of the raw word `s.slice(start, end)` (whose hashSpan is `hash`), added when new. */
  idOf(s: string, start: number, end: number, hash: number): number {
    let id = this.surface.get(s, start, end, hash);
    if (id >= 0) return id;
    const word = normalizeSyllable(s.slice(start, end));
    id = this.ids.get(word) ?? -1;
    if (id < 0) {
      this.ids.set(word, (id = this.list.length));
      this.list.push(word);
    }
    this.surface.add(s, start, end, hash, id);
    return id;
  }
}

/** The fields counted, in order: headline, lede and the first `maxTextChars` of the text. */
function fieldsOf(doc: RelatedInput, t: Pick<RelatedTuning, 'maxTextChars'>): [string, string, string] {
  return [doc.headline, doc.lede ?? '', doc.text.length > t.maxTextChars ? doc.text.slice(0, t.maxTextChars) : doc.text];
}

/** A document's key in a store: its own `key`, else a digest of exactly what `tokenizeDoc` reads of it. */
export function tokensKey(doc: RelatedInput, t: Pick<RelatedTuning, 'maxTextChars'>): string {
  if (doc.key !== undefined) return doc.key;
  const hash = createHash('sha1');
  for (const field of fieldsOf(doc, t)) hash.update(field).update('\0');
  return hash.digest('base64');
}

/**
 * Tokenise one document (scratch: a zeroed array at least as long as `words.list` will grow,
 * handed back zeroed). Each field's stream ends with a break, so no pair spans two fields.
 */
export function tokenizeDoc(doc: RelatedInput, t: Pick<RelatedTuning, 'maxTextChars'>, words: Words, scratch: { localOf: Int32Array }): DocTokens {
  const ids: number[] = [];
  const stream: number[] = [];
  const ends: number[] = [];
  for (const field of fieldsOf(doc, t)) {
    const s = field.normalize('NFC');
    scanWordSpans(
      s,
      (start, end, hash) => {
        const id = words.idOf(s, start, end, hash);
        if (id >= scratch.localOf.length) scratch.localOf = grownZeroed(scratch.localOf, id + 1);
        let local = scratch.localOf[id] - 1;
        if (local < 0) {
          local = ids.length;
          ids.push(id);
          scratch.localOf[id] = local + 1;
        }
        stream.push(local);
      },
      () => {
        if (stream.length > 0 && stream[stream.length - 1] !== -1) stream.push(-1);
      },
    );
    if (stream.length > 0 && stream[stream.length - 1] !== -1) stream.push(-1);
    ends.push(stream.length);
  }
  for (const id of ids) scratch.localOf[id] = 0;
  const wide = ids.length >= 0xffff;
  const out = wide ? new Uint32Array(stream.length) : new Uint16Array(stream.length);
  const brk = breakOf(out);
  for (let i = 0; i < stream.length; i++) out[i] = stream[i] < 0 ? brk : stream[i];
  return { words: Int32Array.from(ids), stream: out, ends: ends as DocTokens['ends'] };
}

function grownZeroed(a: Int32Array, need: number): Int32Array {
  const b = new Int32Array(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}
