import { describe, expect, it } from "vitest";
import { linkPhrases } from "./phrase-linker.js";

/** A ranker stub that links every phrase it is asked about, so only the filters decide. */
const context = {
  rank: (phrase: string) => ({ skillId: `skill:${phrase.toLowerCase()}`, label: phrase, score: 0.9 }),
  skillness: () => 0,
  roleNouns: new Set(["manager", "lead", "analyst"]),
};

const linkedTexts = (text: string) => linkPhrases(text, [], context).map((mention) => mention.text);

describe("linkPhrases on whole documents", () => {
  it("skips the name line, contact details and field labels", () => {
    const linked = linkedTexts("Jane Doe\nEmail: jane@example.com\nPhone: 555-123-4567\nteam leadership");
    expect(linked).toEqual(["team leadership"]);
  });

  it("skips headings, organizations and job titles", () => {
    const linked = linkedTexts(
      "Work History\nProgram Manager, Contoso University\nseeking an experienced UI Lead\nbudget planning",
    );
    expect(linked).toEqual(["budget planning"]);
  });

  it("still links a capitalized two-word skill inside the document", () => {
    expect(linkedTexts("Summary\nbuilt things\nSkills: Data Analysis")).toContain("Data Analysis");
  });
});
