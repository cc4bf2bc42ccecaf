import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseJob } from "./parse-job.js";
import { parseResume } from "./parse-resume.js";
import type { ParsedJob, ParsedResume, Span } from "./types.js";

/** Fragments that exercise headings, dates, labels and lists, glued with random text. */
const FRAGMENTS = [
  "## Experience",
  "WORK EXPERIENCE",
  "Skills:",
  "EDUCATION",
  "## Required Skills",
  "Nice to have",
  "Responsibilities",
  "Software Engineer at Acme Inc (2019 - 2023)",
  "- Worked as a Baker from 2014 to 2015, where I baked.",
  "Jan 2019 – Present",
  "03/2018 to date",
  "Jun '19 - '22",
  "in 2012-2013",
  "Position: Lead\nCompany: XYZ\nYears: 2010 - 2012",
  "Bachelor of Science in Physics, MIT, 2010",
  "B.E.",
  "Java, Python (Less than 1 year), SQL",
  "Name: Ann Lee",
  "ann@example.com",
  "+1 (555) 123-4567",
  "At least 5 years as a Data Engineer.",
  "3+ years of experience with Kafka is a plus",
  "Bachelor's degree in Computer Science",
  "4 years of experience",
  "Objective  Looking for a senior position as an editor in a large newsroom.  Career Experience/Job History  2004-2007  Bay Journal  Editor  Edited incoming news.  Dec 2007  Present  Daily Mail  Deputy Editor  Required Skills  Writing, Editing  \\xef\\x82\\xa7 Layout",
];

const documentText = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 20 })), { maxLength: 14 })
  .chain((parts) =>
    fc
      .array(fc.constantFrom("\n", "\n\n", " ", "\r\n", "\t"), {
        minLength: parts.length,
        maxLength: parts.length,
      })
      .map((separators) => parts.map((part, index) => part + (separators[index] ?? "")).join("")),
  );

function inside(text: string, span: Span): boolean {
  return Number.isInteger(span.start) && span.start >= 0 && span.start <= span.end && span.end <= text.length;
}

/** Every (value, span) pair a parsed resume quotes. */
function resumeQuotes(parsed: ParsedResume): Array<[string | undefined, Span | undefined]> {
  const { name, email, phone, url, location, label } = parsed.basics;
  return [
    ...[name, email, phone, url, location, label].map(
      (field) => [field?.value, field?.span] as [string | undefined, Span | undefined],
    ),
    ...parsed.work.flatMap(
      (entry) =>
        [
          [entry.title, entry.titleSpan],
          [entry.employer, entry.employerSpan],
          [entry.location, entry.locationSpan],
        ] as Array<[string | undefined, Span | undefined]>,
    ),
    ...parsed.education.flatMap(
      (entry) =>
        [
          [entry.degree, entry.degreeSpan],
          [entry.field, entry.fieldSpan],
          [entry.institution, entry.institutionSpan],
        ] as Array<[string | undefined, Span | undefined]>,
    ),
    ...parsed.skills.map((skill) => [skill.name, skill.span] as [string, Span]),
  ];
}

function resumeSpans(parsed: ParsedResume): Span[] {
  return [
    ...parsed.work.flatMap((entry) => [entry.span, entry.dateSpan]),
    ...parsed.education.flatMap((entry) => [entry.span, ...(entry.yearSpan ? [entry.yearSpan] : [])]),
    ...parsed.experienceClaims.map((claim) => claim.span),
    ...parsed.sections.map((section) => ({ start: section.start, end: section.end })),
  ];
}

function jobQuotes(job: ParsedJob): Array<[string | undefined, Span | undefined]> {
  return [
    [job.title?.text, job.title?.span],
    [job.summary?.text, job.summary?.span],
    ...[...job.requiredSkills, ...job.preferredSkills].map(
      (skill) => [skill.name, skill.span] as [string, Span],
    ),
    ...job.experienceRequirements.map(
      (requirement) =>
        [requirement.role ?? requirement.skill, requirement.subjectSpan] as [
          string | undefined,
          Span | undefined,
        ],
    ),
    ...job.educationRequirements.map((requirement) => [requirement.text, requirement.span] as [string, Span]),
    ...job.responsibilities.map((item) => [item.text, item.span] as [string, Span]),
  ];
}

describe("evidence spans (property)", () => {
  it("resume: every span lies inside the text and quotes its fact exactly", () => {
    fc.assert(
      fc.property(documentText, (text) => {
        const parsed = parseResume(text, { referenceDate: new Date(Date.UTC(2024, 0, 1)) });
        for (const span of resumeSpans(parsed)) expect(inside(text, span)).toBe(true);
        for (const [value, span] of resumeQuotes(parsed)) {
          if (value === undefined || span === undefined) continue;
          expect(inside(text, span)).toBe(true);
          expect(text.slice(span.start, span.end)).toBe(value);
        }
        for (const entry of parsed.work) expect(entry.months).toBeGreaterThanOrEqual(0);
        expect(parsed.experience.totalMonths).toBeLessThanOrEqual(
          parsed.work.reduce((sum, entry) => sum + entry.months, 0),
        );
      }),
      { numRuns: 300, seed: 42 },
    );
  });
  it("job: every span lies inside the text and quotes its fact exactly", () => {
    fc.assert(
      fc.property(documentText, (text) => {
        const job = parseJob(text);
        for (const requirement of job.experienceRequirements)
          expect(inside(text, requirement.span)).toBe(true);
        for (const [value, span] of jobQuotes(job)) {
          if (value === undefined || span === undefined) continue;
          expect(inside(text, span)).toBe(true);
          expect(text.slice(span.start, span.end)).toBe(value);
        }
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
