import { createHash } from "node:crypto";
import { SkillgraphError } from "../core/errors.js";
import type {
  EmbeddingModel,
  EmbedResult,
  FinishReason,
  GenerateRequest,
  GenerateResult,
  LanguageModel,
} from "./language-model.js";

/** What a scripted reply may be: plain text, a partial result, or an error to throw. */
export type FakeReply = string | (Partial<GenerateResult> & { text: string }) | Error;

export interface FakeLanguageModelOptions {
  /** Replies in order; the last one repeats once the list is used up. */
  responses?: FakeReply[];
  /** Compute a reply from the request (wins over `responses`). */
  respond?: (request: GenerateRequest, callIndex: number) => FakeReply | Promise<FakeReply>;
  /** Default `fake`. */
  modelId?: string;
}

export type FakeLanguageModel = LanguageModel &
  EmbeddingModel & {
    /** Every request received, in order. */
    readonly calls: GenerateRequest[];
  };

/** Whitespace-separated word count: the fake's deterministic token measure. */
export function countFakeTokens(text: string): number {
  const trimmed = text.trim();
  return trimmed === "" ? 0 : trimmed.split(/\s+/).length;
}

/** A scripted model for tests: deterministic replies, usage and embeddings, no I/O. */
export function createFakeLanguageModel(options: FakeLanguageModelOptions = {}): FakeLanguageModel {
  const calls: GenerateRequest[] = [];
  const replyFor = async (request: GenerateRequest): Promise<GenerateResult> => {
    const callIndex = calls.length;
    calls.push(request);
    if (request.signal?.aborted) {
      throw new SkillgraphError("LLM_ERROR", "request aborted", {
        details: { retryable: false, kind: "aborted" },
      });
    }
    let reply: FakeReply | undefined;
    if (options.respond) reply = await options.respond(request, callIndex);
    else {
      const responses = options.responses ?? ["ok"];
      reply = responses[Math.min(callIndex, responses.length - 1)];
    }
    if (request.signal?.aborted) {
      throw new SkillgraphError("LLM_ERROR", "request aborted", {
        details: { retryable: false, kind: "aborted" },
      });
    }
    if (reply instanceof Error) throw reply;
    const result = typeof reply === "string" ? { text: reply } : (reply ?? { text: "" });
    const inputText = request.messages.map((message) => message.content).join(" ");
    const finishReason: FinishReason = result.finishReason ?? "stop";
    return {
      text: result.text,
      usage: result.usage ?? {
        inputTokens: countFakeTokens(inputText),
        outputTokens: countFakeTokens(result.text),
      },
      finishReason,
      ...(result.cached === undefined ? {} : { cached: result.cached }),
      ...(result.raw === undefined ? {} : { raw: result.raw }),
    };
  };

  async function* stream(request: GenerateRequest): AsyncIterable<string> {
    const result = await replyFor(request);
    for (const piece of result.text.match(/\S+\s*|\s+/g) ?? []) yield piece;
  }

  const embed = async (texts: string[]): Promise<EmbedResult> => ({
    embeddings: texts.map((text) => fakeEmbedding(text)),
    usage: { inputTokens: texts.reduce((sum, text) => sum + countFakeTokens(text), 0) },
  });

  return {
    specificationVersion: "v1",
    provider: "fake",
    modelId: options.modelId ?? "fake",
    calls,
    generate: replyFor,
    stream,
    embed,
  };
}

/** An 8-dimensional unit vector from a hash of the words: equal texts embed equally. */
export function fakeEmbedding(text: string, dimensions = 8): number[] {
  const vector = new Array<number>(dimensions).fill(0);
  for (const word of text.toLowerCase().split(/\W+/).filter(Boolean)) {
    const digest = createHash("sha256").update(word).digest();
    for (let index = 0; index < dimensions; index++)
      vector[index] = (vector[index] ?? 0) + ((digest[index] ?? 0) - 127.5);
  }
  const norm = Math.hypot(...vector) || 1;
  return vector.map((value) => value / norm);
}
