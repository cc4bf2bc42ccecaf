import { z } from "zod";
import { SkillgraphError } from "../core/errors.js";
import { type FeatureRows, toMatrix } from "./dataset.js";
import { type Network, sigmoid } from "./network.js";
import { FeedForwardNetwork, TwoTowerNetwork } from "./networks.js";
import { type Standardizer, standardizeRow } from "./standardizer.js";
import type { TrainingReport } from "./train-network.js";

export type ModelKind = "logistic-regression" | "mlp" | "two-tower";

/** A trained binary scorer. `predict` gives a probability; `logit` the raw score (for ranking). */
export interface Model {
  readonly kind: ModelKind;
  readonly dimension: number;
  readonly network: Network;
  /** Present when training ran (absent after loading). */
  readonly training: TrainingReport | undefined;
  logit(features: ArrayLike<number>): number;
  predict(features: ArrayLike<number>): number;
  /** Probabilities for many rows (row array, or row-major buffer of `dimension` columns). */
  predictAll(features: FeatureRows): Float32Array;
  toJSON(): ModelJson;
}

const encodedFloats = z.string().describe("base64 of little-endian float32 values");

export const modelJsonSchema = z.object({
  kind: z.enum(["logistic-regression", "mlp", "two-tower"]),
  dimension: z.number().int().positive(),
  hidden: z.array(z.number().int().positive()).default([]),
  leftDimension: z.number().int().positive().optional(),
  embeddingDimension: z.number().int().positive().optional(),
  parameters: z.array(encodedFloats),
  standardizer: z.object({ mean: encodedFloats, scale: encodedFloats }).optional(),
});
export type ModelJson = z.infer<typeof modelJsonSchema>;

export function encodeFloats(values: Float32Array): string {
  return Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString("base64");
}

export function decodeFloats(text: string): Float32Array {
  const bytes = Buffer.from(text, "base64");
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return new Float32Array(copy.buffer, 0, Math.floor(copy.byteLength / 4));
}

/** A network plus optional input standardization, wrapped as a Model. */
export class NetworkModel implements Model {
  readonly kind: ModelKind;
  readonly dimension: number;
  readonly network: Network;
  readonly standardizer: Standardizer | undefined;
  readonly training: TrainingReport | undefined;
  private readonly scratch: unknown;
  private readonly buffer: Float32Array;

  constructor(
    kind: ModelKind,
    network: Network,
    standardizer: Standardizer | undefined,
    training: TrainingReport | undefined,
  ) {
    this.kind = kind;
    this.network = network;
    this.dimension = network.dimension;
    this.standardizer = standardizer;
    this.training = training;
    this.scratch = network.createScratch();
    this.buffer = new Float32Array(network.dimension);
  }

  logit(features: ArrayLike<number>): number {
    if (features.length !== this.dimension) {
      throw new SkillgraphError("BAD_INPUT", `expected ${this.dimension} features, got ${features.length}`);
    }
    if (!this.standardizer) this.buffer.set(features);
    else standardizeRow(features, 0, this.dimension, this.standardizer, this.buffer);
    return this.network.forward(this.buffer, 0, this.scratch);
  }

  predict(features: ArrayLike<number>): number {
    return sigmoid(this.logit(features));
  }

  predictAll(features: FeatureRows): Float32Array {
    const matrix = toMatrix(features, this.dimension);
    const output = new Float32Array(matrix.rows);
    for (let row = 0; row < matrix.rows; row++) {
      const start = row * matrix.columns;
      output[row] = this.predict(matrix.data.subarray(start, start + matrix.columns));
    }
    return output;
  }

  toJSON(): ModelJson {
    const network = this.network;
    const json: ModelJson = {
      kind: this.kind,
      dimension: this.dimension,
      hidden: network instanceof FeedForwardNetwork ? [...network.hidden] : [],
      parameters: network.parameters.map(encodeFloats),
    };
    if (network instanceof TwoTowerNetwork) {
      json.hidden = [...network.towerHidden];
      json.leftDimension = network.leftDimension;
      json.embeddingDimension = network.embeddingDimension;
    }
    if (this.standardizer) {
      json.standardizer = {
        mean: encodeFloats(this.standardizer.mean),
        scale: encodeFloats(this.standardizer.scale),
      };
    }
    return json;
  }
}

/** Rebuild a model from its JSON form (validated). */
export function modelFromJSON(input: unknown): Model {
  const parsed = modelJsonSchema.safeParse(input);
  if (!parsed.success) throw new SkillgraphError("BAD_INPUT", `not a model: ${parsed.error.message}`);
  const json = parsed.data;
  let network: Network;
  if (json.kind === "two-tower") {
    if (json.leftDimension === undefined || json.embeddingDimension === undefined) {
      throw new SkillgraphError("BAD_INPUT", "two-tower model lacks leftDimension/embeddingDimension");
    }
    network = new TwoTowerNetwork(
      json.dimension,
      json.leftDimension,
      json.embeddingDimension,
      json.hidden,
      undefined,
    );
  } else {
    network = new FeedForwardNetwork(json.dimension, json.hidden, undefined);
  }
  if (network.parameters.length !== json.parameters.length) {
    throw new SkillgraphError("BAD_INPUT", "model parameter count does not match its shape");
  }
  network.parameters.forEach((parameter, index) => {
    const values = decodeFloats(json.parameters[index] as string);
    if (values.length !== parameter.length) {
      throw new SkillgraphError("BAD_INPUT", `model parameter ${index} has the wrong size`);
    }
    parameter.set(values);
  });
  const standardizer = json.standardizer
    ? { mean: decodeFloats(json.standardizer.mean), scale: decodeFloats(json.standardizer.scale) }
    : undefined;
  if (standardizer && standardizer.mean.length !== json.dimension) {
    throw new SkillgraphError("BAD_INPUT", "model standardizer has the wrong size");
  }
  return new NetworkModel(json.kind, network, standardizer, undefined);
}
