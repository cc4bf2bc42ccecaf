import { sampleContext } from "../graph/context-sampler.js";
import type { SkillGraph } from "../graph/skill-graph.js";
import { type ContextAt, toGenerationContext } from "./generation-context.js";

/**
 * The deterministic context stream of a graph: position i is `sampleContext(graph, {seed: "S:i"})`,
 * so any shard or restart regenerates exactly the same context for the same position.
 */
export function graphContextStream(graph: SkillGraph, seed: number): ContextAt {
  return (index) => toGenerationContext(sampleContext(graph, { seed: `${seed}:${index}` }));
}
