/**
 * Documents per second for `parseResume` and `parseJob` on the RJDB dev texts (when ../shared is
 * present) and on a synthetic 4 KB resume.
 * Run: npx tsx bench/parse.bench.ts [seconds per case, default 2]
 */
import { existsSync } from "node:fs";
import { readRjdbJsonl } from "../src/datasets/rjdb-row.js";
import { parseJob } from "../src/parse/parse-job.js";
import { parseResume } from "../src/parse/parse-resume.js";

const secondsPerCase = Number(process.argv[2] ?? 2);
const RJDB_DEV = new URL("../../shared/data/rjdb/rjdb-dev.jsonl", import.meta.url).pathname;

function syntheticResume(): string {
  const lines = ["Jane Doe", "jane.doe@example.com", "", "## Experience"];
  for (let role = 0; role < 6; role++) {
    lines.push(`Software Engineer ${role} at Company ${role} (Jan ${2010 + role} – Mar ${2011 + role})`);
    for (let bullet = 0; bullet < 5; bullet++)
      lines.push(`- Built service ${bullet} with TypeScript and PostgreSQL.`);
  }
  lines.push(
    "",
    "## Education",
    "B.Sc in Computer Science, Example University, 2009",
    "",
    "## Skills",
    "TypeScript, SQL, Go",
  );
  return lines.join("\n");
}

function measure(name: string, texts: readonly string[], parse: (text: string) => unknown): void {
  const deadline = performance.now() + secondsPerCase * 1000;
  let documents = 0;
  let characters = 0;
  const started = performance.now();
  while (performance.now() < deadline) {
    const text = texts[documents % texts.length] ?? "";
    parse(text);
    documents++;
    characters += text.length;
  }
  const seconds = (performance.now() - started) / 1000;
  const perSecond = (documents / seconds).toFixed(0);
  const kilobytes = (characters / 1024 / seconds).toFixed(0);
  process.stdout.write(`${name.padEnd(28)} ${perSecond.padStart(7)} docs/s  ${kilobytes.padStart(6)} KB/s\n`);
}

measure("parseResume synthetic 4 KB", [syntheticResume()], (text) => parseResume(text));
if (existsSync(RJDB_DEV)) {
  const rows = readRjdbJsonl(RJDB_DEV);
  measure(
    "parseResume RJDB dev",
    rows.map((row) => row["Resume-matched"]),
    (text) => parseResume(text),
  );
  measure(
    "parseJob RJDB dev",
    rows.map((row) => row["Job-Description"]),
    (text) => parseJob(text),
  );
}
