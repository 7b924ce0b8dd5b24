import { readModelAsset } from '../models/model-asset.ts';
import type { Ranked } from './first-stage.ts';
import { neighbourCount } from './sections.ts';

/**
 * A newsroom's desks as fixed points of the topic model's space: the shipped centroids of a
 * spherical k-means over the background corpus' topic vectors (tools/build-desk-model.ts).
 * An article's latent section is the desk nearest to its neighbourhood, which depends on that
 * article and its own neighbours only: a hundred new articles move a handful of sections, where
 * communities of the whole graph (Louvain, before) reshuffled half the corpus and with it
 * thousands of related lists.
 */
export interface DeskModel {
  dims: number;
  /** Desks x dims, row-major, unit rows. */
  centroids: Float32Array;
}

const MAGIC = 0x31445442; // 'BTD1'

/** Header (magic, desks, dims) then the centroids as little-endian float32. */
export function encodeDeskModel(model: DeskModel): Uint8Array {
  const desks = model.centroids.length / model.dims;
  const out = new Uint8Array(12 + model.centroids.length * 4);
  const view = new DataView(out.buffer);
  [MAGIC, desks, model.dims].forEach((v, i) => view.setUint32(i * 4, v, true));
  model.centroids.forEach((v, i) => view.setFloat32(12 + i * 4, v, true));
  return out;
}

/** Read a model written by encodeDeskModel. */
export function decodeDeskModel(bytes: Uint8Array): DeskModel {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const [magic, desks, dims] = [0, 1, 2].map((i) => view.getUint32(i * 4, true));
  if (magic !== MAGIC || bytes.length !== 12 + desks * dims * 4) throw new Error('desk model: bad file');
  const centroids = new Float32Array(desks * dims);
  for (let i = 0; i < centroids.length; i++) centroids[i] = view.getFloat32(12 + i * 4, true);
  return { dims, centroids };
}

/** The shipped desks (from the project root) and the format decodeDeskModel reads. */
export const DESK_MODEL_FILE = 'src/lib/related/data/related-desks.bin';
export const DESK_MODEL_FORMAT = { format: 'desk-centroids-f32', version: 1 };

let shipped: DeskModel | undefined;

/** The shipped desks, checked against their manifest and decoded once per process. */
export function loadDeskModel(): DeskModel {
  return (shipped ??= decodeDeskModel(readModelAsset(DESK_MODEL_FILE, DESK_MODEL_FORMAT)));
}

/** Index of the centroid with the largest dot product with `v` (ties: the smaller index). */
export function nearestDesk(centroids: Float32Array, dims: number, v: ArrayLike<number>, at = 0): number {
  let best = 0;
  let bestScore = -Infinity;
  for (let k = 0; k * dims < centroids.length; k++) {
    let s = 0;
    for (let i = 0; i < dims; i++) s += centroids[k * dims + i] * v[at + i];
    if (s > bestScore) [best, bestScore] = [k, s];
  }
  return best;
}

/**
 * Each article's latent section: the desk nearest to its topic vector plus its `neighbours` best
 * first-stage candidates' (weighted by score), so a short or odd story goes where its
 * neighbours are. `topics` holds unit rows of the model's dimensions.
 */
export function deskSections(first: Ranked[], topics: Float32Array, model: DeskModel, neighbours: number): Int32Array {
  const { dims, centroids } = model;
  const out = new Int32Array(first.length);
  const sum = new Float64Array(dims);
  first.forEach((r, d) => {
    for (let i = 0; i < dims; i++) sum[i] = topics[d * dims + i];
    for (let j = 0, k = neighbourCount(r, neighbours); j < k; j++) {
      const w = r.scores[j];
      const at = r.docs[j] * dims;
      for (let i = 0; i < dims; i++) sum[i] += w * topics[at + i];
    }
    out[d] = nearestDesk(centroids, dims, sum);
  });
  return out;
}
