import { describe, expect, it } from "vitest";
import { parseResume } from "./parse-resume.js";
import type { Span } from "./types.js";

const referenceDate = new Date(Date.UTC(2024, 0, 15));
const parse = (text: string) => parseResume(text, { referenceDate });
const quote = (text: string, span: Span | undefined) => (span ? text.slice(span.start, span.end) : undefined);

const RJDB_STYLE = `

## Personal Information
Name: Azaria Watson
Email: azaria_watson@example.com

## Education
Bachelor's degree in Computer Engineering

## Skills
1. Analysis
2. Project Management
3. VMware

## Experience
1. Junior Systems Admin/Engineer (2019 - 2023)
2. SOC Security Analyst - SecureWorks Providence - RI (2014 - 2019)
3. Trade Floor Support Analyst III (2012 - 2013)
`;

const INDEED_STYLE = `Willard Bergnaum
Sales Engineer

Bangalore, Karnataka - Email me on Indeed: w@example.io

• 4 years of experience in software sales.

WORK EXPERIENCE

CES ASSOCIATE CONSULTANT

SAP ARIBA -

November 2016 to October 2017

• Responsible for supplier management.

SALES ENGINEER - CONCEPT TECHNOLOGY SOLUTION

-

January 2014 to November 2016

• Effective selling of CAD software.

EDUCATION

MCA in COMPUTER APPLICATION

Dayananda Sagar College of Engineering -  Bengaluru, Karnataka

2013

SKILLS

Lead generation (Less than 1 year), Customer Handling, cold calling
`;

describe("parseResume on an RJDB-style resume", () => {
  const parsed = parse(RJDB_STYLE);
  it("finds sections, contact fields (personal) and education", () => {
    expect(parsed.sections.map((section) => section.name)).toEqual([
      "contact",
      "education",
      "skills",
      "experience",
    ]);
    expect(parsed.basics.name).toMatchObject({ value: "Azaria Watson", personal: true });
    expect(parsed.basics.email?.value).toBe("azaria_watson@example.com");
    expect(parsed.education[0]).toMatchObject({ degree: "Bachelor's degree", field: "Computer Engineering" });
    expect(parsed.skills.map((skill) => skill.name)).toEqual(["Analysis", "Project Management", "VMware"]);
  });
  it("reads work entries with RJDB durations (end − start years)", () => {
    expect(parsed.work.map((entry) => [entry.title, entry.months / 12])).toEqual([
      ["Junior Systems Admin/Engineer", 4],
      ["SOC Security Analyst - SecureWorks Providence - RI", 5],
      ["Trade Floor Support Analyst III", 1],
    ]);
    expect(parsed.experience.totalMonths).toBe(10 * 12);
    expect(quote(RJDB_STYLE, parsed.work[0]?.dateSpan)).toBe("2019 - 2023");
  });
});

describe("parseResume on an Indeed-style resume (title, employer and dates on separate lines)", () => {
  const parsed = parse(INDEED_STYLE);
  it("reads stacked headers", () => {
    expect(parsed.work.map((entry) => [entry.title, entry.employer, entry.months])).toEqual([
      ["CES ASSOCIATE CONSULTANT", "SAP ARIBA", 12],
      ["SALES ENGINEER", "CONCEPT TECHNOLOGY SOLUTION", 35],
    ]);
  });
  it("finds the headline, the location, claims, degree, institution and skills", () => {
    expect(parsed.basics.name?.value).toBe("Willard Bergnaum");
    expect(parsed.basics.label?.value).toBe("Sales Engineer");
    expect(parsed.basics.location?.value).toBe("Bangalore, Karnataka");
    expect(parsed.experienceClaims.map((claim) => claim.years)).toEqual([4]);
    expect(parsed.education[0]).toMatchObject({
      degree: "MCA",
      field: "COMPUTER APPLICATION",
      institution: "Dayananda Sagar College of Engineering",
      year: 2013,
    });
    expect(parsed.skills.map((skill) => skill.name)).toEqual([
      "Lead generation",
      "Customer Handling",
      "cold calling",
    ]);
  });
});

describe("contact fields", () => {
  it("come from the head of the resume, not from later sections", () => {
    const parsed = parse("Ann Lee\nann@x.org\nAustin, Texas\n\n## Skills\nSQL, Python\n");
    expect(parsed.basics.location?.value).toBe("Austin, Texas");
    expect(parse("Ann Lee\nann@x.org\n\n## Skills\nSQL, Python\n").basics.location).toBeUndefined();
  });
});

describe("skill items", () => {
  it("cut lead-ins, qualifiers and duration tails; keep category lists", () => {
    const parsed = parse(
      "## Skills\n- Excellent communication skills\n- Proficient in SQL\n- Languages: Java, C++, Go\n- Analysis: Ability to analyze errors, logs and more.\n- Highly detail-oriented, enhancing work efficacy and reducing errors in every report\n",
    );
    expect(parsed.skills.map((skill) => skill.name)).toEqual([
      "communication skills",
      "SQL",
      "Java",
      "C++",
      "Go",
      "Analysis",
      "detail-oriented",
    ]);
  });
});

describe("wrapped skill lists", () => {
  it("join a comma list wrapped over lines and drop duration notes", () => {
    const parsed = parse(
      "SKILLS\n\nC++ (Less than 1 year), DATABASES (Less than 1 year), ECLIPSE (Less than 1 year), ESSBASE\n(Less than 1 year), HYPERION (Less than 1 year), python\n",
    );
    expect(parsed.skills.map((skill) => skill.name)).toEqual([
      "C++",
      "DATABASES",
      "ECLIPSE",
      "ESSBASE",
      "HYPERION",
      "python",
    ]);
  });
});

describe("flattened text (line breaks exported as runs of spaces)", () => {
  it("is reflowed for structure while spans still quote the original", () => {
    const text = `"Editor Resume  Emory Wiza  Phone: 65-337-55  Objective  Looking for a senior position.  Career Experience/Job History  2004-2007  Bay Journal  Editor  Edited incoming news.  Dec 2007  Present  Daily Mail  Deputy Editor  Supervised the desk.  Education  2003-2004  Masters in Mass Communication, Mediacom College."`;
    const parsed = parse(text);
    expect(parsed.sections.map((section) => section.name)).toEqual(["summary", "experience", "education"]);
    expect(parsed.work.map((entry) => quote(text, entry.dateSpan))).toEqual([
      "2004-2007",
      "Dec 2007  Present",
    ]);
    for (const entry of parsed.work) expect(quote(text, entry.titleSpan)).toBe(entry.title);
    expect(parsed.education[0]).toMatchObject({ degree: "Masters", field: "Mass Communication" });
  });
  it("decodes literal UTF-8 escapes: an escaped dash still joins a range", () => {
    const text =
      "Summary  A developer with many years of practice in shipping consumer software products for schools and homes.  WORK EXPERIENCE  Engineer, Edmark  January 1996 \\xe2\\x80\\x94 April 1998  \\xef\\x82\\xa7 Shipped 3 titles";
    const parsed = parse(text);
    expect(parsed.work.map((entry) => [entry.title, entry.employer, entry.months])).toEqual([
      ["Engineer", "Edmark", 28],
    ]);
    expect(quote(text, parsed.work[0]?.dateSpan)).toBe("January 1996 \\xe2\\x80\\x94 April 1998");
  });
});

describe("work entry header styles", () => {
  const titles = (text: string) =>
    parse(`## Experience\n${text}`).work.map((entry) => [entry.title, entry.employer ?? null]);
  it('"Title at Company (dates)" and "Title [Company] (dates)"', () => {
    expect(titles("Millwrights at Machinery International (2013 - 2018)")).toEqual([
      ["Millwrights", "Machinery International"],
    ]);
    expect(titles("* Neurologist [Cls Hospital] (2015 - 2019)")).toEqual([["Neurologist", "Cls Hospital"]]);
  });
  it("prose lead-ins: worked as, served as, N years as, the title after the dates", () => {
    expect(titles('Worked as Baker at "Sunshine Bakers", from 2014 to 2015, where I baked.')).toEqual([
      ["Baker", "Sunshine Bakers"],
    ]);
    expect(titles("- Served as a Postsecondary Teacher (2016 - 2019) where I lectured.")).toEqual([
      ["Postsecondary Teacher", null],
    ]);
    expect(titles("4. 4 fruitful years as a Windows Server Administrator (2006 - 2010).")).toEqual([
      ["Windows Server Administrator", null],
    ]);
    expect(
      titles("With my prior experience of 5 years (2016 - 2021) as a Sr Java Developer, I built apps."),
    ).toEqual([["Sr Java Developer", null]]);
  });
  it("dates first, labelled fields, and a title line above an employer line", () => {
    expect(titles("2. 2014 - 2017, Speech-Language Pathologist: provided therapies.")).toEqual([
      ["Speech-Language Pathologist", null],
    ]);
    expect(
      titles("Position: Developer (Core Java)\nOrganization: Confidential\nYears of service: 2016 - 2019"),
    ).toEqual([["Developer (Core Java)", "Confidential"]]);
    expect(titles("1. Role: Systems Analyst\n   Company: Acme Corp\n   Tenure: 2012 - 2016")).toEqual([
      ["Systems Analyst", "Acme Corp"],
    ]);
    expect(
      titles("Job Title: Payroll Clerk (2019 - 2022)\nRan payroll.\nTitle: Cashier (2017 - 2019)"),
    ).toEqual([
      ["Payroll Clerk", null],
      ["Cashier", null],
    ]);
    expect(titles("DataStage Lead\nReputable ICT Corporation, 2013 - 2018.")).toEqual([
      ["DataStage Lead", "Reputable ICT Corporation"],
    ]);
    expect(titles("Bakers\nXYZ Bakery\n2014 - 2018\n- Baked bread")).toEqual([["Bakers", "XYZ Bakery"]]);
  });
  it("common US layouts: pipes, bold titles, employer lines above or beside the title", () => {
    expect(titles("Senior Software Engineer | Google | Mountain View, CA        Jan 2019 – Present")).toEqual(
      [["Senior Software Engineer", "Google"]],
    );
    expect(titles("Software Engineer, Facebook — Menlo Park, CA\nJune 2015 – Dec 2018\n• Did Y")).toEqual([
      ["Software Engineer", "Facebook"],
    ]);
    expect(titles("**Data Scientist** — Netflix (2020–present)")).toEqual([["Data Scientist", "Netflix"]]);
    expect(titles("Acme Corp, Boston MA\nProduct Manager, 2016–2020\n- Led roadmap")).toEqual([
      ["Product Manager", "Acme Corp, Boston MA"],
    ]);
    expect(titles("Beta LLC\nAnalyst\n2012 - 2016")).toEqual([["Analyst", "Beta LLC"]]);
    expect(
      titles("ACME CORPORATION, New York, NY        2017 – 2021\nMarketing Director\n• Grew revenue"),
    ).toEqual([["Marketing Director", "ACME CORPORATION, New York, NY"]]);
  });
  it("consecutive 'Title at Company (dates)' lines stay separate entries", () => {
    expect(titles("Data Analyst at Acme Inc (Jan 2019 – Present)\nIntern at Beta (2017 - 2018)")).toEqual([
      ["Data Analyst", "Acme Inc"],
      ["Intern", "Beta"],
    ]);
  });
  it("several entries on one line", () => {
    expect(titles("Psychologist (2015 - 2017), Social Worker (2011 - 2015)").map(([title]) => title)).toEqual(
      ["Psychologist", "Social Worker"],
    );
  });
  it("no headings at all: dates anywhere anchor entries", () => {
    const parsed = parseResume("Ann Lee\nData Analyst, Acme Inc, Jan 2020 - Present\n", { referenceDate });
    expect(parsed.sections).toEqual([]);
    expect(parsed.work).toMatchObject([
      { title: "Data Analyst", employer: "Acme Inc", months: 49, end: "present" },
    ]);
  });
});

describe("large and hostile inputs", () => {
  it("stays linear: thousands of ranges on one line, a megabyte without spaces, a huge skills list", () => {
    const dates = parse(`## Experience\n${"Dev (2019 - 2020) ".repeat(20_000)}`);
    expect(dates.work).toHaveLength(20_000);
    expect(dates.experience.totalMonths).toBe(12);
    expect(parse("A".repeat(1_000_000)).work).toEqual([]);
    expect(parse(`## Skills\n${"Java, ".repeat(100_000)}`).skills).toHaveLength(100_000);
  });
});
