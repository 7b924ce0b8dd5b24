/**
 * Term frequencies of one document in a small open-addressing table. The corpus-wide term
 * space has millions of hashed pair buckets; a dense per-term row touched at random missed
 * the cache on almost every token, while this table stays in L1/L2.
 */
export class TermBag {
  private keys = new Int32Array(1 << 12).fill(-1);
  private values = new Float64Array(1 << 12);
  private used = new Int32Array(1 << 11);
  private count = 0;
  private mask = (1 << 12) - 1;

  add(id: number, amount: number): void {
    let slot = Math.imul(id, 0x9e3779b1) >>> 0;
    for (slot &= this.mask; ; slot = (slot + 1) & this.mask) {
      const key = this.keys[slot];
      if (key === id) {
        this.values[slot] += amount;
        return;
      }
      if (key === -1) break;
    }
    this.keys[slot] = id;
    this.values[slot] = amount;
    this.used[this.count++] = slot;
    if (this.count * 2 >= this.keys.length) this.grow();
  }

  /** The document's terms, ids ascending, with their frequencies; empties the bag. */
  drain(): { ids: Int32Array; tf: Float32Array } {
    const ids = new Int32Array(this.count);
    for (let i = 0; i < this.count; i++) ids[i] = this.keys[this.used[i]];
    ids.sort();
    const tf = new Float32Array(this.count);
    for (let i = 0; i < ids.length; i++) tf[i] = this.values[this.slotOf(ids[i])];
    for (let i = 0; i < this.count; i++) this.keys[this.used[i]] = -1;
    this.count = 0;
    return { ids, tf };
  }

  private slotOf(id: number): number {
    let slot = (Math.imul(id, 0x9e3779b1) >>> 0) & this.mask;
    while (this.keys[slot] !== id) slot = (slot + 1) & this.mask;
    return slot;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldValues = this.values;
    const oldUsed = this.used.subarray(0, this.count);
    this.keys = new Int32Array(oldKeys.length * 2).fill(-1);
    this.values = new Float64Array(oldKeys.length * 2);
    this.used = new Int32Array(oldKeys.length);
    this.mask = this.keys.length - 1;
    const n = this.count;
    this.count = 0;
    for (let i = 0; i < n; i++) this.add(oldKeys[oldUsed[i]], oldValues[oldUsed[i]]);
  }
}
