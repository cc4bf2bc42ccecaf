import { z } from "zod";
import { SkillgraphError } from "../../core/errors.js";
import { parseBody } from "../parse-body.js";
import type { RouteContext } from "../route-context.js";
import { idParamsSchema } from "./schemas.js";

const searchQuerySchema = z.object({
  q: z.string().min(1).max(200),
  kind: z.enum(["skill", "occupation"]).optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
});

/** Graph look-ups: counts always; search and node details when the graph module provides them. */
export function registerGraphRoutes(context: RouteContext): void {
  const { api, engine } = context;
  api.add({
    method: "GET",
    path: "/api/graph/stats",
    summary: "Counts, sources and attribution of the loaded skill–occupation graph",
    tag: "graph",
    responses: { "200": "{occupations, skills, relations, sources, attribution}" },
    handler: async () => engine.graphSummary(),
  });
  const { searchGraph, describeNode } = engine;
  if (searchGraph) {
    api.add({
      method: "GET",
      path: "/api/graph/search",
      summary: "Search skills and occupations by label (fuzzy, case- and punctuation-insensitive)",
      tag: "graph",
      input: { query: searchQuerySchema },
      responses: { "200": "{results: [{id, kind, label, score}]}" },
      handler: async (request) => {
        const query = parseBody(searchQuerySchema, request.query);
        const options = {
          limit: query.limit ?? 10,
          ...(query.kind === undefined ? {} : { kind: query.kind }),
        };
        return { results: searchGraph(query.q, options) };
      },
    });
  }
  if (describeNode) {
    api.add({
      method: "GET",
      path: "/api/graph/nodes/{id}",
      summary: "A skill or occupation: labels, description, source and related nodes (essential/optional)",
      tag: "graph",
      responses: { "200": "The node", "404": "No such node" },
      handler: async (request) => {
        const node = describeNode(
          parseBody(idParamsSchema.extend({ id: z.string().min(1).max(500) }), request.params).id,
        );
        if (!node) throw new SkillgraphError("NOT_FOUND", "no such graph node");
        return node;
      },
    });
  }
}
