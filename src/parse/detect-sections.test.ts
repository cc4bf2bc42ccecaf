import { describe, expect, it } from "vitest";
import { detectSections } from "./detect-sections.js";
import { sectionNameOf } from "./section-headings.js";

const names = (text: string) => detectSections(text).map((section) => [section.name, section.heading]);

describe("detectSections: heading styles", () => {
  it("markdown headings", () => {
    expect(names("## Skills\n- Java\n\n### Work Experience\nDev (2019 - 2020)")).toEqual([
      ["skills", "Skills"],
      ["experience", "Work Experience"],
    ]);
  });
  it("capitals, and a colon on its own line", () => {
    expect(names("PROFESSIONAL EXPERIENCE\nDev\n\nEducation:\nBSc")).toEqual([
      ["experience", "PROFESSIONAL EXPERIENCE"],
      ["education", "Education"],
    ]);
  });
  it("inline headings: the body starts after the colon", () => {
    const text = "Skills: Java, Python\nName: Ann\n\n## Education\nBSc";
    const [skills, ...rest] = detectSections(text);
    expect(rest.map((section) => section.name)).toEqual(["education"]);
    expect(skills?.name).toBe("skills");
    expect(text.slice(skills?.bodyStart, skills?.end).trim()).toBe("Java, Python\nName: Ann");
  });
  it("numbered, bold and underlined headings", () => {
    expect(
      names("1. Experience\nx\n\n**Skills & Abilities:**\ny\n\nEducation\n---------\nz").map(
        ([name]) => name,
      ),
    ).toEqual(["experience", "skills", "education"]);
  });
  it("bare title-case headings after a blank line, not wrapped prose lines", () => {
    expect(names("I led a team and gained\nExperience\n\nExperience\nDev")).toEqual([
      ["experience", "Experience"],
    ]);
    expect(names("managing the scope\nof project requirements\n\nSkills\nJava")).toEqual([
      ["skills", "Skills"],
    ]);
  });
  it("no headings at all → no sections", () => {
    expect(detectSections("Ann Lee\nDeveloper at Acme 2019 - 2023\nJava, SQL")).toEqual([]);
  });
  it("section spans: bodies end before the next heading, with trailing space trimmed", () => {
    const text = "## Skills\nJava\n\n## Education\nBSc";
    const [skills, education] = detectSections(text);
    expect(text.slice(skills?.start, skills?.end)).toBe("## Skills\nJava");
    expect(text.slice(education?.bodyStart, education?.end).trim()).toBe("BSc");
  });
});

describe("sectionNameOf", () => {
  it("maps heading vocabulary and rejects ordinary lines", () => {
    expect(sectionNameOf("Technical Skills")).toBe("skills");
    expect(sectionNameOf("Skills Summary")).toBe("skills");
    expect(sectionNameOf("Education & Qualifications")).toBe("education");
    expect(sectionNameOf("Nice to have")).toBe("preferred_skills");
    expect(sectionNameOf("Experience in Java")).toBeUndefined();
    expect(sectionNameOf("Project Management")).toBeUndefined();
  });
});
