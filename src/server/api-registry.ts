import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";

/** How a route takes its input, for the OpenAPI document. */
export interface RouteInput {
  /** JSON body schema (zod). */
  json?: z.ZodType;
  /** Also accepts multipart/form-data with a `file` part, and raw document bytes. */
  upload?: boolean;
  /** Query parameters (zod object). */
  query?: z.ZodObject;
}

export interface ApiRoute {
  method: "GET" | "POST" | "DELETE";
  /** OpenAPI-style path, e.g. `/api/jobs/{id}`. */
  path: string;
  summary: string;
  tag: string;
  input?: RouteInput;
  /** Status → description of the answers besides the error statuses common to all routes. */
  responses: Record<string, string>;
  handler: (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;
}

/** Registers routes on Fastify and remembers them, so the OpenAPI document lists exactly what is served. */
export class ApiRegistry {
  readonly routes: ApiRoute[] = [];

  constructor(private readonly app: FastifyInstance) {}

  add(route: ApiRoute): void {
    this.routes.push(route);
    this.app.route({
      method: route.method,
      url: route.path.replace(/\{(\w+)\}/g, ":$1"),
      handler: route.handler,
    });
  }

  /** An OpenAPI 3.1 document of the registered routes; request schemas come from zod. */
  openApiDocument(info: { title: string; version: string; description: string }): Record<string, unknown> {
    const paths: Record<string, Record<string, unknown>> = {};
    for (const route of this.routes) {
      const operation: Record<string, unknown> = {
        summary: route.summary,
        tags: [route.tag],
        parameters: [...pathParameters(route.path), ...queryParameters(route.input?.query)],
        responses: {
          ...Object.fromEntries(
            Object.entries(route.responses).map(([status, description]) => [
              status,
              { description, content: { "application/json": {} } },
            ]),
          ),
          ...ERROR_RESPONSES,
        },
      };
      const body = requestBody(route.input);
      if (body) operation.requestBody = body;
      paths[route.path] = { ...paths[route.path], [route.method.toLowerCase()]: operation };
    }
    return {
      openapi: "3.1.0",
      info,
      components: {
        schemas: { Error: jsonSchema(errorSchema) },
        securitySchemes: {
          bearer: { type: "http", scheme: "bearer" },
          apiKey: { type: "apiKey", in: "header", name: "X-API-Key" },
        },
      },
      security: [{}, { bearer: [] }, { apiKey: [] }],
      paths,
    };
  }
}

const errorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.record(z.string(), z.unknown()).optional(),
  }),
});

const errorContent = { content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } };
const ERROR_RESPONSES = {
  "400": { description: "Bad input", ...errorContent },
  "401": { description: "Missing or unknown API key (when keys are configured)", ...errorContent },
  "413": { description: "Upload or body too large, or archive decompresses too far", ...errorContent },
  "415": { description: "Unsupported media or document type", ...errorContent },
  "422": { description: "Readable request, unusable document (corrupt, empty, no text)", ...errorContent },
  "429": { description: "Rate limit exceeded; see Retry-After", ...errorContent },
};

function jsonSchema(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });
  return rest;
}

function pathParameters(path: string): Record<string, unknown>[] {
  return [...path.matchAll(/\{(\w+)\}/g)].map((match) => ({
    name: match[1],
    in: "path",
    required: true,
    schema: { type: "string" },
  }));
}

function queryParameters(query: z.ZodObject | undefined): Record<string, unknown>[] {
  if (!query) return [];
  const schema = jsonSchema(query) as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(schema.properties ?? {}).map(([name, property]) => ({
    name,
    in: "query",
    required: schema.required?.includes(name) ?? false,
    schema: property,
  }));
}

function requestBody(input: RouteInput | undefined): Record<string, unknown> | undefined {
  if (!input?.json && !input?.upload) return undefined;
  const content: Record<string, unknown> = {};
  if (input.json) content["application/json"] = { schema: jsonSchema(input.json) };
  if (input.upload) {
    content["multipart/form-data"] = {
      schema: {
        type: "object",
        properties: { file: { type: "string", format: "binary" } },
        description:
          "`file`: PDF, DOCX, HTML, Markdown or plain text; other text fields as named by the JSON body",
      },
    };
    for (const type of ["text/plain", "application/pdf", "application/octet-stream"]) {
      content[type] = { schema: { type: "string", format: "binary" } };
    }
  }
  return { required: true, content };
}
