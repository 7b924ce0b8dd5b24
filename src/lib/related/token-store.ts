import { breakOf, Words, type DocTokens, type TokenStore } from './doc-tokens.ts';

// A token store as bytes, kept between builds: a header, the words, then per document its key,
// its sizes and its arrays, each padded to 4 bytes so decoding takes views of the file's buffer
// instead of copying 100 MB. Only the words the documents use are written, renumbered.

const MAGIC = 0x31545442; // 'BTT1'

const pad4 = (n: number) => (n + 3) & ~3;

/**
 * `store` as bytes, under `salt` (the digest of the code that tokenises: another salt reads as
 * empty), in chunks of about 1 MB: written one after another, they never make a second copy of
 * the store in memory.
 */
export function* tokenStoreChunks(salt: string, store: TokenStore): Generator<Uint8Array> {
  const text = new TextEncoder();
  const renumber = new Int32Array(store.words.list.length).fill(-1);
  const used: string[] = [];
  for (const tokens of store.docs.values()) {
    for (const w of tokens.words) if (renumber[w] < 0) renumber[w] = used.push(store.words.list[w]!) - 1;
  }
  const saltBytes = text.encode(salt);
  const wordBytes = text.encode(used.join('\n'));
  let chunk = new Uint8Array(0);
  let view = new DataView(chunk.buffer);
  let at = 0;
  /** Room for n more bytes: the chunk so far goes out first when it lacks it. */
  function* room(n: number): Generator<Uint8Array> {
    if (at + n <= chunk.length) return;
    if (at > 0) yield chunk.subarray(0, at);
    chunk = new Uint8Array(Math.max(1 << 20, n));
    view = new DataView(chunk.buffer);
    at = 0;
  }
  const u32 = (v: number) => (view.setUint32(at, v, true), (at += 4));
  const bytes = (b: Uint8Array) => (chunk.set(b, at), (at += pad4(b.length)));
  yield* room(16 + pad4(saltBytes.length) + pad4(wordBytes.length));
  u32(MAGIC);
  u32(saltBytes.length);
  bytes(saltBytes);
  u32(wordBytes.length);
  bytes(wordBytes);
  u32(store.docs.size);
  for (const [k, tokens] of store.docs) {
    const key = text.encode(k);
    yield* room(24 + pad4(key.length) + tokens.words.length * 4 + pad4(tokens.stream.byteLength));
    u32(key.length);
    u32(tokens.words.length);
    u32(tokens.stream.length);
    u32(tokens.stream instanceof Uint16Array ? 2 : 4);
    u32(tokens.ends[0]);
    u32(tokens.ends[1]);
    bytes(key);
    for (const w of tokens.words) (view.setInt32(at, renumber[w]!, true), (at += 4));
    bytes(new Uint8Array(tokens.stream.buffer, tokens.stream.byteOffset, tokens.stream.byteLength));
  }
  if (at > 0) yield chunk.subarray(0, at);
}

/** The store `tokenStoreChunks` wrote under `salt`; an empty one for other bytes, another salt or a file cut short. */
export function decodeTokenStore(salt: string, input: Uint8Array): TokenStore {
  const empty = { words: new Words(), docs: new Map() };
  // Views need 4-byte alignment and a little-endian machine (as every Node target is).
  const buf = input.byteOffset % 4 === 0 ? input : input.slice();
  if (buf.length < 16 || new Uint8Array(new Uint32Array([1]).buffer)[0] !== 1) return empty;
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
    const wordText = text.decode(bytes(u32()));
    const words = new Words(wordText === '' ? [] : wordText.split('\n'));
    const count = u32();
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
    return at === buf.length ? { words, docs } : empty;
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
