import { existsSync, statSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { isSkillgraphError, SkillgraphError } from "../core/errors.js";
import type { EmbeddingModel, EmbedOptions, EmbedResult } from "./language-model.js";

/** How token vectors become one text vector. `cls` = first token, `last_token` = last (decoder models). */
export type TransformersPooling = "mean" | "cls" | "last_token";

export interface TransformersEmbeddingOptions {
  /**
   * A local model folder in the Hugging Face / transformers.js layout: `config.json`,
   * `tokenizer.json`, `tokenizer_config.json` and `onnx/model.onnx` (or
   * `onnx/model_quantized.onnx` with `quantized: true`). Nothing is ever downloaded.
   */
  modelPath: string;
  /** Pooling over the token vectors; default `mean` (sentence-transformers models). */
  pooling?: TransformersPooling;
  /** Scale every embedding to unit length; default true. */
  normalize?: boolean;
  /** Load `onnx/model_quantized.onnx` (int8) instead of `onnx/model.onnx`; default false. */
  quantized?: boolean;
  /** Texts per forward pass; default 32. */
  batchSize?: number;
  /** ONNX Runtime intra-op threads; default 1 (these machines share 2 cores). */
  threads?: number;
  /** Reported `modelId`; default the folder name. */
  modelId?: string;
}

export type TransformersEmbeddingModel = EmbeddingModel & {
  /** Release the ONNX Runtime session; the next `embed` loads the model again. */
  dispose(): Promise<void>;
};

/** Files transformers.js reads from a local model folder. */
export function requiredModelFiles(quantized = false): string[] {
  const onnxFile = quantized ? "model_quantized.onnx" : "model.onnx";
  return ["config.json", "tokenizer.json", "tokenizer_config.json", join("onnx", onnxFile)];
}

/** Throw MODEL_MISSING with a one-line reason unless `folder` holds every file the model needs. */
export function assertModelFolder(folder: string, quantized = false): void {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new SkillgraphError("MODEL_MISSING", `ONNX embedding model folder not found: ${folder}`, {
      details: { modelPath: folder },
    });
  }
  const missing = requiredModelFiles(quantized).filter((file) => !existsSync(join(folder, file)));
  if (missing.length > 0) {
    throw new SkillgraphError(
      "MODEL_MISSING",
      `ONNX embedding model folder ${folder} lacks ${missing.join(", ")}`,
      {
        details: { modelPath: folder, missing },
      },
    );
  }
}

/** The slice of a transformers.js feature-extraction pipeline used here. */
interface FeatureExtractor {
  (
    texts: string[],
    options: { pooling: TransformersPooling; normalize: boolean },
  ): Promise<{
    dims: number[];
    tolist(): unknown;
  }>;
  tokenizer: (
    texts: string[],
    options: { padding: boolean; truncation: boolean },
  ) => { attention_mask: { data: ArrayLike<number | bigint> } };
  dispose(): Promise<void>;
}

async function loadExtractor(
  folder: string,
  options: TransformersEmbeddingOptions,
): Promise<FeatureExtractor> {
  // Loaded on first use: importing transformers.js pulls in ONNX Runtime and sharp.
  let transformers: typeof import("@huggingface/transformers");
  try {
    transformers = await import("@huggingface/transformers");
  } catch (error) {
    throw new SkillgraphError(
      "MODEL_MISSING",
      "local ONNX embeddings need the @huggingface/transformers package",
      {
        cause: error,
      },
    );
  }
  transformers.env.allowRemoteModels = false;
  transformers.env.allowLocalModels = true;
  const threads = options.threads ?? 1;
  try {
    const extractor = await transformers.pipeline("feature-extraction", folder, {
      local_files_only: true,
      device: "cpu",
      dtype: options.quantized ? "q8" : "fp32",
      session_options: { intraOpNumThreads: threads, interOpNumThreads: 1 },
    });
    return extractor as unknown as FeatureExtractor;
  } catch (error) {
    const reason = firstLine(error instanceof Error ? error.message : String(error));
    throw new SkillgraphError(
      "MODEL_MISSING",
      `could not load ONNX embedding model from ${folder}: ${reason}`,
      {
        details: { modelPath: folder },
        cause: error,
      },
    );
  }
}

function firstLine(text: string): string {
  return (text.split("\n")[0] ?? "").slice(0, 300);
}

function countTokens(extractor: FeatureExtractor, texts: string[]): number {
  const { data } = extractor.tokenizer(texts, { padding: true, truncation: true }).attention_mask;
  let total = 0;
  for (let index = 0; index < data.length; index++) total += Number(data[index]);
  return total;
}

function toVectors(output: { dims: number[]; tolist(): unknown }, expected: number): number[][] {
  const rows = output.tolist();
  const isMatrix =
    output.dims.length === 2 &&
    Array.isArray(rows) &&
    rows.length === expected &&
    rows.every((row) => Array.isArray(row) && row.every((value) => typeof value === "number"));
  if (!isMatrix) {
    throw new SkillgraphError(
      "INTERNAL",
      `ONNX embedding model returned shape [${output.dims.join(", ")}], expected [${expected}, d]`,
    );
  }
  return rows as number[][];
}

/**
 * An EmbeddingModel that runs a local ONNX model on the CPU through transformers.js
 * (`@huggingface/transformers`), with remote model loading switched off. The folder is checked
 * when the model is created (MODEL_MISSING with a one-line reason); the ONNX session is created on
 * the first `embed` call.
 */
export function createTransformersEmbedding(
  options: TransformersEmbeddingOptions,
): TransformersEmbeddingModel {
  const folder = resolve(options.modelPath);
  assertModelFolder(folder, options.quantized ?? false);
  const pooling = options.pooling ?? "mean";
  const normalize = options.normalize ?? true;
  const batchSize = Math.max(1, Math.floor(options.batchSize ?? 32));
  let loading: Promise<FeatureExtractor> | undefined;

  const extractor = (): Promise<FeatureExtractor> => {
    loading ??= loadExtractor(folder, options).catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };

  const embed = async (texts: string[], embedOptions: EmbedOptions = {}): Promise<EmbedResult> => {
    const embeddings: number[][] = [];
    let inputTokens = 0;
    for (let start = 0; start < texts.length; start += batchSize) {
      if (embedOptions.signal?.aborted) {
        throw new SkillgraphError("LLM_ERROR", "request aborted", {
          details: { retryable: false, kind: "aborted", aborted: true },
        });
      }
      const batch = texts.slice(start, start + batchSize);
      const model = await extractor();
      try {
        inputTokens += countTokens(model, batch);
        embeddings.push(...toVectors(await model(batch, { pooling, normalize }), batch.length));
      } catch (error) {
        if (isSkillgraphError(error)) throw error;
        const reason = firstLine(error instanceof Error ? error.message : String(error));
        throw new SkillgraphError("INTERNAL", `ONNX embedding failed: ${reason}`, { cause: error });
      }
    }
    return { embeddings, usage: { inputTokens } };
  };

  return {
    specificationVersion: "v1",
    provider: "transformers.js",
    modelId: options.modelId ?? basename(folder),
    embed,
    dispose: async () => {
      const pending = loading;
      loading = undefined;
      const loaded = await pending?.catch(() => undefined);
      await loaded?.dispose();
    },
  };
}
