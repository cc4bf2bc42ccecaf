import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SkillgraphError } from "../core/errors.js";
import { createSkillLinker } from "../skills/skill-linker.js";
import { createTinySkillGraph, createTinyWordVectors } from "../skills/test-fixtures/tiny-skill-graph.js";
import {
  escoSkillIdsByLabel,
  evaluateSkillLinking,
  isEscoSkillId,
  readDecorteCsv,
  reciprocalRank,
  rPrecisionAt,
} from "./skill-linking.js";

const folder = mkdtempSync(join(tmpdir(), "skillgraph-decorte-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const CSV = `sentence,span,sub_span,label
"SQL and Java",SQL,,SQL
"SQL and Java",Java,,Java (computer programming)
"SQL and Java",and,,LABEL NOT PRESENT
good time management,time management,,manage time
smart people,smart,,LABEL NOT PRESENT
unclear,unclear,,UNDERSPECIFIED
food hygiene matters,food hygiene,,food safety principles
`;

describe("Decorte skill-linking protocol", () => {
  it("groups by sentence and drops LABEL NOT PRESENT / UNDERSPECIFIED and empty sentences", () => {
    const path = join(folder, "fixture.csv");
    writeFileSync(path, CSV);
    expect(readDecorteCsv(path)).toEqual([
      { sentence: "SQL and Java", goldLabels: ["SQL", "Java (computer programming)"] },
      { sentence: "good time management", goldLabels: ["manage time"] },
      { sentence: "food hygiene matters", goldLabels: ["food safety principles"] },
    ]);
  });

  it("computes RP@K over min(K, gold) and the reciprocal rank of the first gold", () => {
    const gold = new Set(["a", "b"]);
    expect(rPrecisionAt(["a", "x", "b", "y", "z"], gold, 2, 5)).toBe(1);
    expect(rPrecisionAt(["x", "a"], gold, 2, 1)).toBe(0);
    expect(rPrecisionAt(["a"], new Set(["a"]), 7, 5)).toBe(0.2);
    expect(reciprocalRank(["x", "y", "b"], gold)).toBeCloseTo(1 / 3);
    expect(reciprocalRank(["x"], gold)).toBe(0);
  });

  it("scores a linker end to end on a small fixture", () => {
    const path = join(folder, "fixture.csv");
    writeFileSync(path, CSV);
    const graph = createTinySkillGraph();
    const linker = createSkillLinker(graph, {
      wordVectors: createTinyWordVectors(),
      includeSkill: (skill) => isEscoSkillId(skill.id),
    });
    const report = evaluateSkillLinking(
      readDecorteCsv(path),
      (sentence) => linker.rankSkills(sentence, 100),
      escoSkillIdsByLabel(graph),
    );
    expect(report.n).toBe(3);
    expect(report.metrics["rp@5"]).toBe(100);
    expect(report.metrics.mrr).toBe(1);
    expect(report.unmappedLabels).toEqual([]);
  });

  it("rejects missing files and rows without the Decorte columns", () => {
    expect(() => readDecorteCsv(join(folder, "missing.csv"))).toThrow(SkillgraphError);
    const path = join(folder, "bad.csv");
    writeFileSync(path, "text,other\nhello,world\n");
    expect(() => readDecorteCsv(path)).toThrow(SkillgraphError);
  });
});
