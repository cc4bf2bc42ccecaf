import fastifyMultipart from "@fastify/multipart";
import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyInstance } from "fastify";
import { ApiRegistry } from "./api-registry.js";
import { errorResponseFor } from "./error-response.js";
import { installGuardHooks } from "./guard-hooks.js";
import { logSerializers } from "./log-serializers.js";
import type { RouteContext } from "./route-context.js";
import { registerEditRoutes } from "./routes/edit-routes.js";
import { registerGraphRoutes } from "./routes/graph-routes.js";
import { registerHealthRoutes, SERVICE_VERSION } from "./routes/health-routes.js";
import { registerMatchRoutes } from "./routes/match-routes.js";
import { registerParseRoutes } from "./routes/parse-routes.js";
import { registerRecommendRoutes } from "./routes/recommend-routes.js";
import { registerRecordRoutes } from "./routes/record-routes.js";
import {
  DEFAULT_MAX_DECOMPRESSED_BYTES,
  DEFAULT_RATE_LIMIT,
  DEFAULT_UPLOAD_LIMIT_BYTES,
  type ServerOptions,
} from "./server-options.js";
import { webRoot } from "./web-root.js";

/** Raw document bodies accepted besides JSON and multipart (read by the document reader). */
const DOCUMENT_MEDIA_TYPES = [
  "text/plain",
  "text/html",
  "text/markdown",
  "application/pdf",
  "application/octet-stream",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
];

/**
 * The HTTP service: the JSON API under /api (described at /api/openapi.json) and the web page at /.
 * Returns the Fastify app, ready for `app.inject` or `app.listen`; the caller owns the store.
 */
export async function createServer(options: ServerOptions): Promise<FastifyInstance> {
  const uploadLimitBytes = options.uploadLimitBytes ?? DEFAULT_UPLOAD_LIMIT_BYTES;
  const apiKeys = options.apiKeys ?? [];
  const app = Fastify({
    logger: options.logStream
      ? { level: options.logLevel ?? "info", stream: options.logStream, serializers: logSerializers }
      : false,
    // JSON bodies carry documents as text: allow the upload limit plus room for the envelope.
    bodyLimit: uploadLimitBytes + 64 * 1024,
    requestTimeout: 60_000,
  });

  app.removeContentTypeParser("text/plain");
  app.addContentTypeParser(DOCUMENT_MEDIA_TYPES, { parseAs: "buffer" }, (_request, body, done) =>
    done(null, body),
  );
  await app.register(fastifyMultipart, { throwFileSizeLimit: true, limits: { fileSize: uploadLimitBytes } });

  installGuardHooks(app, {
    apiKeys,
    rateLimit: options.rateLimit ?? DEFAULT_RATE_LIMIT,
    corsOrigins: options.corsOrigins ?? [],
    now: options.now ?? Date.now,
  });

  app.setErrorHandler((error, request, reply) => {
    const { status, body } = errorResponseFor(error);
    if (status >= 500) request.log.error({ err: error }, "request failed");
    else request.log.info({ code: body.error.code, statusCode: status }, "request rejected");
    return reply.code(status).type("application/json").send(body);
  });
  app.setNotFoundHandler((_request, reply) =>
    reply.code(404).send({ error: { code: "NOT_FOUND", message: "no such route" } }),
  );

  const api = new ApiRegistry(app);
  const context: RouteContext = {
    api,
    engine: options.engine,
    store: options.store,
    limits: {
      uploadLimitBytes,
      maxDecompressedBytes: options.maxDecompressedBytes ?? DEFAULT_MAX_DECOMPRESSED_BYTES,
    },
    authRequired: apiKeys.length > 0,
  };
  registerHealthRoutes(context);
  registerParseRoutes(context);
  registerMatchRoutes(context);
  registerEditRoutes(context);
  registerRecommendRoutes(context);
  registerGraphRoutes(context);
  registerRecordRoutes(context);

  const document = api.openApiDocument({
    title: "skillgraph API",
    version: SERVICE_VERSION,
    description:
      "Resumes and job descriptions grounded in a skill–occupation graph. Errors are JSON {error: {code, message}}. " +
      "Only the routes this build serves are listed (see /api/health capabilities).",
  });
  app.get("/api/openapi.json", async () => document);

  if (options.serveWebPage ?? true) {
    await app.register(fastifyStatic, { root: webRoot(), index: "index.html", wildcard: false });
  }
  return app;
}
