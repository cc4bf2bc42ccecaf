import { readFileSync } from "node:fs";
import { unzipSync } from "fflate";
import { SkillgraphError } from "../core/errors.js";
import { parseResume } from "../parse/parse-resume.js";
import type { ParsedResume, Span } from "../parse/types.js";
import { type AnnotatedResume, parseAnnotatedResumeXml } from "./annotated-resume-xml.js";

/** The labels scored, and the Dotin annotation types each one gathers. */
export const RESUME_NER_LABELS = {
  designation: ["Designation"],
  companies_worked_at: ["Companies worked at"],
  years_of_experience: ["Years of Experience"],
  degree: ["Degree"],
  skills: ["Tech Tools", "Job Specific Skills", "Soft Skills"],
} as const;

export type ResumeNerLabel = keyof typeof RESUME_NER_LABELS;
const LABELS = Object.keys(RESUME_NER_LABELS) as ResumeNerLabel[];

/**
 * The spans `parseResume` predicts per label: work titles and the headline label (designation),
 * employers, work date ranges and "N years of experience" claims (years_of_experience), degrees,
 * skill items.
 */
export function predictedSpans(parsed: ParsedResume): Record<ResumeNerLabel, Span[]> {
  return {
    designation: [
      ...parsed.work.map((entry) => entry.titleSpan),
      ...(parsed.basics.label ? [parsed.basics.label.span] : []),
    ],
    companies_worked_at: parsed.work.flatMap((entry) => (entry.employerSpan ? [entry.employerSpan] : [])),
    years_of_experience: [
      ...parsed.work.map((entry) => entry.dateSpan),
      ...parsed.experienceClaims.map((claim) => claim.span),
    ],
    degree: parsed.education.flatMap((entry) => (entry.degreeSpan ? [entry.degreeSpan] : [])),
    skills: parsed.skills.map((skill) => skill.span),
  };
}

interface LabelCounts {
  predicted: number;
  predictedCorrect: number;
  gold: number;
  goldFound: number;
}

/**
 * Score `parseResume` on annotated resumes: a predicted span is correct when it overlaps a gold
 * span of the same label (precision); a gold span is found when a predicted span of its label
 * overlaps it (recall); F1 is their harmonic mean. Counts are micro-averaged over documents.
 */
export function evaluateResumeNer(
  documents: readonly AnnotatedResume[],
  options: { referenceDate?: Date; onProgress?: (done: number, total: number) => void } = {},
): { n: number; metrics: Record<string, number> } {
  const counts = Object.fromEntries(
    LABELS.map((label) => [label, { predicted: 0, predictedCorrect: 0, gold: 0, goldFound: 0 }]),
  ) as Record<ResumeNerLabel, LabelCounts>;
  documents.forEach((document, index) => {
    const parsed = parseResume(
      document.text,
      options.referenceDate ? { referenceDate: options.referenceDate } : {},
    );
    const predicted = predictedSpans(parsed);
    for (const label of LABELS) {
      const types: readonly string[] = RESUME_NER_LABELS[label];
      const gold = document.spans.filter((span) => types.includes(span.type));
      const guesses = predicted[label];
      const count = counts[label];
      count.gold += gold.length;
      count.goldFound += gold.filter((span) => guesses.some((guess) => overlaps(guess, span))).length;
      count.predicted += guesses.length;
      count.predictedCorrect += guesses.filter((guess) => gold.some((span) => overlaps(guess, span))).length;
    }
    options.onProgress?.(index + 1, documents.length);
  });
  const metrics: Record<string, number> = {};
  for (const label of LABELS) {
    const count = counts[label];
    const precision = count.predicted === 0 ? 0 : count.predictedCorrect / count.predicted;
    const recall = count.gold === 0 ? 0 : count.goldFound / count.gold;
    metrics[`f1_${label}`] = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    metrics[`precision_${label}`] = precision;
    metrics[`recall_${label}`] = recall;
  }
  return { n: documents.length, metrics };
}

function overlaps(a: Span, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Read every `.xml` annotated resume in a zip (fflate), in name order. */
export function readAnnotatedResumeZip(path: string): AnnotatedResume[] {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (cause) {
    throw new SkillgraphError(
      "FILE_NOT_FOUND",
      `${path}: cannot read (${(cause as NodeJS.ErrnoException).code})`,
      {
        cause,
      },
    );
  }
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (file) => file.name.toLowerCase().endsWith(".xml") });
  } catch (cause) {
    throw new SkillgraphError("BAD_ARCHIVE", `${path}: not a readable zip archive`, { cause });
  }
  const decoder = new TextDecoder("utf-8");
  const names = Object.keys(files)
    .filter((name) => !name.split("/").some((part) => part.startsWith(".") || part === "__MACOSX"))
    .sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
  if (names.length === 0) throw new SkillgraphError("BAD_ARCHIVE", `${path}: no .xml resumes in the archive`);
  return names.map((name) => parseAnnotatedResumeXml(decoder.decode(files[name]), name));
}
