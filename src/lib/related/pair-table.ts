/**
 * Slot of `key` in an open-addressing table of syllable-pair keys `(a << 16) | b` (-1 = empty,
 * size a power of two): the shipped models' pair tables, probed millions of times per build.
 */
export function pairSlot(keys: Int32Array, key: number): number {
  const mask = keys.length - 1;
  let slot = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
  while (keys[slot] !== -1 && keys[slot] !== key) slot = (slot + 1) & mask;
  return slot;
}
