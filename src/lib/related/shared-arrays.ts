/**
 * Arrays in shared memory, for the vectors (vectorize.ts, topics.ts): the related stage's largest
 * block, which a worker thread then reads where it is instead of a copy of its own (on-threads.ts).
 */
export const sharedInt32 = (length: number) => new Int32Array(new SharedArrayBuffer(length * 4));
export const sharedFloat32 = (length: number) => new Float32Array(new SharedArrayBuffer(length * 4));
