import type { Matrix } from "./dataset.js";

/** Per-feature z-scoring: (x − mean) / scale, with scale 1 for constant features. */
export interface Standardizer {
  mean: Float32Array;
  scale: Float32Array;
}

/** Fit means and standard deviations on a matrix's rows. */
export function fitStandardizer(matrix: Matrix): Standardizer {
  const { data, rows, columns } = matrix;
  const mean = new Float64Array(columns);
  const square = new Float64Array(columns);
  for (let row = 0; row < rows; row++) {
    const offset = row * columns;
    for (let column = 0; column < columns; column++) {
      const value = data[offset + column] as number;
      mean[column] = (mean[column] as number) + value;
      square[column] = (square[column] as number) + value * value;
    }
  }
  const meanOut = new Float32Array(columns);
  const scale = new Float32Array(columns);
  for (let column = 0; column < columns; column++) {
    const average = rows > 0 ? (mean[column] as number) / rows : 0;
    const variance = rows > 0 ? (square[column] as number) / rows - average * average : 0;
    meanOut[column] = average;
    scale[column] = variance > 1e-12 ? Math.sqrt(variance) : 1;
  }
  return { mean: meanOut, scale };
}

/** Standardize a matrix in place. */
export function standardizeMatrix(matrix: Matrix, standardizer: Standardizer): void {
  const { data, rows, columns } = matrix;
  for (let row = 0; row < rows; row++) {
    standardizeRow(data, row * columns, columns, standardizer, data, row * columns);
  }
}

/** Standardize `columns` values from `source[offset…]` into `target[targetOffset…]`. */
export function standardizeRow(
  source: ArrayLike<number>,
  offset: number,
  columns: number,
  standardizer: Standardizer,
  target: Float32Array,
  targetOffset = 0,
): void {
  for (let column = 0; column < columns; column++) {
    target[targetOffset + column] =
      ((source[offset + column] as number) - (standardizer.mean[column] as number)) /
      (standardizer.scale[column] as number);
  }
}
