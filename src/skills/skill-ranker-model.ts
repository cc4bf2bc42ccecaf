import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { SkillgraphError } from "../core/errors.js";
import { FEATURE_COUNT, RANKER_FEATURES, type Skillness } from "./ranker-features.js";

/** The shipped ranker file (models/skill-ranker.json): a logistic model over RANKER_FEATURES. */
export const SkillRankerFileSchema = z.object({
  kind: z.literal("skill-ranker"),
  version: z.literal(1),
  features: z.array(z.string()),
  mean: z.array(z.number()),
  scale: z.array(z.number()),
  weights: z.array(z.number()),
  bias: z.number(),
  /** P(word is inside a skill span), learned from SkillSpan train; words not listed use `skillnessDefault`. */
  skillness: z.record(z.string(), z.number()),
  skillnessDefault: z.number(),
  /** Provenance: command, data files, date, metrics (free-form). */
  training: z.record(z.string(), z.unknown()),
});

export type SkillRankerFile = z.infer<typeof SkillRankerFileSchema>;

/** A loaded ranker: scores feature rows and weighs sentence words. */
export interface SkillRanker {
  score(features: Float32Array, row: number): number;
  skillness: Skillness;
  file: SkillRankerFile;
}

export function createSkillRanker(file: SkillRankerFile): SkillRanker {
  if (
    file.features.length !== FEATURE_COUNT ||
    file.features.some((name, position) => name !== RANKER_FEATURES[position])
  ) {
    throw new SkillgraphError(
      "MODEL_MISSING",
      "skill-ranker model was trained on other features; retrain it",
      {
        details: { expected: RANKER_FEATURES, found: file.features },
      },
    );
  }
  const weights = Float32Array.from(file.weights, (weight, position) => weight / (file.scale[position] || 1));
  let offset = file.bias;
  file.weights.forEach((weight, position) => {
    offset -= (weight * file.mean[position]!) / (file.scale[position] || 1);
  });
  const skillnessTable = new Map(Object.entries(file.skillness));
  return {
    file,
    score(features, row) {
      let logit = offset;
      const base = row * FEATURE_COUNT;
      for (let position = 0; position < FEATURE_COUNT; position++) {
        logit += weights[position]! * features[base + position]!;
      }
      return 1 / (1 + Math.exp(-logit));
    },
    skillness: (word) => skillnessTable.get(word) ?? file.skillnessDefault,
  };
}

/** Hand-set weights used when no trained file is available (coverage first, then BM25 and vectors). */
export function defaultRankerFile(): SkillRankerFile {
  const weights: Record<string, number> = {
    coverBest: 3,
    hardBest: 2,
    coverBestLong: 1,
    bm25Label: 1,
    bm25Description: 1,
    cosineLabel: 1,
    cosineDescription: 1,
    dictionaryHit: 1,
  };
  return {
    kind: "skill-ranker",
    version: 1,
    features: [...RANKER_FEATURES],
    mean: RANKER_FEATURES.map(() => 0),
    scale: RANKER_FEATURES.map(() => 1),
    weights: RANKER_FEATURES.map((name) => weights[name] ?? 0),
    bias: -4,
    skillness: {},
    skillnessDefault: 1,
    training: { note: "hand-set defaults, not trained" },
  };
}

/** Read and validate a ranker file. */
export function readSkillRankerFile(path: string): SkillRankerFile {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (cause) {
    throw new SkillgraphError("FILE_UNREADABLE", `cannot read skill-ranker model ${path}`, { cause });
  }
  const parsed = SkillRankerFileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new SkillgraphError("CORRUPT_FILE", `${path} is not a skill-ranker model: ${parsed.error.message}`);
  }
  return parsed.data;
}

/** models/skill-ranker.json of this package (found by walking up from this file), if present. */
export function shippedRankerPath(): string | undefined {
  let folder = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 5; depth++) {
    const candidate = join(folder, "models", "skill-ranker.json");
    if (existsSync(candidate)) return candidate;
    folder = dirname(folder);
  }
  return undefined;
}

/** The shipped trained ranker, or the hand-set defaults when the file is absent. */
export function loadDefaultSkillRanker(): SkillRanker {
  const path = shippedRankerPath();
  return createSkillRanker(path ? readSkillRankerFile(path) : defaultRankerFile());
}
