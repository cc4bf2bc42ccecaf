import type { TextSpan } from "./evidence-index.js";
import type { RequirementResult } from "./match-report.js";
import { contentTokens, stemsAgree } from "./text-tokens.js";

const LEVELS: Array<[number, string, RegExp]> = [
  [5, "doctorate", /\b(?:ph\.?\s?d|doctor(?:ate|al)?|d\.?phil|m\.?d\.?|ed\.?d)\b/i],
  [4, "master's degree", /\b(?:master'?s?|m\.?sc?|m\.?b\.?a|m\.?eng|m\.?a\.?|mphil|postgraduate)\b/i],
  [
    3,
    "bachelor's degree",
    /\b(?:bachelor'?s?|b\.?sc?|b\.?a\.?|b\.?eng|b\.?tech|undergraduate|college degree|university degree)\b/i,
  ],
  [
    2,
    "associate degree",
    /\b(?:associate'?s?(?: degree)?|diploma|certificat(?:e|ion)|vocational|apprenticeship)\b/i,
  ],
  [1, "high school", /\b(?:high school|secondary school|ged|a-levels?)\b/i],
];

/** Degree level named in a text: 1 high school … 5 doctorate; 0 when none is named. */
export function degreeLevel(text: string): number {
  for (const [level, , pattern] of LEVELS) if (pattern.test(text)) return level;
  return /\bdegree\b/i.test(text) ? 3 : 0;
}

function levelName(level: number): string {
  return LEVELS.find(([value]) => value === level)?.[1] ?? "a degree";
}

const FIELD_FILLER = new Set([
  "degree",
  "bachelor",
  "master",
  "doctorate",
  "diploma",
  "field",
  "equivalent",
  "similar",
  "discipline",
  "university",
  "college",
  "school",
  "high",
  "graduate",
  "preferably",
  "science",
]);

/** Judge one education requirement against the resume's education entries. */
export function matchEducationRequirement(
  requirement: { text: string; span?: TextSpan },
  education: Array<{ span: TextSpan }>,
  resumeText: string,
): RequirementResult & { credit: number } {
  const text = requirement.text.trim();
  const base = {
    kind: "education" as const,
    text,
    ...(requirement.span ? { jobSpan: { start: requirement.span.start, end: requirement.span.end } } : {}),
  };
  if (education.length === 0) {
    return {
      ...base,
      verdict: "unknown",
      reason: "the resume states no education",
      evidence: [],
      credit: 0.5,
    };
  }
  const requiredLevel = degreeLevel(text);
  const fieldStems = contentTokens(text)
    .filter((token) => !FIELD_FILLER.has(token.word) && degreeLevel(token.word) === 0)
    .map((token) => token.stem);
  let best = { score: -1, index: 0, level: 0, fieldShare: 0 };
  education.forEach((entry, index) => {
    const entryText = resumeText.slice(entry.span.start, entry.span.end);
    const level = degreeLevel(entryText);
    const entryStems = contentTokens(entryText).map((token) => token.stem);
    const found = fieldStems.filter((stem) => entryStems.some((other) => stemsAgree(stem, other))).length;
    const fieldShare = fieldStems.length === 0 ? 1 : found / fieldStems.length;
    const score = (level >= requiredLevel ? 1 : 0) + fieldShare;
    if (score > best.score) best = { score, index, level, fieldShare };
  });
  const entry = education[best.index];
  const evidence = entry
    ? [
        {
          start: entry.span.start,
          end: entry.span.end,
          quote: resumeText.slice(entry.span.start, entry.span.end).trim(),
        },
      ]
    : [];
  const levelOk = requiredLevel === 0 || best.level >= requiredLevel;
  const fieldOk = best.fieldShare >= 0.5;
  if (levelOk && fieldOk) {
    return { ...base, verdict: "met", reason: "the resume's education meets it", evidence, credit: 1 };
  }
  if (best.level === 0 && requiredLevel > 0 && fieldOk) {
    return {
      ...base,
      verdict: "unknown",
      reason: "the resume names the field but not the degree level",
      evidence,
      credit: 0.5,
    };
  }
  if (levelOk || fieldOk) {
    const lacking = levelOk ? "in a different field" : `below the required ${levelName(requiredLevel)}`;
    return {
      ...base,
      verdict: "partial",
      reason: `the resume's education is ${lacking}`,
      evidence,
      credit: 0.5,
    };
  }
  return {
    ...base,
    verdict: "missing",
    reason: `requires ${levelName(requiredLevel)}; the resume's education is lower and in another field`,
    evidence,
    credit: 0,
  };
}
