import { parseResume } from "../parse/parse-resume.js";
import type { GenerationContext } from "./generation-context.js";
import { roleSpan } from "./generation-context.js";
import type { ContextReduction } from "./reduce-context.js";
import type { TeacherDocuments } from "./teacher-steps.js";
import { containsPhrase, normalizeForMatch } from "./text-containment.js";

/** What a resume parser extracts that the gates use (src/parse's `parseResume` fits). */
export interface ResumeFacts {
  skills: { name: string }[];
  work: { title: string }[];
}
export type ResumeReader = (text: string) => ResumeFacts;

/** src/parse's resume parser as a gate reader; a parser failure falls back to text containment only. */
export const parsedResumeReader: ResumeReader = (text) => {
  try {
    return parseResume(text);
  } catch {
    return { skills: [], work: [] };
  }
};

export type GateResult = { ok: true } | { ok: false; reason: string; detail: string };

const pass: GateResult = { ok: true };
const fail = (reason: string, detail: string): GateResult => ({ ok: false, reason, detail });

function skillMentioned(text: string, facts: ResumeFacts | undefined, skill: string): boolean {
  const wanted = normalizeForMatch(skill);
  if (facts?.skills.some((item) => normalizeForMatch(item.name) === wanted)) return true;
  return containsPhrase(text, skill);
}

/**
 * Coverage gate: the matched resume mentions every context skill and role (with its years), the
 * unmatched one keeps what was kept and drops exactly what was removed.
 */
export function checkCoverage(
  context: GenerationContext,
  reduction: ContextReduction,
  documents: Pick<TeacherDocuments, "matchedResume" | "unmatchedResume" | "jobDescription">,
  readResume?: ResumeReader,
): GateResult {
  const matched = documents.matchedResume;
  const unmatched = documents.unmatchedResume;
  const matchedFacts = readResume?.(matched);
  const unmatchedFacts = readResume?.(unmatched);

  const missingInJd = context.skills.filter(
    (skill) => !containsPhrase(documents.jobDescription, skill.label),
  );
  if (missingInJd.length > 0)
    return fail("jd-missing-skill", missingInJd.map((skill) => skill.label).join("; "));
  const missing = context.skills.filter((skill) => !skillMentioned(matched, matchedFacts, skill.label));
  if (missing.length > 0)
    return fail("matched-missing-skill", missing.map((skill) => skill.label).join("; "));
  const missingRoles = context.experiences.filter((role) => !containsPhrase(matched, roleSpan(role)));
  if (missingRoles.length > 0) return fail("matched-missing-role", missingRoles.map(roleSpan).join("; "));

  const leaked = reduction.removedSkills.filter((skill) => skillMentioned(unmatched, unmatchedFacts, skill));
  if (leaked.length > 0) return fail("unmatched-kept-removed-skill", leaked.join("; "));
  const lost = reduction.keptSkills.filter((skill) => !skillMentioned(unmatched, unmatchedFacts, skill));
  if (lost.length > 0) return fail("unmatched-lost-kept-skill", lost.join("; "));
  const lostRoles = reduction.reducedExperiences.filter((role) => !containsPhrase(unmatched, roleSpan(role)));
  if (lostRoles.length > 0)
    return fail("unmatched-wrong-roles", `missing ${lostRoles.map(roleSpan).join("; ")}`);
  if (reduction.experienceChange !== "kept" && containsPhrase(unmatched, roleSpan(reduction.latestBefore))) {
    return fail("unmatched-wrong-roles", `still lists ${roleSpan(reduction.latestBefore)}`);
  }
  return pass;
}

/** The explanation names every removed skill (wording may differ: containment either way). */
export function checkExplanation(
  reduction: ContextReduction,
  explanation: TeacherDocuments["explanation"],
): GateResult {
  const named = [...explanation.missingSkills, explanation.explanation].join("\n");
  const unnamed = reduction.removedSkills.filter(
    (skill) =>
      !containsPhrase(named, skill) &&
      !explanation.missingSkills.some((item) => item.trim() !== "" && containsPhrase(skill, item)),
  );
  return unnamed.length === 0 ? pass : fail("explanation-missing-skill", unnamed.join("; "));
}

/** Matcher gate (pluggable): the matched resume must score above the unmatched one. */
export function checkMatcher(
  documents: Pick<TeacherDocuments, "matchedResume" | "unmatchedResume" | "jobDescription">,
  scorePair: ((jobDescription: string, resume: string) => number) | undefined,
): GateResult {
  if (!scorePair) return pass;
  const matched = scorePair(documents.jobDescription, documents.matchedResume);
  const unmatched = scorePair(documents.jobDescription, documents.unmatchedResume);
  return matched > unmatched
    ? pass
    : fail("matcher-disagrees", `matched ${matched.toFixed(3)} ≤ unmatched ${unmatched.toFixed(3)}`);
}
