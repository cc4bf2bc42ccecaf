import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { writeFileAtomic } from "../core/atomic-write.js";
import type { GenerateRequest, GenerateResult, LanguageModel } from "./language-model.js";

export interface CacheOptions {
  /** Folder of cached replies (created on demand); one JSON file per request hash. */
  dir: string;
}

const cachedResultSchema = z.object({
  text: z.string(),
  usage: z.object({ inputTokens: z.number(), outputTokens: z.number() }),
  finishReason: z.enum(["stop", "length", "content-filter", "tool-calls", "error", "other"]),
});

/** sha256 of the provider, model id and every field that changes the reply. */
export function cacheKeyFor(
  model: Pick<LanguageModel, "provider" | "modelId">,
  request: GenerateRequest,
): string {
  const material = JSON.stringify({
    provider: model.provider,
    modelId: model.modelId,
    messages: request.messages,
    maxTokens: request.maxTokens ?? null,
    temperature: request.temperature ?? null,
    seed: request.seed ?? null,
    responseFormat: request.responseFormat ?? null,
  });
  return createHash("sha256").update(material).digest("hex");
}

/**
 * Content-addressed cache for reproducible runs: a request seen before is answered from
 * `dir/<hash[0..2]>/<hash>.json` (marked `cached: true`, usage as originally reported).
 * Only complete (`stop`) replies are stored. Streams are passed through uncached.
 */
export function withCache(model: LanguageModel, options: CacheOptions): LanguageModel {
  const pathFor = (key: string): string => join(options.dir, key.slice(0, 2), `${key}.json`);
  return {
    specificationVersion: "v1",
    provider: model.provider,
    modelId: model.modelId,
    generate: async (request): Promise<GenerateResult> => {
      const path = pathFor(cacheKeyFor(model, request));
      if (existsSync(path)) {
        const stored = cachedResultSchema.safeParse(safeJson(readFileSync(path, "utf8")));
        if (stored.success) return { ...stored.data, cached: true };
      }
      const result = await model.generate(request);
      if (result.finishReason === "stop") {
        const { text, usage, finishReason } = result;
        writeFileAtomic(path, JSON.stringify({ text, usage, finishReason }));
      }
      return result;
    },
    stream: (request) => model.stream(request),
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
