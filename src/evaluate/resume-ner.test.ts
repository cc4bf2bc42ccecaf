import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { HAS_SHARED_DATA, sharedData } from "../../test/support/shared-data.js";
import { parseAnnotatedResumeXml } from "./annotated-resume-xml.js";
import { evaluateResumeNer, readAnnotatedResumeZip } from "./resume-ner.js";

const XML = `<?xml version="1.0" encoding="UTF-8"?>
<cv>
<label type="Name">Ann Lee</label>
<label type="Designation">Data Analyst</label>

WORK EXPERIENCE

<label type="Designation">Data Analyst</label>

<label type="Companies worked at">Acme &amp; Sons</label> -

<label type="Years of Experience">May 2017 to Present</label>

EDUCATION

<label type="Degree">B.Sc in Physics</label>

SKILLS

<label type="Tech Tools">SQL</label>, <label type="Soft Skills">Leadership</label>, Cooking
</cv>`;

describe("parseAnnotatedResumeXml", () => {
  it("strips tags, decodes entities once and keeps gold offsets on the plain text", () => {
    const document = parseAnnotatedResumeXml(XML, "a.xml");
    expect(document.text).not.toContain("<");
    expect(document.text).toContain("Acme & Sons");
    const quoted = document.spans.map((span) => [span.type, document.text.slice(span.start, span.end)]);
    expect(quoted).toContainEqual(["Companies worked at", "Acme & Sons"]);
    expect(quoted).toContainEqual(["Degree", "B.Sc in Physics"]);
    expect(parseAnnotatedResumeXml("<cv>&amp;amp;</cv>").text).toBe("&amp;");
  });
  it("rejects broken annotation", () => {
    expect(() => parseAnnotatedResumeXml("<cv><label type='x'>a</cv>", "b.xml")).toThrow(/b\.xml/);
  });
});

describe("evaluateResumeNer", () => {
  const folder = mkdtempSync(join(tmpdir(), "skillgraph-ner-"));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  it("scores overlap F1 per label on a fixture zip", () => {
    const zip = join(folder, "cvs.zip");
    writeFileSync(zip, zipSync({ "cvs/1.xml": strToU8(XML), "cvs/README.txt": strToU8("not a resume") }));
    const documents = readAnnotatedResumeZip(zip);
    expect(documents).toHaveLength(1);
    const { n, metrics } = evaluateResumeNer(documents, { referenceDate: new Date(Date.UTC(2024, 0, 1)) });
    expect(n).toBe(1);
    expect(metrics.recall_designation).toBe(1);
    expect(metrics.precision_designation).toBe(1);
    expect(metrics.f1_companies_worked_at).toBe(1);
    expect(metrics.f1_years_of_experience).toBe(1);
    expect(metrics.f1_degree).toBe(1);
    // Predicted SQL, Leadership, Cooking; gold SQL, Leadership.
    expect(metrics.recall_skills).toBe(1);
    expect(metrics.precision_skills).toBeCloseTo(2 / 3);
    expect(metrics.f1_skills).toBeCloseTo(0.8);
  });
  it("a file that is not a zip is a BAD_ARCHIVE input error", () => {
    const path = join(folder, "not.zip");
    writeFileSync(path, "hello");
    expect(() => readAnnotatedResumeZip(path)).toThrow(expect.objectContaining({ code: "BAD_ARCHIVE" }));
  });
});

describe.skipIf(!HAS_SHARED_DATA)("evaluateResumeNer on the Dotin resumes", () => {
  it("reads all 310 resumes and reports every metric in [0, 1]", () => {
    const documents = readAnnotatedResumeZip(sharedData("resumes/dotin/545_cvs_train_v2.zip"));
    expect(documents.length).toBe(310);
    const { metrics } = evaluateResumeNer(documents);
    expect(Object.keys(metrics)).toHaveLength(15);
    for (const value of Object.values(metrics)) expect(value).toBeGreaterThanOrEqual(0);
    for (const value of Object.values(metrics)) expect(value).toBeLessThanOrEqual(1);
    expect(metrics.f1_years_of_experience).toBeGreaterThan(0.3);
  });
});
