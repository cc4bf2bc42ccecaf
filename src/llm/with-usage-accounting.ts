import type { GenerateRequest, LanguageModel, TokenUsage } from "./language-model.js";
import { estimateInputTokens } from "./with-rate-limit.js";

/** USD per million tokens. */
export interface TokenPrice {
  inputPerMillion: number;
  outputPerMillion: number;
}

export interface UsageTotals extends TokenUsage {
  /** Provider calls answered (cache hits included). */
  requests: number;
  /** Of which answered from a cache. */
  cachedRequests: number;
  /** Calls that threw. */
  failedRequests: number;
  /** Cost in USD of the non-cached calls; 0 without a price. */
  costUsd: number;
}

export interface UsageAccountingOptions {
  /** Price of this model; or a table by model id. Unknown models cost 0. */
  price?: TokenPrice;
  prices?: Record<string, TokenPrice>;
  /** Told after each answered call. */
  onUsage?: (usage: TokenUsage, totals: UsageTotals) => void;
}

export type AccountedLanguageModel = LanguageModel & {
  /** A snapshot of the running totals. */
  usage(): UsageTotals;
};

export function costOf(usage: TokenUsage, price: TokenPrice | undefined): number {
  if (!price) return 0;
  return (
    (usage.inputTokens * price.inputPerMillion + usage.outputTokens * price.outputPerMillion) / 1_000_000
  );
}

/**
 * Count requests, tokens and cost of every call that passes through. Streams have no usage
 * report, so their input is estimated (chars/4) and each delta counts as one output token.
 */
export function withUsageAccounting(
  model: LanguageModel,
  options: UsageAccountingOptions = {},
): AccountedLanguageModel {
  const price = options.price ?? options.prices?.[model.modelId];
  const totals: UsageTotals = {
    requests: 0,
    cachedRequests: 0,
    failedRequests: 0,
    inputTokens: 0,
    outputTokens: 0,
    costUsd: 0,
  };
  const record = (usage: TokenUsage, cached: boolean): void => {
    totals.requests++;
    totals.inputTokens += usage.inputTokens;
    totals.outputTokens += usage.outputTokens;
    if (cached) totals.cachedRequests++;
    else totals.costUsd += costOf(usage, price);
    options.onUsage?.(usage, { ...totals });
  };

  async function* stream(request: GenerateRequest): AsyncIterable<string> {
    let deltas = 0;
    try {
      for await (const delta of model.stream(request)) {
        deltas++;
        yield delta;
      }
    } catch (error) {
      totals.failedRequests++;
      throw error;
    }
    record({ inputTokens: estimateInputTokens(request), outputTokens: deltas }, false);
  }

  return {
    specificationVersion: "v1",
    provider: model.provider,
    modelId: model.modelId,
    generate: async (request) => {
      try {
        const result = await model.generate(request);
        record(result.usage, result.cached === true);
        return result;
      } catch (error) {
        totals.failedRequests++;
        throw error;
      }
    },
    stream,
    usage: () => ({ ...totals }),
  };
}
