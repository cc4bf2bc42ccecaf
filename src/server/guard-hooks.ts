import { createHash, timingSafeEqual } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { SkillgraphError } from "../core/errors.js";
import { apiKeyOf } from "./security.js";
import type { RateLimitOptions } from "./server-options.js";
import { createTokenBuckets } from "./token-bucket.js";

/** Routes anyone may call without a key: liveness for load balancers and the API description. */
const OPEN_PATHS = new Set(["/api/health", "/api/openapi.json"]);

export interface GuardOptions {
  apiKeys: readonly string[];
  rateLimit: RateLimitOptions | false;
  corsOrigins: readonly string[];
  now: () => number;
}

/** API keys, the per-key rate limit and CORS, as onRequest hooks on /api/*. */
export function installGuardHooks(app: FastifyInstance, options: GuardOptions): void {
  const keyDigests = options.apiKeys.map(digest);
  const buckets = options.rateLimit
    ? createTokenBuckets({ ...options.rateLimit, now: options.now })
    : undefined;
  const allowAnyOrigin = options.corsOrigins.includes("*");

  app.addHook("onRequest", async (request, reply) => {
    const path = request.url.split("?")[0] ?? "";
    if (!path.startsWith("/api/")) return;
    const origin = request.headers.origin;
    if (origin && (allowAnyOrigin || options.corsOrigins.includes(origin))) {
      reply.header("access-control-allow-origin", allowAnyOrigin ? "*" : origin);
      reply.header("vary", "Origin");
      if (request.method === "OPTIONS") {
        reply.header("access-control-allow-methods", "GET, POST, DELETE");
        reply.header("access-control-allow-headers", "content-type, authorization, x-api-key");
        reply.header("access-control-max-age", "600");
        return reply.code(204).send();
      }
    }
    let clientKey = `address:${request.ip}`;
    if (keyDigests.length > 0 && !OPEN_PATHS.has(path)) {
      const key = apiKeyOf(request.headers);
      const index = key === undefined ? -1 : keyIndex(keyDigests, digest(key));
      if (index < 0) {
        throw new SkillgraphError("UNAUTHORIZED", "an API key is required: send `Authorization: Bearer KEY`");
      }
      clientKey = `key:${index}`;
    }
    if (buckets && !OPEN_PATHS.has(path)) {
      const verdict = buckets.take(clientKey);
      if (!verdict.allowed) {
        reply.header("retry-after", String(verdict.retryAfterSeconds));
        throw new SkillgraphError(
          "RATE_LIMITED",
          `rate limit exceeded; retry in ${verdict.retryAfterSeconds} s`,
        );
      }
    }
  });
}

function digest(key: string): Buffer {
  return createHash("sha256").update(key).digest();
}

function keyIndex(digests: Buffer[], candidate: Buffer): number {
  let found = -1;
  digests.forEach((known, index) => {
    if (timingSafeEqual(known, candidate)) found = index;
  });
  return found;
}
