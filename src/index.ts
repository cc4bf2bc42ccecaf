/** skillgraph's public library API. */

export * from "./core/atomic-write.js";
export * from "./core/errors.js";
export * from "./core/paths.js";
export * from "./datasets/rjdb-row.js";
export * from "./graph/model.js";
export * from "./graph/skill-graph.js";
