import { basename } from "node:path";
import type { Command } from "commander";
import { SkillgraphError } from "../../core/errors.js";
import { blindReport } from "../../match/blind-report.js";
import type { RankedResult } from "../../match/create-matcher.js";
import { printJson } from "../context.js";
import { runAction } from "../run-action.js";
import { createCliMatcher, type MatcherCliOptions, readDocumentText } from "./match.js";

interface RankCommandOptions extends MatcherCliOptions {
  job?: string;
  resume?: string;
  json?: boolean;
  top?: string;
  reports?: boolean;
  blind?: boolean;
}

/** `skillgraph rank --job JOB FILES…` (candidates) or `--resume RESUME FILES…` (jobs). */
export function registerRankCommand(program: Command): Command {
  return program
    .command("rank <files...>")
    .description(
      "rank resumes for a job (--job) or jobs for a resume (--resume); each document is parsed once",
    )
    .option("--job <file>", "the job description: FILES are resumes")
    .option("--resume <file>", "the resume: FILES are job descriptions")
    .option("--top <n>", "show only the best N")
    .option("--json", "print JSON")
    .option("--reports", "with --json, include each full match report")
    .option("--blind", "hide personal data in reports")
    .option("--graph <file>", "skill graph snapshot (default: the home's graph, when imported)")
    .option("--model <file>", "matcher model (default: the shipped models/matcher.json)")
    .option("--no-link", "do not link skills through the graph")
    .action(
      runAction(async (files: string[], options: RankCommandOptions) => {
        if (Boolean(options.job) === Boolean(options.resume)) {
          throw new SkillgraphError("BAD_USAGE", "give exactly one of --job JOB or --resume RESUME");
        }
        const top = options.top === undefined ? undefined : Number(options.top);
        if (top !== undefined && (!Number.isInteger(top) || top < 1)) {
          throw new SkillgraphError("BAD_USAGE", `--top must be a positive integer, not ${options.top}`);
        }
        const matcher = createCliMatcher(options);
        const anchorText = await readDocumentText((options.job ?? options.resume) as string);
        const candidates = [];
        for (const file of files) candidates.push({ id: file, document: await readDocumentText(file) });
        const anchor = options.job ? { job: anchorText } : { resume: anchorText };
        const ranked = matcher.rank(anchor, candidates).slice(0, top);
        if (options.json) printJson(ranked.map((result) => rankedJson(result, options)));
        else process.stdout.write(formatRanking(ranked));
      }),
    );
}

function rankedJson(result: RankedResult, options: RankCommandOptions): Record<string, unknown> {
  const summary = {
    rank: result.rank,
    id: result.id,
    score: result.score,
    decision: result.decision,
    missingSkills: result.report.missingSkills,
    experienceGap: result.report.experienceGap.hasGap,
  };
  if (!options.reports) return summary;
  return { ...summary, report: options.blind ? blindReport(result.report) : result.report };
}

/** A fixed-width table: rank, score, decision, missing skills, experience gap, file. */
export function formatRanking(ranked: RankedResult[]): string {
  const rows = ranked.map((result) => [
    String(result.rank),
    result.score === null ? "  -" : `${Math.round(result.score * 100)}%`.padStart(4),
    result.decision,
    String(result.report.missingSkills.length),
    result.report.experienceGap.hasGap === null ? "?" : result.report.experienceGap.hasGap ? "yes" : "no",
    basename(result.id),
  ]);
  const header = ["rank", "score", "decision", "missing", "exp gap", "file"];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)),
  );
  const render = (row: string[]) =>
    row
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join("  ")
      .trimEnd();
  return `${[render(header), ...rows.map(render)].join("\n")}\n`;
}
