import { isSkillgraphError } from "../core/errors.js";

/**
 * Pino serializers that keep personal data out of the logs: requests log method, path (no query
 * string) and id; responses their status; errors their code and class only — messages can quote
 * file names or document text, so they are never logged, and stacks lose their first line.
 */
export const logSerializers = {
  req(request: { method: string; url: string; id: string }) {
    return { method: request.method, url: request.url.split("?")[0] ?? "", id: request.id };
  },
  res(reply: { statusCode: number }) {
    return { statusCode: reply.statusCode };
  },
  err(error: Error & { code?: string }) {
    if (isSkillgraphError(error)) return { type: error.name, message: error.code, stack: "" };
    return {
      type: error.name,
      message: error.code ?? "error",
      stack: (error.stack ?? "").split("\n").slice(1).join("\n"),
    };
  },
};
