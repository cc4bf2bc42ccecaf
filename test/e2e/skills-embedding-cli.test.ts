import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { SkillGraph } from "../../src/graph/skill-graph.js";
import { saveGraphSnapshot } from "../../src/graph/snapshot.js";
import { writeTinyOnnxModel } from "../../src/llm/test-fixtures/tiny-onnx-model.js";
import { CLI_ARGS } from "../support/cli-command.js";
import { PROJECT_ROOT } from "../support/shared-data.js";

/** Same home as the other skills e2e tests, so the word-vector cache is built once. */
const HOME = join(tmpdir(), "skillgraph-e2e-skills-home");
const folder = mkdtempSync(join(tmpdir(), "skillgraph-skills-embedding-cli-"));
const graphPath = join(folder, "topics.sgraph");
const modelPath = join(folder, "tiny-onnx");

function cli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [...CLI_ARGS, ...args], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
    env: { ...process.env, SKILLGRAPH_HOME: HOME },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(async () => {
  mkdirSync(HOME, { recursive: true });
  const graph = new SkillGraph();
  for (const label of ["baking bread", "java code", "patient care"]) {
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
  saveGraphSnapshot(graph, graphPath);
  await writeTinyOnnxModel(modelPath);
});

describe("skillgraph skills --rank with an embedding model", () => {
  it("ranks the graph's skills for a text, re-ranked by a local ONNX model", () => {
    const result = cli([
      "skills",
      "nurse in a hospital",
      "--rank",
      "2",
      "--graph",
      graphPath,
      "--onnx-model",
      modelPath,
      "--json",
    ]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const ranked = JSON.parse(result.stdout) as { skillId: string; label: string; score: number }[];
    expect(ranked).toHaveLength(2);
    expect(ranked[0]?.label).toBe("patient care");
  });

  it("says clearly when the model folder is missing", () => {
    const result = cli([
      "skills",
      "chef",
      "--rank",
      "1",
      "--graph",
      graphPath,
      "--onnx-model",
      join(folder, "nope"),
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^skillgraph: MODEL_MISSING: .*nope/);
  });

  it("rejects an embedding model without --rank and a bad --rank", () => {
    expect(cli(["skills", "chef", "--graph", graphPath, "--onnx-model", modelPath]).status).toBe(2);
    expect(cli(["skills", "chef", "--graph", graphPath, "--rank", "zero"]).status).toBe(2);
  });
});
