import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SkillGraph } from "../graph/skill-graph.js";
import { writeTinyOnnxModel } from "../llm/test-fixtures/tiny-onnx-model.js";
import { createTransformersEmbedding } from "../llm/transformers-embedding.js";
import { createSkillLinker } from "./skill-linker.js";
import { createTinyWordVectors } from "./test-fixtures/tiny-skill-graph.js";

let folder: string | undefined;
afterAll(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

function topicGraph(): SkillGraph {
  const graph = new SkillGraph();
  const labels = ["baking bread", "java code", "patient care"];
  for (const label of labels) {
    graph.addSkill({
      id: `skill:${label.replace(" ", "-")}`,
      source: "test",
      preferredLabel: label,
      altLabels: [],
      hiddenLabels: [],
      type: "skill",
      description: "",
    });
  }
  return graph;
}

describe("skill linking with a local ONNX embedding model (transformers.js)", () => {
  it("re-ranks skills by the embeddings of a tiny ONNX model built at test time", async () => {
    folder = await mkdtemp(join(tmpdir(), "skillgraph-skills-onnx-"));
    await writeTinyOnnxModel(folder);
    const embedder = createTransformersEmbedding({ modelPath: folder });
    const linker = createSkillLinker(topicGraph(), { wordVectors: createTinyWordVectors(), embedder });
    const food = await linker.rankSkillsWithEmbeddings("chef recipe kitchen", 3);
    expect(food[0]?.label).toBe("baking bread");
    const care = await linker.rankSkillsWithEmbeddings("nurse in a hospital", 3);
    expect(care[0]?.label).toBe("patient care");
  });
});
