/**
 * One error type for the whole library. Every failure carries a stable string `code`, a one-line
 * message, optional structured `details` and the underlying `cause`. The CLI maps codes to exit
 * codes and the HTTP server maps them to statuses, each in one place (see `exitCodeFor`,
 * `httpStatusFor`).
 */

/** Codes that mean "the input was bad" (exit 2, HTTP 4xx). */
export const INPUT_ERROR_CODES = [
  "BAD_USAGE",
  "BAD_INPUT",
  "FILE_NOT_FOUND",
  "FILE_UNREADABLE",
  "BAD_ARCHIVE",
  "BAD_CSV",
  "TRUNCATED_FILE",
  "BAD_DATASET_ROW",
  "UNSUPPORTED_TYPE",
  "INPUT_TOO_LARGE",
  "DECOMPRESSION_LIMIT",
  "ENCRYPTED_PDF",
  "NEEDS_OCR",
  "CORRUPT_FILE",
  "NO_TEXT",
  "EMPTY_DOCUMENT",
  "NOT_FOUND",
  "UNAUTHORIZED",
  "RATE_LIMITED",
] as const;

/** Codes that mean "the work failed" (exit 1, HTTP 5xx/502). */
export const WORK_ERROR_CODES = [
  "INTERNAL",
  "GRAPH_MISSING",
  "MODEL_MISSING",
  "LLM_ERROR",
  "LLM_AUTH",
  "LLM_INVALID_OUTPUT",
  "LLM_TIMEOUT",
  "BUDGET_EXHAUSTED",
  "STORE_ERROR",
] as const;

export type InputErrorCode = (typeof INPUT_ERROR_CODES)[number];
export type WorkErrorCode = (typeof WORK_ERROR_CODES)[number];
export type ErrorCode = InputErrorCode | WorkErrorCode;

export interface SkillgraphErrorOptions {
  details?: Record<string, unknown>;
  cause?: unknown;
}

export class SkillgraphError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, options: SkillgraphErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "SkillgraphError";
    this.code = code;
    this.details = options.details ?? {};
  }

  /** True when the error is the caller's fault (bad input or usage). */
  get isInputError(): boolean {
    return (INPUT_ERROR_CODES as readonly string[]).includes(this.code);
  }
}

export function isSkillgraphError(value: unknown): value is SkillgraphError {
  return value instanceof SkillgraphError;
}

/** Exit code contract of the CLI: 0 success, 1 failure of the work, 2 bad usage or bad input. */
export function exitCodeFor(error: unknown): 1 | 2 {
  return isSkillgraphError(error) && error.isInputError ? 2 : 1;
}

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  BAD_USAGE: 400,
  BAD_INPUT: 400,
  BAD_DATASET_ROW: 422,
  UNSUPPORTED_TYPE: 415,
  INPUT_TOO_LARGE: 413,
  DECOMPRESSION_LIMIT: 413,
  ENCRYPTED_PDF: 422,
  NEEDS_OCR: 422,
  CORRUPT_FILE: 422,
  NO_TEXT: 422,
  EMPTY_DOCUMENT: 422,
  BAD_ARCHIVE: 422,
  BAD_CSV: 422,
  TRUNCATED_FILE: 422,
  FILE_NOT_FOUND: 404,
  NOT_FOUND: 404,
  UNAUTHORIZED: 401,
  RATE_LIMITED: 429,
  GRAPH_MISSING: 503,
  MODEL_MISSING: 503,
  LLM_ERROR: 502,
  LLM_AUTH: 502,
  LLM_INVALID_OUTPUT: 502,
  LLM_TIMEOUT: 504,
};

/** HTTP status for an error: 4xx for bad input, 5xx only for failures of the service itself. */
export function httpStatusFor(error: unknown): number {
  if (!isSkillgraphError(error)) return 500;
  return HTTP_STATUS[error.code] ?? (error.isInputError ? 400 : 500);
}

/** Result of a `safeX` function: failure is expected and returned, not thrown. */
export type SafeResult<T> = { success: true; value: T } | { success: false; error: SkillgraphError };

/** Run `fn`, returning a SafeResult; non-Skillgraph errors are wrapped as INTERNAL. */
export function safely<T>(fn: () => T): SafeResult<T> {
  try {
    return { success: true, value: fn() };
  } catch (error) {
    return { success: false, error: toSkillgraphError(error) };
  }
}

export function toSkillgraphError(error: unknown): SkillgraphError {
  if (isSkillgraphError(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new SkillgraphError("INTERNAL", message, { cause: error });
}
