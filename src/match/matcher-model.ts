import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { SkillgraphError } from "../core/errors.js";
import { type LoadedModel, loadModel, type Model } from "../learn/index.js";
import { MATCH_FEATURE_NAMES } from "./match-features.js";

/** The score model: a calibrated probability from the match features, and its decision threshold. */
export interface MatcherModel {
  featureNames: readonly string[];
  /** score ≥ threshold → "match". */
  threshold: number;
  predict(features: Float32Array): number;
  /** Where the model came from (training data, date, metrics) — for reports and `--help`. */
  info: { name: string; createdAt: string; data: Record<string, unknown>; metrics: Record<string, number> };
}

/** Model file name inside the repository's `models/` folder. */
export const DEFAULT_MATCHER_MODEL_FILE = "matcher.json";

const extraSchema = z.object({
  featureNames: z.array(z.string()),
  threshold: z.number().min(0).max(1),
});

/** Wrap a trained learn/ model with the feature names and threshold the matcher needs. */
export function createMatcherModel(
  model: Model,
  threshold: number,
  info: MatcherModel["info"] = {
    name: "matcher",
    createdAt: new Date().toISOString(),
    data: {},
    metrics: {},
  },
): MatcherModel {
  if (model.dimension !== MATCH_FEATURE_NAMES.length) {
    throw new SkillgraphError(
      "BAD_INPUT",
      `matcher model reads ${model.dimension} features; this version computes ${MATCH_FEATURE_NAMES.length}`,
    );
  }
  return {
    featureNames: MATCH_FEATURE_NAMES,
    threshold,
    predict: (features) => model.predict(features),
    info,
  };
}

/**
 * A stand-in model that scores every pair 0.5: for computing features before a model exists
 * (training), never for decisions.
 */
export function createUntrainedMatcherModel(): MatcherModel {
  return {
    featureNames: MATCH_FEATURE_NAMES,
    threshold: 0.5,
    predict: () => 0.5,
    info: { name: "untrained", createdAt: new Date(0).toISOString(), data: {}, metrics: {} },
  };
}

/** Load a matcher model file written by `skillgraph train matcher`. */
export function loadMatcherModel(path: string): MatcherModel {
  const loaded: LoadedModel = loadModel(path);
  const extra = extraSchema.safeParse(loaded.extra);
  if (!extra.success)
    throw new SkillgraphError("BAD_INPUT", `${path}: not a matcher model (no feature names)`);
  const names = extra.data.featureNames;
  if (
    names.length !== MATCH_FEATURE_NAMES.length ||
    names.some((name, index) => name !== MATCH_FEATURE_NAMES[index])
  ) {
    throw new SkillgraphError(
      "BAD_INPUT",
      `${path}: trained on other features (${names.join(", ")}); retrain it`,
    );
  }
  return createMatcherModel(loaded.model, extra.data.threshold, {
    name: loaded.name,
    createdAt: loaded.createdAt,
    data: loaded.data,
    metrics: loaded.metrics,
  });
}

/** Path of the model shipped with the package (`models/matcher.json` at the package root). */
export function defaultMatcherModelPath(): string {
  // This file is src/match/matcher-model.ts or dist/match/matcher-model.js: the root is two up.
  return resolve(dirname(fileURLToPath(import.meta.url)), "../..", "models", DEFAULT_MATCHER_MODEL_FILE);
}

/** Load the shipped default model; MODEL_MISSING when the package lacks it. */
export function loadDefaultMatcherModel(): MatcherModel {
  const path = defaultMatcherModelPath();
  if (!existsSync(path)) {
    throw new SkillgraphError("MODEL_MISSING", `no matcher model at ${path}; run skillgraph train matcher`);
  }
  return loadMatcherModel(path);
}
