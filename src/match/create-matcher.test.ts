import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SkillgraphError } from "../core/errors.js";
import { createMatcher } from "./create-matcher.js";
import { matchReportSchema } from "./match-report.js";
import { SENIOR_TILE_SETTER_RESUME, TILE_SETTER_JOB, TILE_SETTER_RESUME } from "./test-documents.js";

const matcher = createMatcher({});

describe("createMatcher().match", () => {
  const report = matcher.match(TILE_SETTER_RESUME, TILE_SETTER_JOB);

  it("returns a report that validates against its schema", () => {
    expect(matchReportSchema.safeParse(report).success).toBe(true);
  });

  it("gives every requirement a verdict with evidence quoted from the resume", () => {
    const verdicts = Object.fromEntries(report.requirements.map((item) => [item.text, item.verdict]));
    expect(verdicts).toMatchObject({
      "Grouting and sealing": "met",
      "Blueprint reading": "met",
      "Customer service": "met",
      "Forklift operation": "missing",
      "High school diploma": "met",
    });
    for (const requirement of report.requirements) {
      for (const evidence of requirement.evidence) {
        expect(TILE_SETTER_RESUME.slice(evidence.start, evidence.end)).toBe(evidence.quote);
      }
    }
  });

  it("compares required years per role and says why", () => {
    const experience = report.requirements.find((item) => item.kind === "experience");
    expect(experience?.verdict).toBe("partial");
    expect(experience?.reason).toBe(
      "requires 5 years as tile setter; the resume shows 1 year, 2013–2014 (4 years short)",
    );
    expect(report.experienceGap).toMatchObject({ hasGap: true, yearsShort: 4 });
  });

  it("lists missing skills and explains without an LLM", () => {
    expect(report.missingSkills).toEqual(["Forklift operation"]);
    expect(report.explanation).toContain("Missing skills: Forklift operation");
    expect(report.explanation).toContain("4 years short");
  });

  it("scores the stronger resume higher, with a calibrated probability and a decision", () => {
    const strong = matcher.match(SENIOR_TILE_SETTER_RESUME, TILE_SETTER_JOB);
    expect(strong.score).not.toBeNull();
    expect(strong.score as number).toBeGreaterThan(report.score as number);
    expect(strong.decision).toBe("match");
    expect(report.decision).toBe("no-match");
  });

  it("never quotes the personal-information section as evidence", () => {
    const resume = `${TILE_SETTER_RESUME}\n`;
    const withName = matcher.match(resume, "## Required Skills\n- Sam Rivera\n");
    expect(withName.requirements[0]?.verdict).toBe("missing");
  });

  it("marks absent education as unknown, never met", () => {
    const resume = TILE_SETTER_RESUME.replace("## Education\nHigh School Diploma, Lincoln High School\n", "");
    const result = matcher.match(resume, TILE_SETTER_JOB);
    expect(result.requirements.find((item) => item.kind === "education")?.verdict).toBe("unknown");
  });

  it("reports a job with no requirements with an unknown score", () => {
    const result = matcher.match(TILE_SETTER_RESUME, "We are a friendly company in Lisbon.");
    expect(result.score).toBeNull();
    expect(result.decision).toBe("unknown");
    expect(result.notes.join(" ")).toContain("no requirements");
  });

  it("rejects an empty resume with a typed error", () => {
    expect(() => matcher.match("  \n ", TILE_SETTER_JOB)).toThrow(SkillgraphError);
    try {
      matcher.match("", TILE_SETTER_JOB);
    } catch (error) {
      expect((error as SkillgraphError).code).toBe("EMPTY_DOCUMENT");
    }
  });

  it("keeps scores in [0, 1] and evidence inside the resume for arbitrary extra text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (extra) => {
        const resume = `${TILE_SETTER_RESUME}\n${extra}`;
        const result = matcher.match(resume, TILE_SETTER_JOB);
        if (result.score !== null) expect(result.score).toBeGreaterThanOrEqual(0);
        if (result.score !== null) expect(result.score).toBeLessThanOrEqual(1);
        for (const requirement of result.requirements) {
          for (const evidence of requirement.evidence) {
            expect(evidence.end).toBeLessThanOrEqual(resume.length);
            expect(resume.slice(evidence.start, evidence.end)).toBe(evidence.quote);
          }
        }
      }),
      { numRuns: 30 },
    );
  });
});

describe("createMatcher().rank", () => {
  it("ranks candidates for a job, best first, parsing each document once", () => {
    const ranked = matcher.rank({ job: TILE_SETTER_JOB }, [
      { id: "junior.md", document: TILE_SETTER_RESUME },
      { id: "senior.md", document: SENIOR_TILE_SETTER_RESUME },
    ]);
    expect(ranked.map((entry) => [entry.rank, entry.id])).toEqual([
      [1, "senior.md"],
      [2, "junior.md"],
    ]);
    expect(matcher.prepareJob(TILE_SETTER_JOB)).toBe(matcher.prepareJob(TILE_SETTER_JOB));
  });

  it("ranks jobs for a resume", () => {
    const ranked = matcher.rank({ resume: SENIOR_TILE_SETTER_RESUME }, [
      { id: "chef", document: "## Job title\nChef\n## Required Skills\n- Knife skills\n- Menu planning\n" },
      { id: "tiles", document: TILE_SETTER_JOB },
    ]);
    expect(ranked[0]?.id).toBe("tiles");
  });
});
