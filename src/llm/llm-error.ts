import { isSkillgraphError, SkillgraphError } from "../core/errors.js";

/** Structured details every provider attaches to its LLM_* errors. */
export interface LlmErrorDetails {
  /** HTTP status when there was one. */
  status?: number;
  /** True when a retry may succeed (429, 5xx, timeouts, dropped connections). */
  retryable: boolean;
  /** Server-requested wait from `retry-after` / `retry-after-ms`, in milliseconds. */
  retryAfterMs?: number;
  /** Kind of failure: `http`, `timeout`, `connection`, `invalid-output`, `aborted`. */
  kind: string;
}

/** Build the SkillgraphError for an HTTP status from a provider. 401/403 → LLM_AUTH (never retried). */
export function llmErrorForStatus(
  status: number,
  message: string,
  options: { retryAfterMs?: number; cause?: unknown } = {},
): SkillgraphError {
  if (status === 401 || status === 403) {
    return new SkillgraphError(
      "LLM_AUTH",
      `the model server rejected the credentials (HTTP ${status}): check the API key`,
      { details: { status, retryable: false, kind: "http" }, cause: options.cause },
    );
  }
  const retryable = status === 408 || status === 409 || status === 429 || status >= 500;
  const details: LlmErrorDetails = { status, retryable, kind: "http" };
  if (options.retryAfterMs !== undefined) details.retryAfterMs = options.retryAfterMs;
  return new SkillgraphError("LLM_ERROR", `model server answered HTTP ${status}: ${message}`, {
    details: { ...details },
    cause: options.cause,
  });
}

/** Parse `retry-after-ms` or `retry-after` (seconds or an HTTP date) into milliseconds. */
export function parseRetryAfter(
  header: (name: string) => string | null | undefined,
  now: number = Date.now(),
): number | undefined {
  const milliseconds = header("retry-after-ms");
  if (milliseconds && Number.isFinite(Number(milliseconds))) return Math.max(0, Number(milliseconds));
  const value = header("retry-after");
  if (!value) return undefined;
  if (Number.isFinite(Number(value))) return Math.max(0, Number(value) * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export function invalidOutputError(message: string, details: Record<string, unknown> = {}): SkillgraphError {
  return new SkillgraphError("LLM_INVALID_OUTPUT", message, {
    details: { retryable: false, kind: "invalid-output", ...details },
  });
}

/** Whether a retry wrapper should try again after `error`. */
export function isRetryableLlmError(error: unknown): boolean {
  if (!isSkillgraphError(error)) return false;
  if (error.code === "LLM_AUTH" || error.code === "LLM_INVALID_OUTPUT") return false;
  if (error.code === "LLM_TIMEOUT") return true;
  return error.code === "LLM_ERROR" && error.details.retryable === true;
}

export function retryAfterOf(error: unknown): number | undefined {
  if (!isSkillgraphError(error)) return undefined;
  const value = error.details.retryAfterMs;
  return typeof value === "number" ? value : undefined;
}
