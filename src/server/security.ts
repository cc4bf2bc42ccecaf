import { SkillgraphError } from "../core/errors.js";

/** True for addresses only this machine can reach: 127.0.0.0/8, ::1, localhost. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, "").toLowerCase();
  return (
    bare === "localhost" || bare === "::1" || /^127(\.\d{1,3}){3}$/.test(bare) || bare === "::ffff:127.0.0.1"
  );
}

/** Refuse to serve beyond loopback without API keys: the API handles personal data. */
export function assertSafeBinding(host: string, apiKeys: readonly string[]): void {
  if (isLoopbackHost(host) || apiKeys.length > 0) return;
  throw new SkillgraphError(
    "BAD_USAGE",
    `refusing to listen on ${host} without API keys: set SKILLGRAPH_API_KEYS=key1,key2 (comma separated) or bind to 127.0.0.1`,
  );
}

/** The API key of a request: `Authorization: Bearer KEY` or `X-API-Key: KEY`. */
export function apiKeyOf(headers: Record<string, string | string[] | undefined>): string | undefined {
  const direct = headers["x-api-key"];
  if (typeof direct === "string" && direct.length > 0) return direct;
  const authorization = headers.authorization;
  if (typeof authorization === "string") {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (match?.[1]) return match[1];
  }
  return undefined;
}

/** Split SKILLGRAPH_API_KEYS: comma separated, blanks ignored. */
export function parseApiKeys(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((key) => key.trim())
    .filter((key) => key.length > 0);
}
