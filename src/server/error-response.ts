import { type ErrorCode, httpStatusFor, isSkillgraphError } from "../core/errors.js";

/** The JSON body of every error answer. */
export interface ErrorBody {
  error: { code: string; message: string; details?: Record<string, unknown> };
}

export interface ErrorResponse {
  status: number;
  body: ErrorBody;
}

/**
 * Map any thrown value to a status and `{error: {code, message}}`, in one place: SkillgraphError
 * codes through `httpStatusFor`; Fastify's and multipart's own 4xx errors keep their status with a
 * skillgraph code; anything else is a 500 with a generic message (details stay in the log).
 */
export function errorResponseFor(error: unknown): ErrorResponse {
  if (isSkillgraphError(error)) {
    const status = httpStatusFor(error);
    const body: ErrorBody = { error: { code: error.code, message: error.message } };
    if (status < 500 && Object.keys(error.details).length > 0) body.error.details = error.details;
    return { status, body };
  }
  const status = clientStatusOf(error);
  if (status !== undefined) {
    return { status, body: { error: { code: codeForStatus(status), message: (error as Error).message } } };
  }
  return { status: 500, body: { error: { code: "INTERNAL", message: "internal error" } } };
}

function clientStatusOf(error: unknown): number | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const status = (error as { statusCode?: unknown }).statusCode;
  if (typeof status !== "number" || status < 400 || status > 499) return undefined;
  // 406 from multipart means "not multipart": an unsupported media type for us.
  return status === 406 ? 415 : status;
}

function codeForStatus(status: number): ErrorCode {
  if (status === 413) return "INPUT_TOO_LARGE";
  if (status === 415) return "UNSUPPORTED_TYPE";
  if (status === 404) return "NOT_FOUND";
  if (status === 401) return "UNAUTHORIZED";
  if (status === 429) return "RATE_LIMITED";
  return "BAD_INPUT";
}
