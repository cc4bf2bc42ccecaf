import type { RouteContext } from "../route-context.js";

export const SERVICE_VERSION = "0.1.0";

/** GET /api/health: liveness, store reachability, graph counts and which capabilities are wired. */
export function registerHealthRoutes(context: RouteContext): void {
  const { api, engine, store } = context;
  api.add({
    method: "GET",
    path: "/api/health",
    summary: "Service health, graph counts and the capabilities this build serves",
    tag: "service",
    responses: { "200": "Healthy", "503": "The store is unreachable" },
    handler: async (_request, reply) => {
      const storeReachable = await store.ping().catch(() => false);
      reply.code(storeReachable ? 200 : 503);
      return {
        status: storeReachable ? "ok" : "degraded",
        version: SERVICE_VERSION,
        store: { kind: store.kind, reachable: storeReachable },
        graph: engine.graphSummary(),
        authRequired: context.authRequired,
        notes: engine.notes ?? [],
        capabilities: {
          readDocument: true,
          parseResume: engine.parseResume !== undefined,
          parseJob: engine.parseJob !== undefined,
          linkSkills: engine.linkSkills !== undefined,
          graphSearch: engine.searchGraph !== undefined,
          graphNodes: engine.describeNode !== undefined,
          match: engine.match !== undefined,
          rank: engine.match !== undefined,
          edit: engine.edit !== undefined,
          recommend: engine.recommend !== undefined,
        },
      };
    },
  });
}
