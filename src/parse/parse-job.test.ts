import { describe, expect, it } from "vitest";
import { findExperienceRequirements } from "./experience-requirements.js";
import { parseJob } from "./parse-job.js";

const requirement = (sentence: string) => {
  const [found, ...rest] = findExperienceRequirements(sentence);
  expect(rest).toEqual([]);
  return found && { years: found.years, role: found.role, skill: found.skill };
};

describe("experience requirements: hyphenated counts, role-first lines, several roles", () => {
  const found = (sentence: string) =>
    findExperienceRequirements(sentence).map((item) => [item.years, item.role ?? item.skill ?? null]);
  it('"1-year experience as X", "Two-year …", "5-years of experience working as X"', () => {
    expect(found("1-year experience as a Payroll Clerk.")).toEqual([[1, "Payroll Clerk"]]);
    expect(found("Two-year experience as a Dental Assistant")).toEqual([[2, "Dental Assistant"]]);
    expect(found("5-years of experience working as a Lab Technician.")).toEqual([[5, "Lab Technician"]]);
    expect(found("Three-year work experience as an HVAC installer")).toEqual([[3, "HVAC installer"]]);
  });
  it('"in the capacity of a ROLE"', () => {
    expect(found("A minimum of 4 years in the capacity of a Payroll Clerk.")).toEqual([[4, "Payroll Clerk"]]);
  });
  it('"N years in a ROLE role", "ROLE with a minimum of N years"', () => {
    expect(found("4 years in a Senior Payroll Clerk role with a large firm")).toEqual([
      [4, "Senior Payroll Clerk"],
    ]);
    expect(found("Dental Hygienists with a minimum of 3 years' clinical experience.")).toEqual([
      [3, "Dental Hygienists"],
    ]);
  });
  it("generic words are no subject; clauses after the role are cut", () => {
    expect(found("At least 2 years of prior experience.")).toEqual([[2, null]]);
    expect(found("A minimum of 1 year experience in a similar capacity")).toEqual([[1, null]]);
    expect(found("3 years as a Preschool teacher executing learning programs")).toEqual([
      [3, "Preschool teacher"],
    ]);
    expect(found("2 years as a Welder in a shipyard")).toEqual([[2, "Welder"]]);
    expect(found("5 years of Java, as well as Python")).toEqual([[5, "Java"]]);
  });
  it('"ROLE: min N years"', () => {
    expect(found("Web Developer - React: min 3 years")).toEqual([[3, "Web Developer - React"]]);
    expect(found("Experience: 4 years")).toEqual([[4, null]]);
  });
  it("one requirement per role when a sentence names several", () => {
    expect(found("Atleast 2 years as a Line Cook and 3 years as a Delivery Driver")).toEqual([
      [2, "Line Cook"],
      [3, "Delivery Driver"],
    ]);
    expect(
      found('2 years as a Welder, 4 years as a "Pipe Fitter", and 1 year working as a Site Supervisor.'),
    ).toEqual([
      [2, "Welder"],
      [4, "Pipe Fitter"],
      [1, "Site Supervisor"],
    ]);
  });
});

describe("parseJob: every required-skills line yields a requirement", () => {
  const job = parseJob(
    "## Job title\nField Technician\n\n## Job Summary\nWe seek a Field Technician with 2 years of experience.\n\n" +
      "## Required Skills\n- Excellent physical fitness to carry equipment up ladders\n- Customer Service: calm and friendly with clients.\n" +
      "- Java, Spring, SQL\n- Proficiency with Agile methodology\n- Leadership abilities for coordinating, guiding and motivating crews\n\n" +
      "## Required Experience\n- At least 2 years as a Field Technician.\n",
  );
  it("prose lines whole, 'Name: description' as the name, lists as items", () => {
    expect(job.requiredSkills.map((skill) => skill.name)).toEqual([
      "Excellent physical fitness to carry equipment up ladders",
      "Customer Service",
      "Java",
      "Spring",
      "SQL",
      "Agile",
      "Leadership abilities for coordinating, guiding and motivating crews",
    ]);
  });
  it("a paragraph gives one requirement per sentence", () => {
    const paragraph = parseJob(
      "## Required Skills\nStrong bookkeeping is mandatory for this role. We need clear written communication with clients.\n",
    );
    expect(paragraph.requiredSkills.map((skill) => skill.name)).toEqual([
      "Strong bookkeeping is mandatory for this role",
      "We need clear written communication with clients",
    ]);
  });
  it('"would be a distinct advantage" makes a line preferred', () => {
    const preferred = parseJob("## Required Skills\n- SQL\n- Go would be a distinct advantage\n");
    expect(preferred.requiredSkills.map((skill) => skill.name)).toEqual(["SQL"]);
    expect(preferred.preferredSkills.map((skill) => skill.name)).toEqual(["Go"]);
  });
  it("experience restated in the summary is not a second requirement", () => {
    expect(job.experienceRequirements.map((item) => [item.years, item.role])).toEqual([
      [2, "Field Technician"],
    ]);
  });
});

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

describe("parseJob: a preferred-skills section", () => {
  it("gives the skill, not the marker, for lines that carry their own 'is a plus'", () => {
    const text =
      "## Preferred Skills\n- Experience with AWS is a plus\n- Knowledge of Terraform is nice to have\n- Rust, Haskell\n";
    const job = parseJob(text);
    expect(job.preferredSkills.map((skill) => skill.name)).toEqual(["AWS", "Terraform", "Rust", "Haskell"]);
    for (const skill of job.preferredSkills)
      expect(text.slice(skill.span.start, skill.span.end)).toBe(skill.name);
  });
});
