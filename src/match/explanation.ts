import type { MatchReport, RequirementResult } from "./match-report.js";

type ExplanationInput = Pick<MatchReport, "score" | "decision" | "threshold" | "jobTitle" | "requirements">;

/**
 * A short plain-text explanation built from the verdicts (no LLM): the score and decision, how
 * many requirements are met, the missing and partial skills, and the experience gap.
 */
export function explainMatch(report: ExplanationInput): string {
  const lines: string[] = [];
  const job = report.jobTitle ? `the ${report.jobTitle} job` : "this job";
  if (report.score === null) {
    lines.push(`No score for ${job}: the job description states no requirements to compare.`);
  } else {
    const percent = Math.round(report.score * 100);
    const verdict = report.decision === "match" ? "a likely match" : "not a likely match";
    lines.push(`${percent}% — ${verdict} for ${job} (threshold ${Math.round(report.threshold * 100)}%).`);
  }
  const counted = report.requirements.filter((requirement) => requirement.verdict !== "unknown");
  if (report.requirements.length > 0) {
    const met = counted.filter((requirement) => requirement.verdict === "met").length;
    lines.push(`${met} of ${report.requirements.length} requirements met.`);
  }
  const skills = (verdict: RequirementResult["verdict"]) =>
    report.requirements.filter(
      (requirement) =>
        requirement.verdict === verdict &&
        requirement.kind !== "experience" &&
        requirement.kind !== "education",
    );
  const missing = skills("missing");
  if (missing.length > 0)
    lines.push(`Missing skills: ${missing.map((item) => shortLabel(item.text)).join("; ")}.`);
  const partial = skills("partial");
  if (partial.length > 0) {
    lines.push(
      `Partly shown: ${partial
        .map((item) =>
          item.relatedSkill
            ? `${shortLabel(item.text)} (via ${item.relatedSkill.label})`
            : shortLabel(item.text),
        )
        .join("; ")}.`,
    );
  }
  const experienceGaps = report.requirements.filter(
    (requirement) =>
      requirement.kind === "experience" &&
      (requirement.verdict === "missing" || requirement.verdict === "partial"),
  );
  for (const gap of experienceGaps) lines.push(`Experience: ${gap.reason}.`);
  const education = report.requirements.filter(
    (requirement) => requirement.kind === "education" && requirement.verdict !== "met",
  );
  for (const item of education) lines.push(`Education: ${item.reason}.`);
  const unknown = report.requirements.filter((requirement) => requirement.verdict === "unknown");
  if (unknown.length > 0)
    lines.push(`${unknown.length} requirement(s) could not be checked from the resume.`);
  return lines.join(" ");
}

/** The skill label of a requirement line ("Networking: TCP/IP…" → "Networking"), at most 60 chars. */
export function shortLabel(text: string): string {
  const colon = text.indexOf(":");
  const label = (colon > 0 && colon < 50 ? text.slice(0, colon) : text).replace(/[.;,\s]+$/, "").trim();
  return label.length <= 60 ? label : `${label.slice(0, 59)}…`;
}
