import { readFileSync } from "node:fs";
import { z } from "zod";
import { writeFileAtomic } from "../core/atomic-write.js";
import { SkillgraphError } from "../core/errors.js";
import { type Model, modelFromJSON, modelJsonSchema } from "./model.js";

/** What a saved model records besides its parameters. */
export interface ModelFileInfo {
  /** Free-form description of the training data (source path, counts, feature names…). */
  data: Record<string, unknown>;
  /** Measured metrics, e.g. validation AUC. */
  metrics: Record<string, number>;
  /** Anything else the caller needs to rebuild features (feature names, vocabulary size…). */
  extra?: Record<string, unknown>;
}

export const modelFileSchema = z.object({
  format: z.literal("skillgraph-model"),
  version: z.literal(1),
  name: z.string(),
  createdAt: z.string(),
  data: z.record(z.string(), z.unknown()),
  metrics: z.record(z.string(), z.number()),
  extra: z.record(z.string(), z.unknown()).default({}),
  model: modelJsonSchema,
});
export type ModelFile = z.infer<typeof modelFileSchema>;

export interface LoadedModel {
  name: string;
  model: Model;
  createdAt: string;
  data: Record<string, unknown>;
  metrics: Record<string, number>;
  extra: Record<string, unknown>;
}

/** Save a model as JSON (atomically) with its data description, date and metrics. */
export function saveModel(
  path: string,
  name: string,
  model: Model,
  info: ModelFileInfo,
  now = new Date(),
): void {
  const file: ModelFile = {
    format: "skillgraph-model",
    version: 1,
    name,
    createdAt: now.toISOString(),
    data: info.data,
    metrics: info.metrics,
    extra: info.extra ?? {},
    model: model.toJSON(),
  };
  writeFileAtomic(path, `${JSON.stringify(file)}\n`);
}

/** Load a model file written by `saveModel` (validated; bad files raise BAD_INPUT). */
export function loadModel(path: string): LoadedModel {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new SkillgraphError("FILE_NOT_FOUND", `cannot read model file ${path}`, { cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new SkillgraphError("BAD_INPUT", `model file ${path} is not JSON`, { cause: error });
  }
  const parsed = modelFileSchema.safeParse(json);
  if (!parsed.success) {
    throw new SkillgraphError("BAD_INPUT", `model file ${path} is invalid: ${parsed.error.message}`);
  }
  const file = parsed.data;
  return {
    name: file.name,
    model: modelFromJSON(file.model),
    createdAt: file.createdAt,
    data: file.data,
    metrics: file.metrics,
    extra: file.extra,
  };
}
