import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { loadGraphSnapshot } from "../../src/graph/snapshot.js";
import {
  CROSSWALK_MINI,
  ESCO_MINI,
  escoZipFolder,
  ONET_MINI,
  ONET_SKILLS,
  tempFolder,
} from "../../src/graph/test-fixtures/mini-graph.js";
import { CLI_ARGS } from "../support/cli-command.js";
import { HAS_SHARED_DATA, PROJECT_ROOT } from "../support/shared-data.js";
import { sharedGraphPath } from "../support/shared-graph.js";

interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

function cli(home: string, ...args: string[]): CliResult {
  const result = spawnSync(process.execPath, [...CLI_ARGS, ...args], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
    env: { ...process.env, SKILLGRAPH_HOME: home },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Run the program in this process (fast: no new Node), capturing stdout. */
async function cliInProcess(home: string, ...args: string[]): Promise<{ exitCode: number; stdout: string }> {
  const { createProgram } = await import("../../src/cli/program.js");
  const previousHome = process.env.SKILLGRAPH_HOME;
  const previousExitCode = process.exitCode;
  process.env.SKILLGRAPH_HOME = home;
  process.exitCode = 0;
  let stdout = "";
  const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    stdout += chunk.toString();
    return true;
  });
  try {
    await createProgram().parseAsync(["node", "skillgraph", ...args]);
    return { exitCode: Number(process.exitCode ?? 0), stdout };
  } finally {
    spy.mockRestore();
    process.exitCode = previousExitCode;
    if (previousHome === undefined) delete process.env.SKILLGRAPH_HOME;
    else process.env.SKILLGRAPH_HOME = previousHome;
  }
}

function expectExit2(result: CliResult, pattern: RegExp): void {
  expect(result.status).toBe(2);
  expect(result.stderr.trim().split("\n")).toHaveLength(1);
  expect(result.stderr).toMatch(pattern);
}

/** Each spawned CLI loads every command group through tsx: seconds per run on a busy 2-core machine. */
const SLOW = { timeout: 240_000 };

describe("skillgraph graph (CLI, temp SKILLGRAPH_HOME)", SLOW, () => {
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

  it("show, search and sample answer from the graph", () => {
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
    const sample = cli(home, "graph", "sample", "--seed", "5", "--json");
    expect(sample.status).toBe(0);
    expect(JSON.parse(sample.stdout).experiences[0].endYear).toBe(2023);
  });

  it("skills, related and similarity (in process)", async () => {
    const skills = JSON.parse(
      (await cliInProcess(home, "graph", "skills", "software developer", "--json")).stdout,
    );
    expect(skills.essential).toHaveLength(2);
    const related = await cliInProcess(home, "graph", "related", "Java (computer programming)");
    expect(related.stdout).toMatch(/broader\s+computer programming/);
    const similarity = await cliInProcess(
      home,
      "graph",
      "similarity",
      "HTML",
      "Python (computer programming)",
      "--json",
    );
    expect(JSON.parse(similarity.stdout)).toMatchObject({ kind: "skill" });
    const occupations = await cliInProcess(
      home,
      "graph",
      "similarity",
      "software developer",
      "mobile app developer",
    );
    expect(occupations.stdout).toMatch(/^occupation similarity 0\.\d+ \(overlap/);
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
    expect(result.stdout).toMatch(/1 occupations, 2 skills/);
    expect(loadGraphSnapshot(graphFile).getOccupation("induced:platform-engineer")?.preferredLabel).toBe(
      "Platform Engineer",
    );
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
    const text = readFileSync(join(ESCO_MINI, "skills_en.csv"), "utf8");
    const truncated = escoZipFolder({ "skills_en.csv": text.slice(0, text.length - 40) });
    expectExit2(
      cli(home, "graph", "import", "esco", truncated),
      /TRUNCATED_FILE: .*skills_en\.csv: file is truncated/,
    );
    expectExit2(cli(home, "graph", "search", "x", "--limit", "0"), /--limit must be a positive integer/);
    expect(readFileSync(snapshot).equals(before)).toBe(true);
  });

  it("a missing graph is a work failure (exit 1); every command has --help and --graph", async () => {
    const empty = tempFolder("skillgraph-empty-home-");
    const stats = cli(empty, "graph", "stats");
    expect(stats.status).toBe(1);
    expect(stats.stderr).toMatch(/GRAPH_MISSING: .*graph import esco/);
    const { createProgram } = await import("../../src/cli/program.js");
    const graph = createProgram().commands.find((command) => command.name() === "graph");
    const leaves = (graph?.commands ?? []).flatMap((command) =>
      command.commands.length > 0 ? command.commands : [command],
    );
    expect(leaves.map((command) => command.name()).sort()).toEqual([
      "esco",
      "induce",
      "onet",
      "related",
      "sample",
      "search",
      "show",
      "similarity",
      "skills",
      "stats",
    ]);
    for (const command of leaves) {
      expect(command.description()).not.toBe("");
      expect(command.helpInformation()).toContain("--graph <file>");
    }
  });
});

describe.skipIf(!HAS_SHARED_DATA)("skillgraph graph on the full ESCO + O*NET graph", SLOW, () => {
  it('show "software developer" lists essential ESCO skills and O*NET technology skills', () => {
    const result = cli(tempFolder(), "graph", "show", "software developer", "--graph", sharedGraphPath());
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/essential skills \(\d+\):/);
    expect(result.stdout).toContain("computer programming");
    expect(result.stdout).toMatch(/O\*NET technology skills via crosswalk to onet:15-1251\.00/);
    expect(result.stdout).toContain("Oracle Java [technology]");
  });
});
