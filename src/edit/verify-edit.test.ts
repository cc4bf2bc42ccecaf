import { describe, expect, it } from "vitest";
import { verifyEdit } from "./verify-edit.js";

const ORIGINAL = `## Personal Information
Name: Ana Silva
Email: ana@example.com

## Education
Bachelor's degree in Computer Science

## Skills
- Python
- SQL
- Project management

## Experience
- Data Analyst at Acme Corp (2018 - 2021)
  Built SQL reports and Python scripts for the finance team.
- Junior Analyst at Beta Ltd (2016 - 2018)
`;

const kinds = (edited: string) =>
  verifyEdit(ORIGINAL, edited).unsupported.map((claim) => [claim.kind, claim.text]);

describe("verifyEdit", () => {
  it("accepts the original and a rewording of what it says", () => {
    expect(verifyEdit(ORIGINAL, ORIGINAL)).toEqual({ supported: true, unsupported: [] });
    const reworded = ORIGINAL.replace(
      "Built SQL reports and Python scripts for the finance team.",
      "Wrote Python scripts and SQL reports for finance.",
    ).replace("- SQL\n- Project management\n", "- Project management\n- SQL\n");
    expect(verifyEdit(ORIGINAL, reworded).supported).toBe(true);
  });

  it("catches an invented skill in the skills list and in prose", () => {
    expect(kinds(ORIGINAL.replace("- SQL\n", "- SQL\n- Kubernetes\n"))).toContainEqual([
      "skill",
      "Kubernetes",
    ]);
    expect(kinds(ORIGINAL.replace("Python scripts", "Python scripts on AWS Lambda"))).toContainEqual([
      "skill",
      "AWS",
    ]);
  });

  it("catches an invented employer and title", () => {
    const edited = ORIGINAL.replace("Data Analyst at Acme Corp", "Senior Data Scientist at Google");
    expect(kinds(edited)).toEqual(
      expect.arrayContaining([
        ["title", "Senior Data Scientist"],
        ["employer", "Google"],
      ]),
    );
  });

  it("catches invented dates and years of experience", () => {
    expect(kinds(ORIGINAL.replace("(2018 - 2021)", "(2015 - 2021)"))).toContainEqual(["date", "2015"]);
    // Both years appear in the original, but not as this period: the role is stretched.
    expect(kinds(ORIGINAL.replace("(2018 - 2021)", "(2016 - 2021)"))).toContainEqual(["date", "2016 - 2021"]);
    expect(kinds(ORIGINAL.replace("Built SQL", "With 10 years of experience, built SQL"))).toContainEqual([
      "years",
      "10 years",
    ]);
  });

  it("catches an invented degree", () => {
    const edited = ORIGINAL.replace(
      "Bachelor's degree in Computer Science",
      "Master's degree in Computer Science",
    );
    expect(kinds(edited)[0]).toEqual(["degree", "Master's degree in Computer Science"]);
  });

  it("gives each claim's span in the edited text", () => {
    const edited = ORIGINAL.replace("- SQL\n", "- SQL\n- Kubernetes\n");
    for (const claim of verifyEdit(ORIGINAL, edited).unsupported) {
      expect(edited.slice(claim.start, claim.end)).toBe(claim.text);
    }
  });
});
