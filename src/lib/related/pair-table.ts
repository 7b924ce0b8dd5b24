/**
 * A table of values keyed by pairs of syllable indices (each below 65,536), open addressing on
 * the key `(a << 16) | b`: the shipped models' pair tables, probed millions of times per build.
 * `keys[slot]` is -1 for an empty slot, else the key whose value is `values[slot]`.
 */
export interface PairTable {
  keys: Int32Array;
  values: Int32Array;
}

/** An empty table for `pairs` entries (at most half full). */
export function pairTable(pairs: number): PairTable {
  let size = 1;
  while (size < pairs * 2) size *= 2;
  return { keys: new Int32Array(size).fill(-1), values: new Int32Array(size) };
}

function slotOf(keys: Int32Array, key: number): number {
  const mask = keys.length - 1;
  let slot = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
  while (keys[slot] !== -1 && keys[slot] !== key) slot = (slot + 1) & mask;
  return slot;
}

export function setPair(table: PairTable, a: number, b: number, value: number): void {
  const key = (a << 16) | b;
  const slot = slotOf(table.keys, key);
  table.keys[slot] = key;
  table.values[slot] = value;
}

/** The value of the pair (a, b), or `missing`. */
export function pairValue(table: PairTable, a: number, b: number, missing: number): number {
  const slot = slotOf(table.keys, (a << 16) | b);
  return table.keys[slot] === -1 ? missing : table.values[slot];
}

/** Calls `visit` with each pair (a, b) in the table and its value, in slot order. */
export function forEachPair(table: PairTable, visit: (a: number, b: number, value: number) => void): void {
  const { keys, values } = table;
  for (let slot = 0; slot < keys.length; slot++) if (keys[slot] !== -1) visit(keys[slot] >>> 16, keys[slot] & 0xffff, values[slot]);
}
