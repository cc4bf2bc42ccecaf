import { describe, expect, it } from "vitest";
import { addressSpans, isNonSkillPhrase, nonSkillSpans, overlapsAny } from "./non-skill-spans.js";

const covered = (text: string, part: string) => {
  const start = text.indexOf(part);
  return overlapsAny(nonSkillSpans(text), start, start + part.length);
};

describe("nonSkillSpans", () => {
  const resume =
    "Jane Doe\njane.doe@example.com | +1 (555) 010-2233 | linkedin.com/in/janedoe\n\nWork History\n" +
    "Built REST APIs in Java.\nName: Sam Lee\nBachelor of Science in Nursing\n## Skills\nPython";

  it("covers the name line, contact line, headings, name fields and degree names", () => {
    expect(covered(resume, "Jane Doe")).toBe(true);
    expect(covered(resume, "linkedin")).toBe(true);
    expect(covered(resume, "Work History")).toBe(true);
    expect(covered(resume, "Sam Lee")).toBe(true);
    expect(covered(resume, "Science")).toBe(true);
    expect(covered(resume, "## Skills")).toBe(true);
  });

  it("leaves skill lines alone", () => {
    expect(covered(resume, "Built REST APIs in Java")).toBe(false);
    expect(covered(resume, "Python")).toBe(false);
    expect(covered("Skills: Java, Python", "Java")).toBe(false);
  });

  it("finds addresses and degree names for the dictionary filter", () => {
    const text =
      "see github.com/alexkim or mail a.kim@mail.org; Master of Arts; at Harbor Freight Logistics LLC";
    const found = addressSpans(text).map(([start, end]) => text.slice(start, end));
    expect(found).toEqual(
      expect.arrayContaining([
        "github.com/alexkim",
        "a.kim@mail.org",
        "Master of Arts",
        "Harbor Freight Logistics LLC",
      ]),
    );
  });
});

describe("isNonSkillPhrase", () => {
  it("rejects field labels, headings and organization names", () => {
    expect(isNonSkillPhrase("Email", true)).toBe(true);
    expect(isNonSkillPhrase("Responsibilities", false)).toBe(true);
    expect(isNonSkillPhrase("Loyola University Chicago", false)).toBe(true);
    expect(isNonSkillPhrase("Northwind Traders Inc", false)).toBe(true);
  });

  it("keeps skill phrases", () => {
    expect(isNonSkillPhrase("monitored patient vital signs", false)).toBe(false);
    expect(isNonSkillPhrase("project management", false)).toBe(false);
  });
});
