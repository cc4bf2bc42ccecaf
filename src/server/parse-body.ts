import type { z } from "zod";
import { SkillgraphError } from "../core/errors.js";

/** Validate an HTTP body (or query) with zod: BAD_INPUT (400) naming the first problems. */
export function parseBody<Schema extends z.ZodType>(schema: Schema, value: unknown): z.infer<Schema> {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const problems = result.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join(".") : "body"}: ${issue.message}`);
  throw new SkillgraphError("BAD_INPUT", `invalid request: ${problems.join("; ")}`);
}
