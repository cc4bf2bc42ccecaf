import type { Command } from "commander";
import { SkillgraphError } from "../core/errors.js";
import { createOpenAICompatible } from "../llm/openai-compatible.js";
import { createTransformersEmbedding } from "../llm/transformers-embedding.js";
import type { TextEmbedder } from "../skills/embedding-model.js";

/** The options of a command that can use an embedding model. */
export interface EmbedderOptions {
  embeddingBaseUrl?: string;
  embeddingModel?: string;
  onnxModel?: string;
}

/** Add the embedding-model options to a command (a remote OpenAI-compatible one, or a local ONNX folder). */
export function addEmbedderOptions(command: Command): Command {
  return command
    .option(
      "--embedding-base-url <url>",
      "OpenAI-compatible /embeddings server (key: SKILLGRAPH_EMBEDDING_API_KEY or OPENAI_API_KEY)",
    )
    .option("--embedding-model <name>", "embedding model name on that server")
    .option("--onnx-model <dir>", "local ONNX embedding model folder (transformers.js layout), no network");
}

/** The embedder the options ask for, or undefined (the default needs none). The environment is read here, at the edge. */
export function embedderFromOptions(options: EmbedderOptions): TextEmbedder | undefined {
  if (options.onnxModel && options.embeddingBaseUrl) {
    throw new SkillgraphError("BAD_USAGE", "use either --onnx-model or --embedding-base-url, not both");
  }
  if (options.onnxModel) return createTransformersEmbedding({ modelPath: options.onnxModel });
  if (!options.embeddingBaseUrl) return undefined;
  if (!options.embeddingModel)
    throw new SkillgraphError("BAD_USAGE", "--embedding-base-url needs --embedding-model");
  const apiKey = process.env.SKILLGRAPH_EMBEDDING_API_KEY ?? process.env.OPENAI_API_KEY;
  return createOpenAICompatible({
    baseURL: options.embeddingBaseUrl,
    model: options.embeddingModel,
    embeddingModel: options.embeddingModel,
    ...(apiKey ? { apiKey } : {}),
  });
}
