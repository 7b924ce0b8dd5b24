/**
 * Open-addressing table from words, given as spans of a string plus their hash, to integer
 * codes. The vectoriser looks up every word of the corpus here: comparing code units in place
 * avoids slicing a new string and hashing it for a Map, and keeping keys in one flat pool
 * (not as strings scattered over the heap) saves a cache miss or two per word.
 */
export class SpanTable {
  /** Per slot: [hash, entry + 1] (entry 0 = empty). */
  private slots = new Int32Array(2 << 14);
  private mask = (1 << 14) - 1;
  private starts: number[] = [];
  private lengths: number[] = [];
  private hashes: number[] = [];
  private values: number[] = [];
  private pool = new Uint16Array(1 << 16);
  private poolUsed = 0;

  /** Code stored for `s.slice(start, end)` (whose hashSpan is `hash`), or -1. */
  get(s: string, start: number, end: number, hash: number): number {
    const entry = this.slots[2 * this.find(s, start, end, hash) + 1];
    return entry === 0 ? -1 : this.values[entry - 1];
  }

  /** Store a code for a word that `get` did not find. */
  add(s: string, start: number, end: number, hash: number, value: number): void {
    const slot = this.find(s, start, end, hash);
    const len = end - start;
    if (this.poolUsed + len > this.pool.length) {
      const bigger = new Uint16Array(Math.max(this.pool.length * 2, this.poolUsed + len));
      bigger.set(this.pool);
      this.pool = bigger;
    }
    for (let k = 0; k < len; k++) this.pool[this.poolUsed + k] = s.charCodeAt(start + k);
    this.starts.push(this.poolUsed);
    this.lengths.push(len);
    this.hashes.push(hash);
    this.values.push(value);
    this.poolUsed += len;
    this.slots[2 * slot] = hash;
    this.slots[2 * slot + 1] = this.values.length;
    if (this.values.length * 2 > this.mask) this.rehash();
  }

  /** Slot holding the word, or the empty slot where it would go (linear probing). */
  private find(s: string, start: number, end: number, hash: number): number {
    const len = end - start;
    const { slots, pool } = this;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = slots[2 * slot + 1];
      if (entry === 0) return slot;
      if (slots[2 * slot] !== hash || this.lengths[entry - 1] !== len) continue;
      const from = this.starts[entry - 1];
      let k = 0;
      while (k < len && pool[from + k] === s.charCodeAt(start + k)) k++;
      if (k === len) return slot;
    }
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    this.mask = this.slots.length / 2 - 1;
    for (let e = 0; e < this.values.length; e++) {
      let slot = this.hashes[e] & this.mask;
      while (this.slots[2 * slot + 1] !== 0) slot = (slot + 1) & this.mask;
      this.slots[2 * slot] = this.hashes[e];
      this.slots[2 * slot + 1] = e + 1;
    }
  }
}
