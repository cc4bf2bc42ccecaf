import {
  type ChatHistoryItem,
  getLlama,
  type Llama,
  LlamaChatSession,
  type LlamaContext,
  type LlamaEmbeddingContext,
  type LlamaGrammar,
  LlamaLogLevel,
  type LlamaModel,
} from "node-llama-cpp";
import { SkillgraphError } from "../core/errors.js";
import type {
  EmbeddingModel,
  EmbedOptions,
  EmbedResult,
  GenerateRequest,
  GenerateResult,
  LanguageModel,
} from "./language-model.js";
import { createMutex } from "./mutex.js";

export interface LlamaCppOptions {
  /** Path of a GGUF model file. */
  modelPath: string;
  /** CPU threads; default 2 (more is far slower on small shared machines). */
  threads?: number;
  /** Context window in tokens; default 2048. */
  contextSize?: number;
  /** Sampling seed used when a request has none; default 0. */
  seed?: number;
  /** Generated-token cap used when a request has none; default 512. */
  maxTokens?: number;
}

export type LlamaCppModel = LanguageModel & EmbeddingModel & { dispose(): Promise<void> };

interface Loaded {
  llama: Llama;
  model: LlamaModel;
  context: LlamaContext;
}

/**
 * In-process llama.cpp via node-llama-cpp: loads lazily on first use, serializes calls on one
 * context sequence, turns `responseFormat` into a JSON-schema grammar. Call `dispose()` when done.
 */
export function createLlamaCpp(options: LlamaCppOptions): LlamaCppModel {
  const threads = Math.max(1, Math.min(options.threads ?? 2, 2));
  const mutex = createMutex();
  const grammars = new Map<string, Promise<LlamaGrammar>>();
  let loading: Promise<Loaded> | undefined;
  let embeddingContext: Promise<LlamaEmbeddingContext> | undefined;

  const load = (): Promise<Loaded> => {
    loading ??= (async () => {
      try {
        const llama = await getLlama({
          gpu: false,
          build: "never",
          logLevel: LlamaLogLevel.error,
          progressLogs: false,
        });
        const model = await llama.loadModel({ modelPath: options.modelPath });
        const context = await model.createContext({
          contextSize: options.contextSize ?? 2048,
          threads,
          sequences: 1,
        });
        return { llama, model, context };
      } catch (cause) {
        throw new SkillgraphError("MODEL_MISSING", `cannot load GGUF model ${options.modelPath}`, { cause });
      }
    })();
    return loading;
  };

  const grammarFor = (llama: Llama, schema: Record<string, unknown>): Promise<LlamaGrammar> => {
    const { $schema: _ignored, ...rest } = schema;
    const key = JSON.stringify(rest);
    let grammar = grammars.get(key);
    if (!grammar) {
      // node-llama-cpp types the schema precisely; any JSON schema object is accepted at runtime.
      grammar = llama.createGrammarForJsonSchema(rest as Parameters<Llama["createGrammarForJsonSchema"]>[0]);
      grammars.set(key, grammar);
    }
    return grammar;
  };

  const run = (request: GenerateRequest, onTextChunk?: (text: string) => void): Promise<GenerateResult> =>
    mutex.run(async () => {
      const { llama, context } = await load();
      const sequence = context.getSequence();
      try {
        await sequence.clearHistory();
        const { systemPrompt, history, prompt } = splitMessages(request);
        const session = new LlamaChatSession({
          contextSequence: sequence,
          autoDisposeSequence: false,
          ...(systemPrompt === undefined ? {} : { systemPrompt }),
        });
        if (history.length > 0) session.setChatHistory([...session.getChatHistory(), ...history]);
        const grammar = request.responseFormat
          ? await grammarFor(llama, request.responseFormat.schema)
          : undefined;
        const before = sequence.tokenMeter.getState();
        const response = await session.promptWithMeta(prompt, {
          maxTokens: request.maxTokens ?? options.maxTokens ?? 512,
          temperature: request.temperature ?? 0,
          seed: request.seed ?? options.seed ?? 0,
          ...(grammar ? { grammar } : {}),
          ...(request.signal ? { signal: request.signal, stopOnAbortSignal: false } : {}),
          ...(onTextChunk ? { onTextChunk } : {}),
        });
        const after = sequence.tokenMeter.getState();
        session.dispose({ disposeSequence: false });
        return {
          text: response.responseText,
          usage: {
            inputTokens: after.usedInputTokens - before.usedInputTokens,
            outputTokens: after.usedOutputTokens - before.usedOutputTokens,
          },
          finishReason: response.stopReason === "maxTokens" ? "length" : "stop",
          raw: { stopReason: response.stopReason },
        };
      } finally {
        sequence.dispose();
      }
    });

  async function* stream(request: GenerateRequest): AsyncIterable<string> {
    const queue: string[] = [];
    let wake: (() => void) | undefined;
    let finished = false;
    let failure: unknown;
    run(request, (text) => {
      queue.push(text);
      wake?.();
    }).then(
      () => {
        finished = true;
        wake?.();
      },
      (error: unknown) => {
        failure = error ?? new SkillgraphError("LLM_ERROR", "generation failed");
        finished = true;
        wake?.();
      },
    );
    while (true) {
      const next = queue.shift();
      if (next !== undefined) {
        yield next;
        continue;
      }
      if (finished) break;
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
      wake = undefined;
    }
    if (failure !== undefined) throw failure;
  }

  const embed = async (texts: string[], _embedOptions: EmbedOptions = {}): Promise<EmbedResult> =>
    mutex.run(async () => {
      const { model } = await load();
      embeddingContext ??= model.createEmbeddingContext({
        threads,
        contextSize: options.contextSize ?? 2048,
      });
      const embedder = await embeddingContext;
      const embeddings: number[][] = [];
      let inputTokens = 0;
      for (const text of texts) {
        inputTokens += model.tokenize(text).length;
        const embedding = await embedder.getEmbeddingFor(text);
        embeddings.push([...embedding.vector]);
      }
      return { embeddings, usage: { inputTokens } };
    });

  return {
    specificationVersion: "v1",
    provider: "llama.cpp",
    modelId: options.modelPath.split(/[\\/]/).pop() ?? options.modelPath,
    generate: (request) => run(request),
    stream,
    embed,
    dispose: async () => {
      if (!loading) return;
      const loaded = await loading.catch(() => undefined);
      if (embeddingContext) await (await embeddingContext).dispose();
      await loaded?.llama.dispose();
      loading = undefined;
      embeddingContext = undefined;
    },
  };
}

function splitMessages(request: GenerateRequest): {
  systemPrompt: string | undefined;
  history: ChatHistoryItem[];
  prompt: string;
} {
  const messages = [...request.messages];
  const last = messages.pop();
  if (last?.role !== "user") {
    throw new SkillgraphError("BAD_INPUT", "the last message sent to llama.cpp must come from the user");
  }
  const systemParts: string[] = [];
  const history: ChatHistoryItem[] = [];
  for (const message of messages) {
    if (message.role === "system") systemParts.push(message.content);
    else if (message.role === "user") history.push({ type: "user", text: message.content });
    else history.push({ type: "model", response: [message.content] });
  }
  return {
    systemPrompt: systemParts.length > 0 ? systemParts.join("\n\n") : undefined,
    history,
    prompt: last.content,
  };
}
