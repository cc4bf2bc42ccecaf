import { describe, expect, it } from "vitest";
import { matchExperienceRequirements } from "./experience-requirement.js";

const resume =
  "Tile Setter (2013 - 2014)\nCutting machine tender (2015 - 2018)\nMachine tool setter (2018 - 2021)\n";
const work = [
  { title: "Tile Setter", months: 12, span: { start: 0, end: 25 } },
  { title: "Cutting machine tender", months: 36, span: { start: 26, end: 62 } },
  { title: "Machine tool setter", months: 36, span: { start: 63, end: 96 } },
];

describe("matchExperienceRequirements", () => {
  it("is met, short or missing per required role, with the years in the reason", () => {
    const results = matchExperienceRequirements(
      [
        { role: "tile setter", years: 1 },
        { role: "cutting machine tender", years: 5 },
        { role: "crane operator", years: 2 },
      ],
      "",
      work,
      resume,
    );
    expect(results.map((result) => result.verdict)).toEqual(["met", "partial", "missing"]);
    expect(results[1]?.reason).toBe(
      "requires 5 years as cutting machine tender; the resume shows 3 years, 2015–2018 (2 years short)",
    );
    expect(results[2]?.reason).toContain("the resume shows no such role");
  });

  it("accepts any role when the requirement names no occupation", () => {
    const jobText = "4 years of experience in a similar position";
    const span = { start: 0, end: jobText.length };
    const [any] = matchExperienceRequirements([{ years: 4, span }], jobText, work, resume);
    expect(any?.verdict).toBe("met");
    expect(any?.reason).toContain("as any role");
    const named = "4 years of experience as a crane operator";
    const [crane] = matchExperienceRequirements(
      [{ years: 4, span: { start: 0, end: named.length } }],
      named,
      work,
      resume,
    );
    expect(crane?.verdict).toBe("missing");
  });

  it("is unknown when the resume has no work history", () => {
    const [result] = matchExperienceRequirements([{ role: "tile setter", years: 1 }], "", [], "");
    expect(result?.verdict).toBe("unknown");
  });

  it("credits a role to one requirement only", () => {
    const results = matchExperienceRequirements(
      [
        { role: "machine tool setter", years: 3 },
        { role: "tile setter", years: 3 },
      ],
      "",
      work,
      resume,
    );
    expect(results[0]?.resumeYears).toBe(3);
    expect(results[1]?.resumeYears).toBe(1);
  });

  it("counts a differently worded role of the same occupation when a normalizer says so", () => {
    const requirement = [{ role: "cook", years: 1 }];
    const chef = [{ title: "Chef de partie", months: 24, span: { start: 0, end: 14 } }];
    expect(matchExperienceRequirements(requirement, "", chef, "Chef de partie")[0]?.verdict).toBe("missing");
    const sameOccupation = (left: string, right: string) =>
      /cook|chef/i.test(left) && /cook|chef/i.test(right);
    const [result] = matchExperienceRequirements(requirement, "", chef, "Chef de partie", { sameOccupation });
    expect(result?.verdict).toBe("met");
    expect(result?.resumeYears).toBe(2);
  });
});
