import { describe, expect, it } from "vitest";
import { createMatcher } from "../match/create-matcher.js";
import { proposeEdits } from "./propose-edits.js";
import { unifiedDiff } from "./unified-diff.js";
import { verifyEdit } from "./verify-edit.js";

const JOB = `## Job title
Data Analyst

## Required Skills
- SQL
- Tableau
- Python
- Stakeholder communication

## Required Experience
- 3 years of experience as a Data Analyst
`;

const RESUME = `## Personal Information
Name: Ana Silva

## Skills
- Excel
- SQL

## Experience
Data Analyst, Acme Corp (2018 - 2021)
- Built Python scripts and dashboards in Tableau for the finance team.
`;

const matcher = createMatcher({});

describe("proposeEdits", () => {
  const proposal = proposeEdits(RESUME, JOB, { matcher });

  it("surfaces skills the roles show but the skills list leaves out, citing the resume", () => {
    const surfaced = proposal.edits.filter((edit) => edit.kind === "surface-skill");
    expect(surfaced.map((edit) => edit.after).sort()).toEqual(["Python", "Tableau"]);
    for (const edit of surfaced) {
      const cite = edit.cites[0];
      expect(cite && RESUME.slice(cite.start, cite.end)).toBe(cite?.quote);
      expect(cite?.quote).toContain(edit.after);
    }
  });

  it("puts the job's skills first", () => {
    expect(proposal.edits.some((edit) => edit.kind === "reorder-skills")).toBe(true);
    expect(proposal.editedText).toContain("## Skills\n- SQL\n- Excel\n");
  });

  it("never adds what the resume does not support and lists it as a gap instead", () => {
    expect(proposal.editedText).not.toMatch(/Stakeholder/);
    expect(proposal.gaps.map((gap) => gap.requirement)).toContain("Stakeholder communication");
    expect(verifyEdit(RESUME, proposal.editedText).supported).toBe(true);
    expect(proposal.verification.supported).toBe(true);
  });

  it("returns the change as a unified diff", () => {
    expect(proposal.diff).toContain("--- resume\n+++ resume (edited)\n@@");
    expect(proposal.diff).toContain("+- Python");
  });
});

describe("unifiedDiff", () => {
  it("is empty for equal texts and shows changed lines with context", () => {
    expect(unifiedDiff("a\nb", "a\nb")).toBe("");
    expect(unifiedDiff("a\nb\nc\n", "a\nB\nc\n")).toBe(
      "--- original\n+++ edited\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n",
    );
  });
});

describe("proposeEdits on an inline skills list", () => {
  it("extends the comma-separated line instead of appending bullets", () => {
    const resume = RESUME.replace("- Excel\n- SQL", "Excel, SQL, Git");
    const proposal = proposeEdits(resume, JOB, { matcher: createMatcher({}) });
    const added = proposal.edits.filter((edit) => edit.kind === "surface-skill").map((edit) => edit.after);
    expect(added.length).toBeGreaterThan(0);
    expect(proposal.editedText).toContain(`Excel, SQL, Git, ${added.join(", ")}\n`);
    expect(proposal.editedText.split("\n").length).toBe(resume.split("\n").length);
    expect(proposal.verification.supported).toBe(true);
  });
});
