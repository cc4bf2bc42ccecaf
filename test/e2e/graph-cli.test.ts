import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  CROSSWALK_MINI,
  ESCO_MINI,
  escoZipFolder,
  ONET_MINI,
  ONET_SKILLS,
  tempFolder,
} from "../../src/graph/test-fixtures/mini-graph.js";
import { HAS_SHARED_DATA, PROJECT_ROOT } from "../support/shared-data.js";
import { sharedGraphPath } from "../support/shared-graph.js";

interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

function cli(home: string, ...args: string[]): CliResult {
  const result = spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
    env: { ...process.env, SKILLGRAPH_HOME: home },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function expectExit2(result: CliResult, pattern: RegExp): void {
  expect(result.status).toBe(2);
  expect(result.stderr.trim().split("\n")).toHaveLength(1);
  expect(result.stderr).toMatch(pattern);
}

describe("skillgraph graph (CLI, temp SKILLGRAPH_HOME)", () => {
  const home = tempFolder("skillgraph-home-");
  const snapshot = join(home, "graph.sgraph");
  const importAll = () => {
    expect(cli(home, "graph", "import", "esco", escoZipFolder()).status).toBe(0);
    const onet = cli(
      home,
      "graph",
      "import",
      "onet",
      ONET_MINI,
      "--onet-skills",
      ONET_SKILLS,
      "--crosswalk",
      CROSSWALK_MINI,
    );
    expect(onet.status).toBe(0);
    return onet;
  };

  it("imports ESCO and O*NET into the home graph; importing again changes nothing", () => {
    const onet = importAll();
    expect(onet.stdout).toMatch(/7 occupations/);
    expect(onet.stderr).toMatch(/imported O\*NET: 3 occupations/);
    const first = readFileSync(snapshot);
    importAll();
    expect(readFileSync(snapshot).equals(first)).toBe(true);
  });

  it("stats --json prints counts, sources and attribution", () => {
    const result = cli(home, "graph", "stats", "--json");
    expect(result.status).toBe(0);
    const stats = JSON.parse(result.stdout);
    expect(stats).toMatchObject({ occupations: 7, sources: ["crosswalk", "esco", "onet"] });
    expect(stats.skills).toBeGreaterThan(7);
    expect(stats.attribution).toHaveLength(2);
    expect(cli(home, "graph", "stats").stdout).toContain(
      "This service uses the ESCO classification of the European Commission.",
    );
  });

  it("show, search, skills, related, similarity and sample answer from the graph", () => {
    const show = cli(home, "graph", "show", "software developer");
    expect(show.status).toBe(0);
    expect(show.stdout).toMatch(/essential skills \(2\):\n {2}- computer programming/);
    expect(show.stdout).toMatch(
      /O\*NET technology skills via crosswalk to onet:15-1251\.00 \(2\):\n {2}- Oracle Java \[technology\]/,
    );
    const search = JSON.parse(
      cli(home, "graph", "search", "sofware develper", "--kind", "occupation", "--json").stdout,
    );
    expect(search[0].label).toBe("software developer");
    const skills = JSON.parse(cli(home, "graph", "skills", "software developer", "--json").stdout);
    expect(skills.essential).toHaveLength(2);
    expect(cli(home, "graph", "related", "Java (computer programming)").stdout).toMatch(
      /broader\s+computer programming/,
    );
    const similarity = JSON.parse(
      cli(home, "graph", "similarity", "HTML", "Python (computer programming)", "--json").stdout,
    );
    expect(similarity).toMatchObject({ kind: "skill" });
    expect(similarity.score).toBeGreaterThan(0);
    const sample = cli(home, "graph", "sample", "--seed", "5", "--json");
    expect(sample.status).toBe(0);
    expect(JSON.parse(sample.stdout)).toEqual(
      JSON.parse(cli(home, "graph", "sample", "--seed", "5", "--json").stdout),
    );
  });

  it("induces from an RJDB JSONL file", () => {
    const dataset = join(tempFolder(), "rows.jsonl");
    const row = {
      "Job-Description": "",
      "Resume-matched": "",
      "Resume-unmatched": "",
      Skills: ["Python", "Kubernetes"],
      Experiences: ["Platform Engineer"],
      "Experiences-years": [[[], []], 2023, [2]],
      "Filtered-information": { Skills: [], Experience: "" },
    };
    const graphFile = join(tempFolder(), "induced.sgraph");
    writeFileSync(dataset, `${JSON.stringify(row)}\n`);
    const result = cli(home, "graph", "induce", dataset, "--graph", graphFile);
    expect(result.status).toBe(0);
    expect(JSON.parse(cli(home, "graph", "stats", "--json", "--graph", graphFile).stdout)).toMatchObject({
      occupations: 1,
      skills: 2,
    });
  });

  it("bad input exits 2 with one line naming the file and leaves the graph untouched", () => {
    const before = readFileSync(snapshot);
    expectExit2(
      cli(home, "graph", "import", "esco", join(home, "missing")),
      /FILE_NOT_FOUND: .*missing: no such file/,
    );
    const notZip = join(tempFolder(), "esco.zip");
    writeFileSync(notZip, "nope");
    expectExit2(cli(home, "graph", "import", "esco", notZip), /BAD_ARCHIVE: .*esco\.zip: not a zip file/);
    const badCsv = escoZipFolder({ "occupations_en.csv": "conceptUri,label\nx,y\n" });
    expectExit2(
      cli(home, "graph", "import", "esco", badCsv),
      /BAD_CSV: .*occupations_en\.csv: missing expected column/,
    );
    const text = readFileSync(join(ESCO_MINI, "skills_en.csv"), "utf8");
    const truncated = escoZipFolder({ "skills_en.csv": text.slice(0, text.length - 40) });
    expectExit2(
      cli(home, "graph", "import", "esco", truncated),
      /TRUNCATED_FILE: .*skills_en\.csv: file is truncated/,
    );
    expectExit2(cli(home, "graph", "import", "onet", ESCO_MINI), /Occupation Data\.txt: not found/);
    expectExit2(cli(home, "graph", "search", "x", "--limit", "0"), /--limit must be a positive integer/);
    expectExit2(cli(home, "graph", "show", "no such thing at all qqq"), /NOT_FOUND/);
    expect(readFileSync(snapshot).equals(before)).toBe(true);
  });

  it("a missing graph is a work failure (exit 1); every command has --help", () => {
    const empty = tempFolder("skillgraph-empty-home-");
    const stats = cli(empty, "graph", "stats");
    expect(stats.status).toBe(1);
    expect(stats.stderr).toMatch(/GRAPH_MISSING: .*graph import esco/);
    for (const command of [
      ["import", "esco"],
      ["import", "onet"],
      ["induce"],
      ["stats"],
      ["show"],
      ["search"],
      ["skills"],
      ["related"],
      ["similarity"],
      ["sample"],
    ]) {
      const help = cli(empty, "graph", ...command, "--help");
      expect(help.status).toBe(0);
      expect(help.stdout).toContain("--graph <file>");
    }
  });
});

describe.skipIf(!HAS_SHARED_DATA)("skillgraph graph on the full ESCO + O*NET graph", () => {
  it('show "software developer" lists essential ESCO skills and O*NET technology skills', () => {
    const result = cli(tempFolder(), "graph", "show", "software developer", "--graph", sharedGraphPath());
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/essential skills \(\d+\):/);
    expect(result.stdout).toContain("computer programming");
    expect(result.stdout).toMatch(/O\*NET technology skills via crosswalk to onet:15-1251\.00/);
    expect(result.stdout).toContain("Oracle Java [technology]");
  });
});
