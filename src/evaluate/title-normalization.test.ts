import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SkillgraphError } from "../core/errors.js";
import { createTinySkillGraph, createTinyWordVectors } from "../skills/test-fixtures/tiny-skill-graph.js";
import { createTitleNormalizer } from "../skills/title-normalizer.js";
import { evaluateTitleNormalization, readJobbertCsv } from "./title-normalization.js";

const folder = mkdtempSync(join(tmpdir(), "skillgraph-jobbert-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const OCCUPATION = "http://data.europa.eu/esco/occupation/";

describe("JobBERT title normalization", () => {
  it("reads the CSV and scores MRR and recall@k", () => {
    const path = join(folder, "titles.csv");
    writeFileSync(
      path,
      `,vacancyTitle,conceptUri\n0,Senior Java Developer (m/f/d),${OCCUPATION}software-developer\n1,CASHIER NEEDED!,${OCCUPATION}cashier\n2,"Chef, Kitchen",${OCCUPATION}cook\n3,Astronaut,${OCCUPATION}cook\n`,
    );
    const rows = readJobbertCsv(path);
    expect(rows).toHaveLength(4);
    const normalizer = createTitleNormalizer(createTinySkillGraph(), {
      wordVectors: createTinyWordVectors(),
    });
    const report = evaluateTitleNormalization(rows, (title) => normalizer.normalize(title, 10));
    expect(report.n).toBe(4);
    expect(report.metrics["r@1"]).toBe(0.75);
    expect(report.metrics.mrr).toBeCloseTo(0.75);
    expect(report.metrics["r@10"]).toBe(0.75);
  });

  it("rejects a file without the JobBERT columns", () => {
    const path = join(folder, "bad.csv");
    writeFileSync(path, "a,b\n1,2\n");
    expect(() => readJobbertCsv(path)).toThrow(SkillgraphError);
  });
});
