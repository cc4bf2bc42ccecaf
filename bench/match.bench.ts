/**
 * Match throughput: `npx tsx bench/match.bench.ts [--rows N]`. Uses ../shared/data/rjdb/rjdb-dev.jsonl
 * when present (else small built-in documents). Each row is two pairs (JD × matched, JD × unmatched);
 * documents are parsed inside the timing, as in `skillgraph eval rjdb-match`. Reports wall-clock
 * pairs/s and pairs per CPU-second (per core: the run is single-threaded, and CPU time is not
 * inflated by other processes on a busy machine).
 */
import { existsSync } from "node:fs";
import { readRjdbJsonl } from "../src/datasets/rjdb-row.js";
import { createMatcher } from "../src/match/create-matcher.js";
import {
  SENIOR_TILE_SETTER_RESUME,
  TILE_SETTER_JOB,
  TILE_SETTER_RESUME,
} from "../src/match/test-documents.js";
import { parseJob } from "../src/parse/parse-job.js";
import { parseResume } from "../src/parse/parse-resume.js";
import { sharedData } from "../test/support/shared-data.js";

const limitArgument = process.argv.indexOf("--rows");
const limit = limitArgument > 0 ? Number(process.argv[limitArgument + 1]) : Number.POSITIVE_INFINITY;
const path = sharedData("rjdb/rjdb-dev.jsonl");
const triples = existsSync(path)
  ? readRjdbJsonl(path).map(
      (row) => [row["Job-Description"], row["Resume-matched"], row["Resume-unmatched"]] as const,
    )
  : Array.from(
      { length: 200 },
      (_, index) => [`${TILE_SETTER_JOB}\n${index}`, SENIOR_TILE_SETTER_RESUME, TILE_SETTER_RESUME] as const,
    );
const rows = triples.slice(0, limit);

function measure(label: string, run: () => number): void {
  const cpuBefore = process.cpuUsage();
  const wallBefore = process.hrtime.bigint();
  const pairs = run();
  const wall = Number(process.hrtime.bigint() - wallBefore) / 1e9;
  const cpuUsed = process.cpuUsage(cpuBefore);
  const cpu = (cpuUsed.user + cpuUsed.system) / 1e6;
  console.log(
    `${label}: ${pairs} pairs in ${wall.toFixed(2)} s wall (${(pairs / wall).toFixed(0)} pairs/s), ` +
      `${cpu.toFixed(2)} s CPU (${(pairs / cpu).toFixed(0)} pairs per CPU-second)`,
  );
}

function protocolRun(): number {
  const matcher = createMatcher({});
  for (const [job, matched, unmatched] of rows) {
    const prepared = matcher.prepareJob(job);
    matcher.match(matched, prepared);
    matcher.match(unmatched, prepared);
  }
  return rows.length * 2;
}

// Steady state: three warm-up passes (JIT, the shipped model file), then a measured pass with a
// fresh document cache (every document is parsed again inside the timing).
for (let pass = 0; pass < 3; pass++) protocolRun();
measure("parse + match (rjdb-match protocol)", protocolRun);

measure("of which parsing alone (parseJob + 2 × parseResume per row)", () => {
  for (const [job, matched, unmatched] of rows) {
    parseJob(job);
    parseResume(matched);
    parseResume(unmatched);
  }
  return rows.length * 2;
});

const resumes = rows.flatMap(([, matched, unmatched]) => [matched, unmatched]).slice(0, 400);
const matcher = createMatcher({});
const preparedResumes = resumes.map((text) => matcher.prepareResume(text));
const jobs = rows.slice(0, 10).map(([job]) => matcher.prepareJob(job));
measure("rank: parsed documents, match only", () => {
  for (const job of jobs)
    matcher.rank(
      { job },
      preparedResumes.map((document, index) => ({ id: String(index), document })),
    );
  return jobs.length * preparedResumes.length;
});
