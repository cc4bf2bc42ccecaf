import { describe, expect, it } from "vitest";
import { findExperienceRequirements } from "./experience-requirements.js";
import { parseJob } from "./parse-job.js";

const requirement = (sentence: string) => {
  const [found, ...rest] = findExperienceRequirements(sentence);
  expect(rest).toEqual([]);
  return found && { years: found.years, role: found.role, skill: found.skill };
};

describe("experience requirements: the phrasings job descriptions use", () => {
  it('"at least 5 years as X"', () => {
    expect(requirement("Has spent at least 4 years working as a Junior Systems Admin/Engineer.")).toEqual({
      years: 4,
      role: "Junior Systems Admin/Engineer",
      skill: undefined,
    });
  });
  it('"Minimum of 1 year as X"', () => {
    expect(requirement("Minimum of 1 year as a Trade Floor Support Analyst III")).toMatchObject({
      years: 1,
      role: "Trade Floor Support Analyst III",
    });
  });
  it('"Has previous experience as X for 5 years"', () => {
    expect(requirement("Has previous experience as an SOC Security Analyst for 5 years.")).toMatchObject({
      years: 5,
      role: "SOC Security Analyst",
    });
  });
  it('"five years" and "Four or more years" written as words', () => {
    expect(requirement("Five years of experience in project management.")).toMatchObject({
      years: 5,
      skill: "project management",
    });
    expect(
      requirement("Four or more years of practical exposure working as a Functional Analyst."),
    ).toMatchObject({
      years: 4,
      role: "Functional Analyst",
    });
  });
  it('"3+ years of …" skills, and "N years of X experience"', () => {
    expect(requirement("3+ years of experience with Python")).toMatchObject({ years: 3, skill: "Python" });
    expect(requirement("5 years of Java development experience")).toMatchObject({
      years: 5,
      skill: "Java development",
    });
  });
  it('"experience in <a role> for N Year" counts as a role', () => {
    expect(
      requirement("Has experience in Desktop Support Analyst in a role focused on Mac for 1 Year."),
    ).toMatchObject({
      years: 1,
      role: "Desktop Support Analyst",
    });
  });
  it("ignores years that are not requirements", () => {
    expect(findExperienceRequirements("We were founded 20 years ago.")).toEqual([]);
  });
});

const JOB = `Senior Data Engineer

About the role
We build data pipelines. You will own the platform.

Requirements:
- 5+ years of experience with Python
- At least 3 years as a Data Engineer
- Bachelor's degree in Computer Science or a related field
- SQL, Airflow, dbt
- Experience with Kafka is a plus

Nice to have
- Go, Rust

Responsibilities
- Design ETL jobs
- Mentor engineers
`;

describe("parseJob", () => {
  const job = parseJob(JOB);
  it("title, summary and responsibilities", () => {
    expect(job.title?.text).toBe("Senior Data Engineer");
    expect(job.summary?.text).toBe("We build data pipelines. You will own the platform.");
    expect(job.responsibilities.map((item) => item.text)).toEqual(["Design ETL jobs", "Mentor engineers"]);
  });
  it("required vs preferred skills (nice to have, a plus)", () => {
    expect(job.requiredSkills.map((skill) => skill.name)).toEqual(["Python", "SQL", "Airflow", "dbt"]);
    expect(job.preferredSkills.map((skill) => skill.name)).toEqual(["Kafka", "Go", "Rust"]);
  });
  it("experience and education requirements", () => {
    expect(job.experienceRequirements.map((item) => [item.years, item.role ?? item.skill])).toEqual([
      [5, "Python"],
      [3, "Data Engineer"],
    ]);
    expect(job.educationRequirements).toMatchObject([
      { degree: "Bachelor's degree", field: "Computer Science or a related field" },
    ]);
  });
  it("reads the RJDB layout (## Job title, ## Required Skills with explanations)", () => {
    const rjdb = parseJob(
      "## Job title\nJunior Admin\n\n## Job Summary\nWe hire.\n\n## Required Skills\n1. Analysis: Ability to analyze errors, logs and more.\n2. VMware: Experience in managing VMware.\n\n## Preferred Skills\n- Ansible\n\n## Required Experience\n1. Holds 1 year of experience as a Trade Floor Support Analyst III.\n",
    );
    expect(rjdb.title?.text).toBe("Junior Admin");
    expect(rjdb.requiredSkills.map((skill) => skill.name)).toEqual(["Analysis", "VMware"]);
    expect(rjdb.preferredSkills.map((skill) => skill.name)).toEqual(["Ansible"]);
    expect(rjdb.experienceRequirements).toMatchObject([
      { years: 1, role: "Trade Floor Support Analyst III" },
    ]);
  });
});
