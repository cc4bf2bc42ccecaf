import { SkillgraphError } from "../core/errors.js";
import type { MatchReport } from "../match/match-report.js";
import type { ServerEngine } from "./engine.js";

/**
 * A deterministic stand-in engine for tests of the service and the page (no graph, no models):
 * each job line starting with "-" is a requirement, met when all its words of 3+ letters occur in
 * the resume. Not a matcher: only the report's shape is real.
 */
export function createFakeEngine(): ServerEngine {
  return {
    graphSummary: () => ({ occupations: 2, skills: 3, relations: 4, sources: ["fake"], attribution: [] }),
    readDocument: async (bytes, options) => {
      if (bytes.length > options.maxBytes)
        throw new SkillgraphError("INPUT_TOO_LARGE", "document is too large");
      const text = new TextDecoder().decode(bytes);
      if (text.trim().length === 0) throw new SkillgraphError("EMPTY_DOCUMENT", "the document is empty");
      return { text, type: "text", warnings: [] };
    },
    parseResume: (text) => ({ lines: text.split("\n").length }),
    parseJob: (text) => ({ title: { text: text.split("\n")[0] ?? "" } }),
    linkSkills: (text) =>
      [...text.matchAll(/\b(Python|SQL|Kubernetes)\b/g)].map((match) => ({
        id: `fake:${match[1]?.toLowerCase()}`,
        label: match[1] ?? "",
        mention: match[0],
        start: match.index,
        end: match.index + match[0].length,
      })),
    describeNode: (id) =>
      id.startsWith("fake:")
        ? {
            id,
            kind: "skill",
            preferredLabel: id.slice(5),
            altLabels: [],
            description: "A fake skill.",
            source: "fake",
            related: [{ id: "fake:occupation", label: "data engineer", relation: "essential" }],
          }
        : undefined,
    match: fakeMatch,
    edit: (resumeText, jobText) => {
      const report = fakeMatch(resumeText, jobText);
      return {
        diff: "",
        editedText: resumeText,
        edits: [],
        gaps: report.requirements
          .filter((requirement) => requirement.verdict === "missing")
          .map((requirement) => ({
            kind: requirement.kind,
            requirement: requirement.text,
            verdict: requirement.verdict,
            reason: requirement.reason,
            suggestion: "not added: if you have this, add it yourself",
          })),
        verification: { supported: true, unsupported: [] },
      };
    },
    recommend: async (resumeText, jobs, options) => ({
      idealJob: {
        title: "Fake ideal job",
        seniority: "mid",
        essentialSkills: ["Python"],
        optionalSkills: [],
        summary: "Made by the fake engine.",
        source: "fake",
      },
      jobs: jobs
        .map((job) => ({
          job,
          score: fakeMatch(resumeText, `${job.title}\n${job.description}`).score ?? 0,
          reasons: [],
        }))
        .sort((left, right) => right.score - left.score)
        .slice(0, options.top),
    }),
  };
}

function fakeMatch(resumeText: string, jobText: string): MatchReport {
  const lowerResume = resumeText.toLowerCase();
  const requirements = jobText
    .split("\n")
    .filter((line) => line.trim().startsWith("-"))
    .map((line) => {
      const text = line.trim().slice(1).trim();
      const words = (text.toLowerCase().match(/[a-z]{3,}/g) ?? []).filter((word) => word !== "and");
      const positions = words.map((word) => lowerResume.indexOf(word));
      const met = words.length > 0 && positions.every((position) => position >= 0);
      const first = positions[0] ?? -1;
      const evidence =
        met && first >= 0
          ? [
              {
                start: first,
                end: first + (words[0]?.length ?? 0),
                quote: resumeText.slice(first, first + (words[0]?.length ?? 0)),
              },
            ]
          : [];
      return {
        kind: "required-skill" as const,
        text,
        verdict: met ? ("met" as const) : ("missing" as const),
        reason: met ? "all its words occur in the resume" : "not found in the resume",
        evidence,
      };
    });
  const metCount = requirements.filter((requirement) => requirement.verdict === "met").length;
  const score = requirements.length === 0 ? null : metCount / requirements.length;
  return {
    score,
    decision: score === null ? "unknown" : score >= 0.5 ? "match" : "no-match",
    threshold: 0.5,
    jobTitle: jobText.split("\n")[0]?.trim() ?? "",
    requirements,
    missingSkills: requirements.filter((item) => item.verdict === "missing").map((item) => item.text),
    partialSkills: [],
    experienceGap: { hasGap: false, yearsShort: 0, roles: [] },
    features: { metFraction: score ?? 0 },
    explanation: `${metCount} of ${requirements.length} requirements met.`,
    notes: [],
  };
}
