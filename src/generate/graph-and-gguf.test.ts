import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SHARED_ROOT } from "../../test/support/shared-data.js";
import { SkillGraph } from "../graph/skill-graph.js";
import { createFakeLanguageModel } from "../llm/fake-language-model.js";
import { createTeacher } from "./create-teacher.js";
import { graphContextStream } from "./graph-context-stream.js";
import { runGeneration } from "./run-generation.js";
import { scriptedTeacherReply } from "./scripted-teacher.js";

function tinyGraph(): SkillGraph {
  const graph = new SkillGraph();
  const node = { source: "test", altLabels: [], hiddenLabels: [], description: "" };
  for (const [id, label] of [
    ["o1", "data analyst"],
    ["o2", "statistician"],
  ]) {
    graph.addOccupation({ ...node, id: id ?? "", preferredLabel: label ?? "" });
  }
  const skills = ["SQL", "statistics", "Python", "data visualisation", "Excel", "R"];
  for (const label of skills)
    graph.addSkill({ ...node, id: `s-${label}`, preferredLabel: label, type: "skill" });
  for (const occupation of ["o1", "o2"]) {
    for (const label of skills) {
      graph.addEdge({
        kind: "occupation-skill",
        from: occupation,
        to: `s-${label}`,
        relation: "essential",
        weight: 1,
        source: "test",
      });
    }
  }
  graph.addEdge({ kind: "occupation-related", from: "o1", to: "o2", weight: 1, source: "test" });
  return graph;
}

describe("graph context stream", () => {
  it("gives the same context for the same seed and position, and feeds the pipeline", async () => {
    const graph = tinyGraph();
    const stream = graphContextStream(graph, 4);
    expect(stream(7)).toEqual(graphContextStream(graph, 4)(7));
    expect(stream(0)?.experiences[0]?.endYear).toBeGreaterThanOrEqual(
      stream(0)?.experiences.at(-1)?.endYear ?? 0,
    );
    const teacher = createFakeLanguageModel({ respond: (request) => scriptedTeacherReply(request.messages) });
    const summary = await runGeneration({
      teacher,
      contextAt: stream,
      count: 3,
      outDir: mkdtempSync(join(tmpdir(), "sg-graph-")),
      seed: 4,
    });
    expect(summary.accepted).toBe(3);
  });
});

const gguf = join(SHARED_ROOT, "models/llama-2-tiny-random.gguf");

describe.skipIf(!existsSync(gguf))("in-process tiny GGUF teacher", () => {
  it("runs end to end: the gates reject its gibberish and the token accounting is exact", async () => {
    const teacher = createTeacher({ gguf, threads: 2, contextSize: 1024 });
    const dir = mkdtempSync(join(tmpdir(), "sg-gguf-"));
    try {
      const summary = await runGeneration({
        teacher: teacher.model,
        contextAt: graphContextStream(tinyGraph(), 1),
        count: 2,
        maxAttempts: 2,
        outDir: dir,
        steps: { maxTokens: 24, objectRetries: 0 },
      });
      expect(summary).toMatchObject({ accepted: 0, rejected: 2, complete: false });
      const usage = teacher.model.usage();
      const run = JSON.parse(readFileSync(join(dir, "run.json"), "utf8"));
      expect(run.tokens).toEqual({ inputTokens: usage.inputTokens, outputTokens: usage.outputTokens });
      expect(usage.inputTokens).toBeGreaterThan(0);
    } finally {
      await teacher.dispose();
    }
  }, 300_000);
});
