import { type BinaryDataset, type Matrix, toLabels, toMatrix } from "./dataset.js";
import { fitStandardizer, type Standardizer, standardizeMatrix } from "./standardizer.js";

export interface PreparedBinary {
  matrix: Matrix;
  labels: Float32Array;
  standardizer: Standardizer | undefined;
}

/** Copy a dataset into a matrix, optionally z-scored with a standardizer fitted on it. */
export function prepareBinary(dataset: BinaryDataset, standardize: boolean): PreparedBinary {
  const matrix = toMatrix(dataset.features, dataset.dimension);
  const labels = toLabels(dataset.labels, matrix.rows);
  const standardizer = standardize ? fitStandardizer(matrix) : undefined;
  if (standardizer) standardizeMatrix(matrix, standardizer);
  return { matrix, labels, standardizer };
}
