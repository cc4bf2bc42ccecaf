import type { Command } from "commander";
import { SkillgraphError } from "../../core/errors.js";
import { readDocumentFile, readDocumentStream } from "../../documents/read-document.js";
import { formatJobText, formatResumeText } from "../../parse/format-parsed.js";
import { parseJob } from "../../parse/parse-job.js";
import { parseResume } from "../../parse/parse-resume.js";
import { printJson } from "../context.js";
import { runAction } from "../run-action.js";

interface ParseCommandOptions {
  format: string;
  referenceDate?: string;
}

/** Read FILE (any supported document type) or "-" (stdin) to text. */
async function readInput(source: string): Promise<{ text: string; warnings: unknown[] }> {
  const document =
    source === "-"
      ? await readDocumentStream(process.stdin, { fileName: "<stdin>" })
      : await readDocumentFile(source);
  return { text: document.text, warnings: document.warnings };
}

function checkFormat(format: string): "json" | "text" {
  if (format !== "json" && format !== "text") {
    throw new SkillgraphError("BAD_USAGE", `--format must be json or text, not ${JSON.stringify(format)}`);
  }
  return format;
}

function referenceDateOf(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(date.getTime())) {
    throw new SkillgraphError(
      "BAD_USAGE",
      `--reference-date must be YYYY-MM-DD, not ${JSON.stringify(value)}`,
    );
  }
  return date;
}

/** `skillgraph parse resume FILE|-` and `skillgraph parse job FILE|-`. */
export function registerParseCommand(program: Command): Command {
  const parse = program
    .command("parse")
    .description("parse a resume or job description into structured JSON");
  parse
    .command("resume <file>")
    .description("parse a resume (PDF, DOCX, HTML, Markdown or text; '-' reads stdin)")
    .option("--format <format>", "json or text", "json")
    .option("--reference-date <date>", "date that 'Present' resolves to, YYYY-MM-DD (default: today)")
    .action(
      runAction(async (file: string, options: ParseCommandOptions) => {
        const format = checkFormat(options.format);
        const referenceDate = referenceDateOf(options.referenceDate);
        const { text, warnings } = await readInput(file);
        const parsed = parseResume(text, referenceDate ? { referenceDate } : {});
        if (format === "text") process.stdout.write(formatResumeText(parsed));
        else printJson({ ...parsed, warnings });
      }),
    );
  parse
    .command("job <file>")
    .description("parse a job description (PDF, DOCX, HTML, Markdown or text; '-' reads stdin)")
    .option("--format <format>", "json or text", "json")
    .action(
      runAction(async (file: string, options: ParseCommandOptions) => {
        const format = checkFormat(options.format);
        const { text, warnings } = await readInput(file);
        const parsed = parseJob(text);
        if (format === "text") process.stdout.write(formatJobText(parsed));
        else printJson({ ...parsed, warnings });
      }),
    );
  return parse;
}
