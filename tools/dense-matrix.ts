/** Dense linear algebra on small row-major matrices, for tools/build-related-model.ts. */

/**
 * Orthonormalises the L columns of Y (rows x L, row-major) in place, by modified Gram-Schmidt:
 * the range finder of the topic model's randomized SVD.
 */
export function orthonormalise(Y: Float64Array, rows: number, L: number): Float64Array {
  for (let a = 0; a < L; a++) {
    for (let b = 0; b < a; b++) {
      let d = 0;
      for (let i = 0; i < rows; i++) d += Y[i * L + a] * Y[i * L + b];
      for (let i = 0; i < rows; i++) Y[i * L + a] -= d * Y[i * L + b];
    }
    let norm = 0;
    for (let i = 0; i < rows; i++) norm += Y[i * L + a] ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < rows; i++) Y[i * L + a] /= norm;
  }
  return Y;
}
/**
 * Eigenvectors (columns of W) and eigenvalues of a small symmetric matrix G (L x L, row-major;
 * overwritten), by cyclic Jacobi rotations: the SVD of the small projected matrix.
 */
export function symmetricEigen(G: Float64Array, L: number): { W: Float64Array; values: number[] } {
  const W = new Float64Array(L * L);
  for (let a = 0; a < L; a++) W[a * L + a] = 1;
  for (let sweep = 0; sweep < 50; sweep++) {
    let off = 0;
    for (let p = 0; p < L; p++) {
      for (let q = p + 1; q < L; q++) {
        const apq = G[p * L + q];
        off += apq * apq;
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (G[q * L + q] - G[p * L + p]) / (2 * apq);
        const t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < L; k++) {
          const kp = G[k * L + p];
          const kq = G[k * L + q];
          G[k * L + p] = c * kp - s * kq;
          G[k * L + q] = s * kp + c * kq;
        }
        for (let k = 0; k < L; k++) {
          const pk = G[p * L + k];
          const qk = G[q * L + k];
          G[p * L + k] = c * pk - s * qk;
          G[q * L + k] = s * pk + c * qk;
        }
        for (let k = 0; k < L; k++) {
          const kp = W[k * L + p];
          const kq = W[k * L + q];
          W[k * L + p] = c * kp - s * kq;
          W[k * L + q] = s * kp + c * kq;
        }
      }
    }
    if (off < 1e-24) break;
  }
  return { W, values: Array.from({ length: L }, (_, a) => G[a * L + a]) };
}
