import type { TextSpan } from "./evidence-index.js";
import type { Evidence, RequirementResult } from "./match-report.js";
import { contentTokens, forEachStem, stemsAgree } from "./text-tokens.js";
import { titleSimilarity, titleStems } from "./title-similarity.js";

/** A resume work entry (the shape `parseResume` returns). */
export interface WorkEntryFacts {
  title: string;
  employer?: string | undefined;
  months: number;
  span: TextSpan;
  titleSpan?: TextSpan | undefined;
}

/** A job's experience requirement (the shape `parseJob` returns). */
export interface ExperienceRequirementFacts {
  role?: string | undefined;
  skill?: string | undefined;
  years?: number | null | undefined;
  span?: TextSpan | undefined;
}

export interface ExperienceMatchOptions {
  /** Title similarity at which a resume role counts as the required role. Default 0.5. */
  minTitleSimilarity?: number;
  /** Years the resume may fall short and still meet a requirement (rounding of dates). Default 0.25. */
  toleranceYears?: number;
  /** Precomputed `requirementRoleStems` of each requirement (job side, computed once). */
  roleStems?: string[][];
  /** Precomputed title stems of each work entry (resume side, computed once). */
  entryStems?: string[][];
  /**
   * Optional: true when two titles normalize to the same occupation (skills/ title normalizer).
   * A role whose words differ but whose occupation is the same then counts as the required role.
   */
  sameOccupation?: (required: string, resumeTitle: string) => boolean;
}

/** Weight of a match on the role's head only ("Director" for "Director - Business Development - Dice"). */
const HEAD_WEIGHT = 0.7;
const HEAD_MEMO = new Map<string, string[]>();

/**
 * Title stems of a role's head: the words before its first qualifier (" - ", "(", ",", "|", ":").
 * Postings qualify roles that resumes state plainly. Empty when the role has no qualifier.
 */
export function roleHeadStems(role: string): string[] {
  const memo = HEAD_MEMO.get(role);
  if (memo) return memo;
  const cut = /\s+[-–—|]\s+|\s*[(,:]/.exec(role);
  const stems = cut && cut.index > 0 ? titleStems(role.slice(0, cut.index)) : [];
  if (HEAD_MEMO.size > 10_000) HEAD_MEMO.clear();
  HEAD_MEMO.set(role, stems);
  return stems;
}

/** Title stems of the role an experience requirement names (empty when it names only a skill). */
export function requirementRoleStems(requirement: ExperienceRequirementFacts, jobText: string): string[] {
  if (!requirement.role && requirement.skill) return [];
  return titleStems(requirement.role ?? requirementText(requirement, jobText));
}

/** An experience verdict plus the figures the score model reads. */
export interface ExperienceRequirementResult extends RequirementResult {
  requiredYearsValue: number | null;
  resumeYearsValue: number | null;
  titleMatch: number;
}

/**
 * Judge every experience requirement. Each resume role is credited to the requirement whose title
 * it resembles most, so one role cannot satisfy two different required roles.
 */
export function matchExperienceRequirements(
  requirements: ExperienceRequirementFacts[],
  jobText: string,
  work: WorkEntryFacts[],
  resumeText: string,
  options: ExperienceMatchOptions = {},
): ExperienceRequirementResult[] {
  const minSimilarity = options.minTitleSimilarity ?? 0.5;
  const tolerance = options.toleranceYears ?? 0.25;
  const roleStems =
    options.roleStems ?? requirements.map((requirement) => requirementRoleStems(requirement, jobText));
  const entryStems = options.entryStems ?? work.map((entry) => titleStems(entry.title));
  const similarity = requirements.map((requirement, r) =>
    work.map((entry, e) => {
      let value = titleSimilarity(roleStems[r] ?? [], entryStems[e] ?? []);
      if (value < minSimilarity && requirement.role) {
        const head = roleHeadStems(requirement.role);
        if (head.length > 0)
          value = Math.max(value, HEAD_WEIGHT * titleSimilarity(head, entryStems[e] ?? []));
      }
      if (value >= minSimilarity || !options.sameOccupation || !requirement.role) return value;
      return options.sameOccupation(requirement.role, entry.title) ? minSimilarity : value;
    }),
  );
  // A requirement that names no role or skill ("We seek someone with 2 years of experience …")
  // competes for no role; it is credited with the roles its sentence names (checked below).
  const vague = requirements.map((requirement) => !requirement.role && !requirement.skill);
  // A role that names no occupation ("in an undefined role", "in a similar position") accepts any role.
  const anyRole = requirements.map(
    (requirement, r) =>
      !requirement.skill &&
      (roleStems[r] ?? []).length > 0 &&
      (roleStems[r] ?? []).every((stem) => GENERIC_ROLE_STEMS.has(stem)),
  );
  // Each role goes to the requirement it resembles most — and to any other about as close (a job
  // that states the same role twice), so one role cannot satisfy two different required roles.
  const assigned: number[][] = requirements.map(() => []);
  work.forEach((_entry, e) => {
    const values = similarity.map((row, r) => (vague[r] || anyRole[r] ? 0 : (row[e] ?? 0)));
    const best = Math.max(0, ...values);
    if (best < minSimilarity) return;
    values.forEach((value, r) => {
      if (value >= Math.max(minSimilarity, best - 0.05)) assigned[r]?.push(e);
    });
  });
  return requirements.map((requirement, r) => {
    const text = requirementText(requirement, jobText);
    const years = requirement.years ?? null;
    const base = {
      kind: "experience" as const,
      text,
      ...(requirement.span ? { jobSpan: { start: requirement.span.start, end: requirement.span.end } } : {}),
      ...(years !== null ? { requiredYears: years } : {}),
    };
    const wanted = anyRole[r] ? "any role" : (requirement.role ?? requirement.skill ?? text);
    const skillOnly = !requirement.role && requirement.skill !== undefined;
    // Roles credited: those as close to the required title as the closest one (a "Machine tool
    // cutter" role does not add years to a "Cutting machine operator" requirement).
    const closest = Math.max(0, ...(assigned[r] ?? []).map((e) => similarity[r]?.[e] ?? 0));
    const entries = skillOnly
      ? entriesMentioning(requirement.skill ?? "", work, resumeText)
      : anyRole[r]
        ? work
        : vague[r]
          ? work.filter((_entry, e) => containedShare(entryStems[e] ?? [], roleStems[r] ?? []) >= 0.8)
          : (assigned[r] ?? [])
              .filter((e) => (similarity[r]?.[e] ?? 0) >= closest - 0.1)
              .map((e) => work[e])
              .filter((entry) => entry !== undefined);
    const titleMatch = skillOnly ? (entries.length > 0 ? 1 : 0) : Math.max(0, ...(similarity[r] ?? []));
    if (work.length === 0) {
      return {
        ...base,
        verdict: "unknown" as const,
        reason: "the resume lists no work history to compare",
        evidence: [],
        requiredYearsValue: years,
        resumeYearsValue: null,
        titleMatch: 0,
      };
    }
    if (entries.length === 0) {
      const asked = years !== null ? `${formatYears(years)} as ${wanted}` : `experience as ${wanted}`;
      return {
        ...base,
        verdict: "missing" as const,
        reason: `requires ${asked}; the resume shows no such role`,
        evidence: [],
        requiredYearsValue: years,
        resumeYearsValue: 0,
        titleMatch,
      };
    }
    const months = entries.reduce((sum, entry) => sum + Math.max(0, entry.months), 0);
    const resumeYears = Math.round((months / 12) * 10) / 10;
    const evidence: Evidence[] = entries.map((entry) => {
      const span = entry.span;
      return { start: span.start, end: span.end, quote: resumeText.slice(span.start, span.end) };
    });
    const periods = entries
      .map((entry) => periodOf(resumeText.slice(entry.span.start, entry.span.end)))
      .filter(Boolean);
    const shows = `the resume shows ${formatYears(resumeYears)}${periods.length > 0 ? `, ${periods.join(", ")}` : ""}`;
    const dated = entries.some((entry) => entry.months > 0);
    let verdict: "met" | "partial" | "unknown";
    let reason: string;
    if (years === null) {
      verdict = "met";
      reason = `requires experience as ${wanted}; ${shows}`;
    } else if (!dated) {
      verdict = "unknown";
      reason = `requires ${formatYears(years)} as ${wanted}; the resume has the role but no dates`;
    } else if (resumeYears + tolerance >= years) {
      verdict = "met";
      reason = `requires ${formatYears(years)} as ${wanted}; ${shows}`;
    } else {
      verdict = "partial";
      reason = `requires ${formatYears(years)} as ${wanted}; ${shows} (${formatYears(
        Math.round((years - resumeYears) * 10) / 10,
      )} short)`;
    }
    return {
      ...base,
      verdict,
      reason,
      evidence,
      resumeYears,
      requiredYearsValue: years,
      resumeYearsValue: dated ? resumeYears : null,
      titleMatch,
    };
  });
}

/** Title stems that name no occupation: "role", "position", "similar", "related field", … */
const GENERIC_ROLE_STEMS = new Set(
  titleStems(
    "role roles position positions job jobs field fields area areas capacity similar identical same related " +
      "relevant equivalent comparable undefined any other unspecified industry domain function",
  ),
);

/** Share of `inner` stems found among `outer` stems. */
function containedShare(inner: string[], outer: string[]): number {
  if (inner.length === 0) return 0;
  return inner.filter((stem) => outer.some((other) => stemsAgree(stem, other))).length / inner.length;
}

function requirementText(requirement: ExperienceRequirementFacts, jobText: string): string {
  if (requirement.span) return cleanLine(jobText.slice(requirement.span.start, requirement.span.end));
  const years = requirement.years ? `${requirement.years} years ` : "";
  return `${years}${requirement.role ?? requirement.skill ?? "experience"}`.trim();
}

function cleanLine(text: string): string {
  return text.replace(/^\s*(?:[-*•]|\d{1,2}[.)])?\s*/, "").trim();
}

function entriesMentioning(skill: string, work: WorkEntryFacts[], resumeText: string): WorkEntryFacts[] {
  const stems = contentTokens(skill).map((token) => token.stem);
  if (stems.length === 0) return [];
  return work.filter((entry) => {
    const entryStems = distinctStems(resumeText, entry.span);
    let found = 0;
    for (const stem of stems) {
      for (const other of entryStems) {
        if (stemsAgree(other, stem)) {
          found++;
          break;
        }
      }
    }
    return found / stems.length >= 0.6;
  });
}

/** The distinct content stems of a span of the resume (memoized per resume and span). */
function distinctStems(resumeText: string, span: TextSpan): string[] {
  return spanMemo(spanStems, resumeText, span, (text) => {
    const distinct = new Set<string>();
    forEachStem(text, true, (stem) => distinct.add(stem));
    return [...distinct];
  });
}

/**
 * `compute(resumeText.slice(span))`, memoized for the last resume seen (a pair asks about the
 * same roles once per skill requirement).
 */
function spanMemo<T>(
  memo: Map<string, Map<string, T>>,
  resumeText: string,
  span: TextSpan,
  compute: (text: string) => T,
): T {
  let bySpan = memo.get(resumeText);
  if (bySpan === undefined) {
    memo.clear();
    bySpan = new Map();
    memo.set(resumeText, bySpan);
  }
  const key = `${span.start}:${span.end}`;
  let value = bySpan.get(key);
  if (value === undefined) {
    value = compute(resumeText.slice(span.start, span.end));
    bySpan.set(key, value);
  }
  return value;
}

const spanStems = new Map<string, Map<string, string[]>>();

function periodOf(text: string): string {
  const match = /((?:19|20)\d{2})\s*(?:[-–—]|to)\s*((?:19|20)\d{2}|present|current|now)/i.exec(text);
  return match ? `${match[1]}–${match[2]}` : "";
}

/** "1 year", "2.5 years". */
export function formatYears(years: number): string {
  return `${years} year${years === 1 ? "" : "s"}`;
}
