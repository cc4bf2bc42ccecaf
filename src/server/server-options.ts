import type { Writable } from "node:stream";
import type { Store } from "../store/store.js";
import type { ServerEngine } from "./engine.js";

/** Options of `createServer`; every field but `engine` and `store` has a documented default. */
export interface ServerOptions {
  engine: ServerEngine;
  store: Store;
  /** Accepted API keys. Empty (default): no key needed (only allowed on loopback, see assertSafeBinding). */
  apiKeys?: readonly string[];
  /** Per-key (or per-address without keys) token bucket; default 50 requests/s, burst 200. `false` disables. */
  rateLimit?: RateLimitOptions | false;
  /** Largest upload or request body in bytes; default 10 MB. */
  uploadLimitBytes?: number;
  /** Largest decompressed size of an uploaded archive (DOCX); default 50 MB. */
  maxDecompressedBytes?: number;
  /** Origins allowed by CORS; default none (CORS off). "*" allows any origin. */
  corsOrigins?: readonly string[];
  /** Where JSON logs go; default no logging. Logs never contain document text or personal data. */
  logStream?: Writable;
  /** Pino level; default "info". */
  logLevel?: string;
  /** Serve the web page at `/`; default true. */
  serveWebPage?: boolean;
  /** Clock for the rate limiter, in ms; default Date.now. */
  now?: () => number;
}

export interface RateLimitOptions {
  /** Sustained requests per second. */
  requestsPerSecond: number;
  /** Bucket size: requests allowed in a burst. */
  burst: number;
}

export const DEFAULT_UPLOAD_LIMIT_BYTES = 10 * 1024 * 1024;
export const DEFAULT_MAX_DECOMPRESSED_BYTES = 50 * 1024 * 1024;
export const DEFAULT_RATE_LIMIT: RateLimitOptions = { requestsPerSecond: 50, burst: 200 };
