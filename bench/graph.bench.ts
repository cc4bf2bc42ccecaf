/**
 * Graph import, snapshot and query speed on ../shared/data (ESCO 1.1.1, O*NET 27.0 + 29.3 skills,
 * Nesta crosswalk). Prints: ESCO import time, O*NET + crosswalk import time, snapshot size and
 * save time, load time in a fresh process (cold, median of 3) and in this process (warm), resident
 * memory after a cold load, and query latencies (label-index build, searchGraph,
 * skillsOfOccupation, skill/occupation similarity, sampleContext).
 * Run: npx tsx bench/graph.bench.ts
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sampleContext } from "../src/graph/context-sampler.js";
import { importEsco } from "../src/graph/esco-importer.js";
import { findNode } from "../src/graph/find-node.js";
import { graphStats } from "../src/graph/graph-stats.js";
import { labelIndexOf } from "../src/graph/label-index.js";
import { occupationSimilarity } from "../src/graph/occupation-similarity.js";
import { skillsOfOccupation } from "../src/graph/occupation-skills.js";
import { importOnet } from "../src/graph/onet-importer.js";
import { searchGraph } from "../src/graph/search-graph.js";
import { SkillGraph } from "../src/graph/skill-graph.js";
import { skillSimilarity } from "../src/graph/skill-similarity.js";
import { loadGraphSnapshot, saveGraphSnapshot } from "../src/graph/snapshot.js";
import { HAS_SHARED_DATA, PROJECT_ROOT, sharedData } from "../test/support/shared-data.js";

if (!HAS_SHARED_DATA) {
  process.stdout.write("graph bench skipped: ../shared/data is not beside the project\n");
  process.exit(0);
}

const timed = <T>(run: () => T): [T, number] => {
  const started = performance.now();
  const value = run();
  return [value, performance.now() - started];
};
/** Wall time and CPU time (user + system) of `run`: CPU time is what counts on a shared machine. */
const timedWithCpu = <T>(run: () => T): [T, string] => {
  const cpu = process.cpuUsage();
  const [value, wall] = timed(run);
  const used = process.cpuUsage(cpu);
  return [value, `${ms(wall)} wall, ${ms((used.user + used.system) / 1000)} CPU`];
};
const ms = (value: number) => `${value.toFixed(value < 10 ? 3 : 0)} ms`;
const line = (label: string, value: string) => process.stdout.write(`${label.padEnd(44)} ${value}\n`);

/** Median latency of `run` over the items, in ms. */
function latency<T>(items: readonly T[], run: (item: T) => unknown): number {
  const times = items.map((item) => timed(() => run(item))[1]).sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

const folder = mkdtempSync(join(tmpdir(), "skillgraph-graph-bench-"));
const snapshot = join(folder, "graph.sgraph");
try {
  const graph = new SkillGraph();
  const [, escoTime] = timedWithCpu(() => importEsco(graph, sharedData("esco-1.1.1")));
  line("ESCO import (2 zips)", escoTime);
  const [, onetTime] = timedWithCpu(() =>
    importOnet(graph, sharedData("onet-27.0"), {
      skillsFolder: sharedData("onet-29.3"),
      crosswalkPath: sharedData("crosswalk/esco_onet_crosswalk_Nov2020.csv"),
    }),
  );
  line("O*NET + Skills/Knowledge + crosswalk import", onetTime);
  const stats = graphStats(graph);
  line("graph", `${stats.occupations} occupations, ${stats.skills} skills, ${stats.relations} relations`);
  const [, saveTime] = timedWithCpu(() => saveGraphSnapshot(graph, snapshot));
  line("snapshot save", saveTime);
  line("snapshot size", `${(statSync(snapshot).size / 1e6).toFixed(2)} MB`);

  const script = `import { loadGraphSnapshot } from "./src/graph/snapshot.ts";
const started = performance.now();
const cpu = process.cpuUsage();
loadGraphSnapshot(${JSON.stringify(snapshot)});
const used = process.cpuUsage(cpu);
const result = { ms: performance.now() - started, cpu: (used.user + used.system) / 1000, rss: process.memoryUsage().rss };
process.stdout.write(JSON.stringify(result));`;
  const cold = [0, 1, 2].map(() => {
    const output = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      cwd: PROJECT_ROOT,
      encoding: "utf8",
    });
    return JSON.parse(output) as { ms: number; cpu: number; rss: number };
  });
  cold.sort((a, b) => a.ms - b.ms);
  line(
    "snapshot load, fresh process (median of 3)",
    `${ms(cold[1]?.ms ?? 0)} wall, ${ms(cold[1]?.cpu ?? 0)} CPU`,
  );
  line("resident memory after load (fresh process)", `${((cold[1]?.rss ?? 0) / 1e6).toFixed(0)} MB`);
  const [loaded, warmTime] = timedWithCpu(() => loadGraphSnapshot(snapshot));
  line("snapshot load, warm (this process)", warmTime);

  const [, indexTime] = timedWithCpu(() => labelIndexOf(loaded));
  line("label index build (once per graph)", indexTime);
  const queries = [
    "software developer",
    "sofware develper",
    "java",
    "project management",
    "nurse",
    "C++",
    "data scientist",
    "forklift",
  ];
  line("searchGraph median", ms(latency(queries, (query) => searchGraph(loaded, query))));
  const occupations = [...loaded.occupations].filter((_, index) => index % 40 === 0).map((item) => item.id);
  line("skillsOfOccupation median", ms(latency(occupations, (id) => skillsOfOccupation(loaded, id))));
  const pairs = occupations.slice(1).map((id, index) => [occupations[index] as string, id] as const);
  line("occupationSimilarity median", ms(latency(pairs, ([a, b]) => occupationSimilarity(loaded, a, b))));
  const skills = [...loaded.skills].filter((_, index) => index % 200 === 0).map((item) => item.id);
  const skillPairs = skills.slice(1).map((id, index) => [skills[index] as string, id] as const);
  line("skillSimilarity median", ms(latency(skillPairs, ([a, b]) => skillSimilarity(loaded, a, b))));
  line(
    "findNode('software developer') median",
    ms(latency([0, 1, 2], () => findNode(loaded, "software developer"))),
  );
  line(
    "sampleContext median",
    ms(latency([1, 2, 3, 4, 5, 6, 7, 8], (seed) => sampleContext(loaded, { seed }))),
  );
  line("resident memory now (two graphs + index)", `${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
