/**
 * Skill mention detection and linking speed with the full ESCO + O*NET graph (../shared/data).
 * - detection: resumes per second on one core (`detectMentions`), on RJDB dev resumes (~0.7 KB)
 *   and on 5 KB resumes (several RJDB resumes and job descriptions joined);
 * - full linking: sentences per second for `linkMentions` (dictionary + semantic) and for
 *   `rankSkills` (rank all ESCO skills), over Decorte TECH + HOUSE validation sentences;
 * - titles per second for `normalize` on JobBERT titles.
 * Run: npx tsx bench/skills.bench.ts [seconds per case, default 3]
 */
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isEscoSkillId } from "../src/evaluate/skill-linking.js";
import { readJobbertCsv } from "../src/evaluate/title-normalization.js";
import { createSkillLinker } from "../src/skills/skill-linker.js";
import { createTitleNormalizer } from "../src/skills/title-normalizer.js";
import { sharedData } from "../test/support/shared-data.js";
import { loadSharedGraph } from "../test/support/shared-graph.js";

const secondsPerCase = Number(process.argv[2] ?? 3);
const cacheDir = join(tmpdir(), "skillgraph-bench-cache");

/** Items per wall-clock second and per CPU second of this process (the per-core figure on a busy machine). */
function throughput(
  label: string,
  items: readonly string[],
  run: (item: string) => unknown,
  unit: string,
): void {
  let count = 0;
  let characters = 0;
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  while (performance.now() - started < secondsPerCase * 1000) {
    const item = items[count % items.length]!;
    run(item);
    characters += item.length;
    count++;
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const perCpu = (count / cpuSeconds).toFixed(0).padStart(7);
  const kilobytes = (characters / 1024 / cpuSeconds).toFixed(0);
  process.stdout.write(
    `${label.padEnd(44)} ${perCpu} ${unit}/CPU-s  ${(count / seconds).toFixed(0).padStart(6)} ${unit}/s wall  (${kilobytes} KB/CPU-s)\n`,
  );
}

const rjdb = readFileSync(sharedData("rjdb/rjdb-dev.jsonl"), "utf8")
  .split("\n")
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as Record<string, string>);
const shortResumes = rjdb.map((row) => row["Resume-matched"] ?? "");
const longResumes: string[] = [];
for (let start = 0; start + 4 < rjdb.length; start += 4) {
  let text = "";
  for (let offset = 0; text.length < 5000; offset++) {
    const row = rjdb[(start + offset) % rjdb.length]!;
    text += `${row["Resume-matched"]}\n${row["Job-Description"]}\n`;
  }
  longResumes.push(text.slice(0, 5000));
}
const sentences = ["tech", "house"].flatMap((split) =>
  readFileSync(sharedData(`skill-extraction/decorte/${split}_validation_annotations.csv`), "utf8")
    .split("\n")
    .slice(1)
    .map((line) => line.split(",")[0] ?? "")
    .filter((sentence) => sentence.length > 0),
);
const uniqueSentences = [...new Set(sentences)];
const titles = readJobbertCsv(sharedData("title-normalization/jobbert/titles.csv")).map(
  (row) => row.vacancyTitle,
);

let started = performance.now();
const graph = loadSharedGraph();
process.stdout.write(
  `graph: ${graph.skillCount} skills, ${graph.occupationCount} occupations (${((performance.now() - started) / 1000).toFixed(1)} s to load)\n`,
);
started = performance.now();
const linker = createSkillLinker(graph, { cacheDir });
linker.detectMentions("warm up");
process.stdout.write(`dictionary built in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
throughput(
  "detectMentions, RJDB resumes (0.7 KB)",
  shortResumes,
  (text) => linker.detectMentions(text),
  "resumes",
);
throughput("detectMentions, 5 KB resumes", longResumes, (text) => linker.detectMentions(text), "resumes");
started = performance.now();
linker.linkMentions("warm up the semantic index");
process.stdout.write(`semantic index built in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
throughput(
  "linkMentions, Decorte sentences (first pass)",
  uniqueSentences,
  (text) => linker.linkMentions(text),
  "sentences",
);
throughput(
  "linkMentions, Decorte sentences (warm)",
  uniqueSentences,
  (text) => linker.linkMentions(text),
  "sentences",
);
const escoLinker = createSkillLinker(graph, { cacheDir, includeSkill: (skill) => isEscoSkillId(skill.id) });
escoLinker.rankSkills("warm up", 1);
throughput(
  "rankSkills top 10 of all ESCO skills",
  uniqueSentences,
  (text) => escoLinker.rankSkills(text, 10),
  "sentences",
);
const normalizer = createTitleNormalizer(graph, { cacheDir });
normalizer.normalize("warm up", 1);
throughput("title normalize, JobBERT titles", titles, (title) => normalizer.normalize(title, 10), "titles");
