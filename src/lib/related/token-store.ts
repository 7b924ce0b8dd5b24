import { breakOf, Words, type DocTokens, type TokenStore } from './doc-tokens.ts';

// A token store as bytes, kept between builds: a header with the salt, then per document its key,
// its sizes and its arrays, then the words their ids name and where those start. Every part is
// padded to 4 bytes so decoding takes views of the file's buffer instead of copying 100 MB.
// Documents are written as they are counted, so the store is never held whole while written.

const MAGIC = 0x32545442; // 'BTT2'

const pad4 = (n: number) => (n + 3) & ~3;

/** Writes a store, document by document, as chunks of about 1 MB handed to `sink`. */
export class TokenStoreWriter {
  private chunk = new Uint8Array(0);
  private view = new DataView(this.chunk.buffer);
  private at = 0;
  /** Bytes handed to the sink so far. */
  private flushed = 0;
  private count = 0;
  private readonly text = new TextEncoder();
  private readonly sink: (chunk: Uint8Array) => void;

  /** `salt`: the digest of the code that tokenises (a store of another salt reads as empty). */
  constructor(salt: string, sink: (chunk: Uint8Array) => void) {
    this.sink = sink;
    const bytes = this.text.encode(salt);
    this.room(8 + pad4(bytes.length));
    this.u32(MAGIC);
    this.u32(bytes.length);
    this.bytes(bytes);
  }

  add(key: string, tokens: DocTokens): void {
    const k = this.text.encode(key);
    this.room(24 + pad4(k.length) + tokens.words.byteLength + pad4(tokens.stream.byteLength));
    this.u32(k.length);
    this.u32(tokens.words.length);
    this.u32(tokens.stream.length);
    this.u32(tokens.stream instanceof Uint16Array ? 2 : 4);
    this.u32(tokens.ends[0]);
    this.u32(tokens.ends[1]);
    this.bytes(k);
    this.bytes(new Uint8Array(tokens.words.buffer, tokens.words.byteOffset, tokens.words.byteLength));
    this.bytes(new Uint8Array(tokens.stream.buffer, tokens.stream.byteOffset, tokens.stream.byteLength));
    this.count++;
  }

  /** The words the documents' ids name, and the end: the last chunk goes to the sink. */
  finish(words: Words): void {
    const start = this.flushed + this.at;
    const bytes = this.text.encode(words.list.join('\n'));
    this.room(16 + pad4(bytes.length));
    this.u32(bytes.length);
    this.bytes(bytes);
    this.u32(this.count);
    this.u32(start % 2 ** 32);
    this.u32(Math.floor(start / 2 ** 32));
    this.flush();
  }

  /** Room for n more bytes: the chunk so far goes out first when it lacks it. */
  private room(n: number): void {
    if (this.at + n <= this.chunk.length) return;
    this.flush();
    this.chunk = new Uint8Array(Math.max(1 << 20, n));
    this.view = new DataView(this.chunk.buffer);
  }

  private flush(): void {
    if (this.at > 0) this.sink(this.chunk.subarray(0, this.at));
    this.flushed += this.at;
    this.at = 0;
  }

  private u32(v: number): void {
    this.view.setUint32(this.at, v, true);
    this.at += 4;
  }

  private bytes(b: Uint8Array): void {
    this.chunk.set(b, this.at);
    this.at += pad4(b.length);
  }
}

/** The store a `TokenStoreWriter` wrote under `salt`; an empty one for other bytes, another salt or a file cut short. */
export function decodeTokenStore(salt: string, input: Uint8Array): TokenStore {
  const empty = { words: new Words(), docs: new Map() };
  // Views need 4-byte alignment and a little-endian machine (as every Node target is).
  const buf = input.byteOffset % 4 === 0 ? input : input.slice();
  if (buf.length < 24 || new Uint8Array(new Uint32Array([1]).buffer)[0] !== 1) return empty;
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const text = new TextDecoder();
  let at = 0;
  const u32 = () => {
    if (at + 4 > buf.length) throw new RangeError('cut short');
    const v = view.getUint32(at, true);
    at += 4;
    return v;
  };
  const bytes = (n: number) => {
    if (at + n > buf.length) throw new RangeError('cut short');
    const b = buf.subarray(at, at + n);
    at += pad4(n);
    return b;
  };
  try {
    if (u32() !== MAGIC || text.decode(bytes(u32())) !== salt) return empty;
    const first = at;
    at = buf.length - 8;
    const trailer = u32() + u32() * 2 ** 32;
    at = trailer;
    const wordText = text.decode(bytes(u32()));
    const words = new Words(wordText === '' ? [] : wordText.split('\n'));
    const count = u32();
    if (at !== buf.length - 8) return empty;
    at = first;
    const docs = new Map<string, DocTokens>();
    for (let i = 0; i < count; i++) {
      const [keyLength, wordCount, streamLength, width, headlineEnd, ledeEnd] = [u32(), u32(), u32(), u32(), u32(), u32()];
      const key = text.decode(bytes(keyLength));
      const ids = new Int32Array(buf.buffer, buf.byteOffset + at, wordCount);
      bytes(wordCount * 4);
      const from = buf.byteOffset + at;
      bytes(streamLength * width);
      const stream = width === 2 ? new Uint16Array(buf.buffer, from, streamLength) : new Uint32Array(buf.buffer, from, streamLength);
      if (!(headlineEnd <= ledeEnd && ledeEnd <= streamLength) || !fits(ids, words.list.length, stream)) return empty;
      docs.set(key, { words: ids, stream, ends: [headlineEnd, ledeEnd, streamLength] });
    }
    return at === trailer ? { words, docs } : empty;
  } catch {
    return empty;
  }
}

/** Whether a document's word ids name words of the store and its stream names its words (or breaks). */
function fits(ids: Int32Array, wordCount: number, stream: DocTokens['stream']): boolean {
  for (const w of ids) if (w < 0 || w >= wordCount) return false;
  const brk = breakOf(stream);
  for (const v of stream) if (v >= ids.length && v !== brk) return false;
  return true;
}
