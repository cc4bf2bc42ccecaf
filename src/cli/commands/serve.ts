import { join } from "node:path";
import type { Command } from "commander";
import { SkillgraphError } from "../../core/errors.js";
import { loadGraphOrEmpty } from "../../graph/snapshot.js";
import { createServer } from "../../server/create-server.js";
import { createDefaultEngine } from "../../server/default-engine.js";
import { assertSafeBinding, parseApiKeys } from "../../server/security.js";
import { DEFAULT_RATE_LIMIT, type RateLimitOptions } from "../../server/server-options.js";
import { defaultDatabasePath, openStore } from "../../store/open-store.js";
import { graphPathFor, homeFromEnvironment } from "../context.js";
import { runAction } from "../run-action.js";

interface ServeOptions {
  port?: string;
  host?: string;
  graph?: string;
}

/**
 * `skillgraph serve`: the web page and HTTP API. Environment (read only here): PORT, HOST,
 * SKILLGRAPH_HOME, DATABASE_URL (postgres://… for PostgreSQL, else SQLite in the home),
 * SKILLGRAPH_API_KEYS (comma separated; required beyond loopback), SKILLGRAPH_RATE_LIMIT
 * (requests per second per key, 0 = off), SKILLGRAPH_UPLOAD_LIMIT_MB, SKILLGRAPH_CORS_ORIGINS,
 * SKILLGRAPH_LOG_LEVEL.
 */
export function registerServeCommand(program: Command): void {
  program
    .command("serve")
    .description("serve the web page and HTTP API on PORT (default 3000)")
    .option("--port <port>", "port to listen on (default: $PORT or 3000)")
    .option("--host <host>", "address to bind (default: $HOST or 127.0.0.1; beyond loopback needs API keys)")
    .option("--graph <file>", "graph snapshot (default: the home's graph)")
    .action(
      runAction(async (options: ServeOptions) => {
        const environment = process.env;
        const port = Number(options.port ?? environment.PORT ?? 3000);
        if (!Number.isInteger(port) || port < 0 || port > 65_535) {
          throw new SkillgraphError("BAD_USAGE", `invalid port: ${options.port ?? environment.PORT}`);
        }
        const host = options.host ?? environment.HOST ?? "127.0.0.1";
        const apiKeys = parseApiKeys(environment.SKILLGRAPH_API_KEYS);
        assertSafeBinding(host, apiKeys);

        const home = homeFromEnvironment();
        const graph = loadGraphOrEmpty(graphPathFor(options));
        const databaseUrl = environment.DATABASE_URL;
        const store = await openStore(databaseUrl ? { databaseUrl } : { home });
        const engine = createDefaultEngine({ graph, cacheDir: join(home, "cache") });
        const uploadMegabytes = Number(environment.SKILLGRAPH_UPLOAD_LIMIT_MB ?? 10);
        const app = await createServer({
          engine,
          store,
          apiKeys,
          rateLimit: rateLimitFrom(environment.SKILLGRAPH_RATE_LIMIT),
          uploadLimitBytes: Math.max(1, uploadMegabytes) * 1024 * 1024,
          corsOrigins: parseApiKeys(environment.SKILLGRAPH_CORS_ORIGINS),
          logStream: process.stderr,
          logLevel: environment.SKILLGRAPH_LOG_LEVEL ?? "warn",
        });
        const close = async () => {
          await app.close();
          await store.close();
          process.exit(0);
        };
        process.once("SIGINT", close);
        process.once("SIGTERM", close);
        // Load word vectors and indexes before listening, so no request waits behind them.
        process.stderr.write("skillgraph: loading the skill index (the first start builds a cache)…\n");
        engine.warmUp?.();
        await app.listen({ port, host });
        const address = app.server.address();
        const shownPort = typeof address === "object" && address ? address.port : port;
        const where = databaseUrl ? "PostgreSQL" : `SQLite ${defaultDatabasePath(home)}`;
        process.stderr.write(
          `skillgraph listening on http://${host.includes(":") ? `[${host}]` : host}:${shownPort} ` +
            `(graph: ${graph.occupationCount} occupations, ${graph.skillCount} skills; store: ${where})\n`,
        );
      }),
    );
}

function rateLimitFrom(value: string | undefined): RateLimitOptions | false {
  if (value === undefined || value === "") return DEFAULT_RATE_LIMIT;
  const perSecond = Number(value);
  if (!Number.isFinite(perSecond) || perSecond < 0) {
    throw new SkillgraphError("BAD_USAGE", `SKILLGRAPH_RATE_LIMIT must be a number of requests per second`);
  }
  return perSecond === 0 ? false : { requestsPerSecond: perSecond, burst: Math.ceil(perSecond * 3) };
}
