import { SkillgraphError } from "../core/errors.js";

/** Feature rows: an array of rows, or one row-major buffer (then `dimension` is required). */
export type FeatureRows = readonly Float32Array[] | Float32Array;

/** A labelled binary dataset as given by callers. Labels are 0/1 (soft labels in [0, 1] also work). */
export interface BinaryDataset {
  features: FeatureRows;
  labels: Float32Array | readonly number[];
  /** Columns per row; required when `features` is one row-major buffer. */
  dimension?: number;
}

/** Row-major matrix: `rows × columns` floats. */
export interface Matrix {
  data: Float32Array;
  rows: number;
  columns: number;
}

/** Normalize feature rows to one row-major matrix (copies; the caller's arrays are never mutated). */
export function toMatrix(features: FeatureRows, dimension?: number): Matrix {
  if (features instanceof Float32Array) {
    if (dimension === undefined || dimension <= 0 || features.length % dimension !== 0) {
      throw new SkillgraphError("BAD_INPUT", "row-major features need a dimension that divides their length");
    }
    return { data: Float32Array.from(features), rows: features.length / dimension, columns: dimension };
  }
  const columns = dimension ?? features[0]?.length ?? 0;
  if (columns <= 0) throw new SkillgraphError("BAD_INPUT", "features are empty");
  const data = new Float32Array(features.length * columns);
  features.forEach((row, index) => {
    if (row.length !== columns) {
      throw new SkillgraphError(
        "BAD_INPUT",
        `feature row ${index} has ${row.length} columns, expected ${columns}`,
      );
    }
    data.set(row, index * columns);
  });
  return { data, rows: features.length, columns };
}

/** Check labels against the row count and copy them to a Float32Array. */
export function toLabels(labels: Float32Array | readonly number[], rows: number): Float32Array {
  if (labels.length !== rows) {
    throw new SkillgraphError("BAD_INPUT", `${labels.length} labels for ${rows} feature rows`);
  }
  const copy = Float32Array.from(labels);
  for (const label of copy) {
    if (!(label >= 0 && label <= 1)) throw new SkillgraphError("BAD_INPUT", "labels must lie in [0, 1]");
  }
  return copy;
}
