import { describe, expect, it } from "vitest";
import { nameKey, sameSkillName, titleHead, titleMatches, titleOrHeadMatches } from "./name-match.js";
import { porterStem } from "./porter-stem.js";

describe("porterStem", () => {
  it("reduces inflections and derivations to one stem", () => {
    expect(["manage", "managing", "management", "managed"].map(porterStem)).toEqual([
      "manag",
      "manag",
      "manag",
      "manag",
    ]);
    expect(["projects", "project"].map(porterStem)).toEqual(["project", "project"]);
    expect(porterStem("relational")).toBe("relat");
    expect(porterStem("caresses")).toBe("caress");
    expect(porterStem("ponies")).toBe("poni");
    expect(porterStem("hopping")).toBe("hop");
    expect(porterStem("generalization")).toBe("gener");
  });
  it("leaves short words and non-letters alone", () => {
    expect(porterStem("go")).toBe("go");
    expect(porterStem("c++")).toBe("c++");
  });
});

describe("sameSkillName: same words up to stemming and order", () => {
  it("accepts reorderings and inflections", () => {
    expect(sameSkillName("Project Management", "management of projects")).toBe(true);
    expect(sameSkillName("Project Management", "managing projects")).toBe(true);
    expect(sameSkillName("manage projects", "project management")).toBe(true);
    expect(sameSkillName("Customer Service", "customer services")).toBe(true);
    expect(sameSkillName("CPR & First Aid", "First Aid and CPR")).toBe(true);
    expect(sameSkillName("Communication Skills", "communication")).toBe(true);
    expect(sameSkillName("Knowledge of Safety Procedures", "safety procedures")).toBe(true);
  });
  it("rejects different skills that share letters or words", () => {
    expect(sameSkillName("Java", "JavaScript")).toBe(false);
    expect(sameSkillName("C", "C++")).toBe(false);
    expect(sameSkillName("C#", "C")).toBe(false);
    expect(sameSkillName("Data Analysis", "Data")).toBe(false);
    expect(sameSkillName("SQL", "PostgreSQL")).toBe(false);
    expect(sameSkillName("", "")).toBe(false);
  });
  it("keys are order-free and stopword-free", () => {
    expect(nameKey("The Management of Projects")).toBe(nameKey("project management"));
  });
});

describe("title rules", () => {
  it("whole titles: equal words, a few extra words, or a cut-off qualifier", () => {
    expect(titleMatches("Archivists", "Archivist")).toBe(true);
    expect(
      titleMatches("Social sciences teachers, postsecondary", "Postsecondary Social Sciences Teacher"),
    ).toBe(true);
    expect(titleMatches("SOC Analyst - SecureWorks, RI", "SOC Analyst - SecureWorks - RI")).toBe(true);
    expect(titleMatches("Lead DevOps Engineer", "Lead DevOps Engineer contributing to a dynamic team")).toBe(
      true,
    );
    expect(titleMatches("Nurse", "Registered nurse working nights in a busy hospital ward")).toBe(false);
    expect(titleMatches("Software Engineer", "Engineer")).toBe(false);
    expect(titleMatches("Java Developer", "JavaScript Developer")).toBe(false);
  });
  it("the head of a gold title drops its qualifier", () => {
    expect(titleHead("Salesforce Developer (10+ exp must)")).toBe("Salesforce Developer");
    expect(titleHead("Architecture teachers, postsecondary")).toBe("Architecture teachers");
    expect(titleHead("Help Desk Analyst")).toBeUndefined();
    expect(titleOrHeadMatches("Salesforce Developer (10+ exp must)", "Salesforce Developer")).toBe(true);
    expect(titleMatches("Salesforce Developer (10+ exp must)", "Salesforce Developer")).toBe(false);
    expect(titleOrHeadMatches("Data Engineer - Remote", "Data Analyst")).toBe(false);
  });
});
