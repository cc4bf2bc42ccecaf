import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { saveGraphSnapshot } from "../../src/graph/snapshot.js";
import { createTinySkillGraph } from "../../src/skills/test-fixtures/tiny-skill-graph.js";
import { CLI_ARGS } from "../support/cli-command.js";
import { PROJECT_ROOT } from "../support/shared-data.js";

/** One home shared by the runs (and across test runs) so the word-vector cache is built once. */
const HOME = join(tmpdir(), "skillgraph-e2e-skills-home");
const folder = mkdtempSync(join(tmpdir(), "skillgraph-skills-cli-"));
const graphPath = join(folder, "tiny.sgraph");
const ESCO = "http://data.europa.eu/esco/skill/";

function cli(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [...CLI_ARGS, ...args], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
    input,
    env: { ...process.env, SKILLGRAPH_HOME: HOME },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  mkdirSync(HOME, { recursive: true });
  saveGraphSnapshot(createTinySkillGraph(), graphPath);
});

describe("skillgraph skills / title / eval skill-linking / eval title-normalization", () => {
  it("prints skill mentions with spans, ids and scores, without false hits", () => {
    const text =
      "Built APIs on PostgreSQL with JavaScript; reactive UIs; able to manage your time effectively";
    const result = cli(["skills", text, "--graph", graphPath, "--json"]);
    expect(result.status).toBe(0);
    const mentions = JSON.parse(result.stdout) as {
      start: number;
      end: number;
      text: string;
      skillId: string | null;
    }[];
    const ids = mentions.map((mention) => mention.skillId);
    expect(ids).toContain(`${ESCO}postgresql`);
    expect(ids).toContain(`${ESCO}javascript`);
    expect(ids).toContain(`${ESCO}manage-time`);
    expect(ids).not.toContain(`${ESCO}sql`);
    expect(ids).not.toContain(`${ESCO}java`);
    expect(ids).not.toContain("onet:tech:react");
    for (const mention of mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
  });

  it("reads stdin and files, and prints a table by default", () => {
    const fromStdin = cli(["skills", "-", "--graph", graphPath, "--dictionary-only"], "Java, C++ and Go");
    expect(fromStdin.status).toBe(0);
    expect(fromStdin.stdout).toContain("Java (computer programming)");
    expect(fromStdin.stdout).toContain("C++");
    const file = join(folder, "resume.txt");
    writeFileSync(file, "Skills: SQL");
    const fromFile = cli(["skills", file, "--graph", graphPath, "--json", "--dictionary-only"]);
    expect(JSON.parse(fromFile.stdout)).toMatchObject([
      { text: "SQL", skillId: `${ESCO}sql`, start: 8, end: 11 },
    ]);
  });

  it("runs without a graph in open-vocabulary mode", () => {
    const result = cli(["skills", "Kubernetes, Terraform", "--graph", join(folder, "none.sgraph"), "--json"]);
    expect(result.status).toBe(0);
    const mentions = JSON.parse(result.stdout) as { skillId: string | null; openVocabulary?: boolean }[];
    for (const mention of mentions) expect(mention).toMatchObject({ skillId: null, openVocabulary: true });
  });

  it("normalizes a noisy job title", () => {
    const result = cli(["title", "Cashiers & Valets Needed!", "--graph", graphPath, "--json"]);
    expect(result.status).toBe(0);
    const ranked = JSON.parse(result.stdout) as { occupationId: string }[];
    expect(ranked[0]?.occupationId).toBe("http://data.europa.eu/esco/occupation/cashier");
  });

  it("evaluates skill linking and title normalization with one JSON object each", () => {
    const decorte = join(folder, "decorte.csv");
    writeFileSync(
      decorte,
      "sentence,span,sub_span,label\nSQL and Java,SQL,,SQL\nSQL and Java,Java,,Java (computer programming)\ngood time management,time management,,manage time\nsmart,smart,,LABEL NOT PRESENT\n",
    );
    const linking = cli(["eval", "skill-linking", "--data", decorte, "--graph", graphPath, "--json"]);
    expect(linking.status).toBe(0);
    const report = JSON.parse(linking.stdout);
    expect(report).toMatchObject({ task: "skill-linking", n: 2 });
    expect(Object.keys(report.metrics).sort()).toEqual(["mrr", "rp@10", "rp@5", "sentences_per_second"]);
    expect(report.metrics["rp@5"]).toBe(100);
    const jobbert = join(folder, "titles.csv");
    writeFileSync(
      jobbert,
      ",vacancyTitle,conceptUri\n0,Java Developer (m/f/d),http://data.europa.eu/esco/occupation/software-developer\n",
    );
    const titles = cli(["eval", "title-normalization", "--data", jobbert, "--graph", graphPath, "--json"]);
    expect(titles.status).toBe(0);
    expect(JSON.parse(titles.stdout)).toMatchObject({
      task: "title-normalization",
      n: 1,
      metrics: { mrr: 1, "r@1": 1 },
    });
  });

  it("exits 2 with one line on stderr for bad input", () => {
    const missing = cli([
      "eval",
      "skill-linking",
      "--data",
      join(folder, "missing.csv"),
      "--graph",
      graphPath,
      "--json",
    ]);
    expect(missing.status).toBe(2);
    expect(missing.stdout).toBe("");
    expect(missing.stderr.trim().split("\n")).toHaveLength(1);
    const badK = cli(["title", "cook", "--graph", graphPath, "-k", "many"]);
    expect(badK.status).toBe(2);
  });
});
