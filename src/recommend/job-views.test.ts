import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadJobViews } from "./job-views-data.js";
import { splitJobViews } from "./job-views-split.js";

const FIXTURE = join(import.meta.dirname, "test-fixtures/job-views");

describe("loadJobViews", () => {
  it("reads the three CSVs with validated rows", () => {
    const data = loadJobViews(FIXTURE);
    expect(data.jobs.get("j0")?.title).toBe("Line Cook");
    expect(data.applicants.get("a0")?.experiences[0]?.title).toBe("Cook");
    expect(data.applicants.get("a3")?.interests).toEqual(["Payroll Clerk"]);
    expect(data.views.length).toBe(72);
  });

  it("reports a missing file as bad input", () => {
    expect(() => loadJobViews(join(FIXTURE, "missing"))).toThrow(/Job_Views.csv not found/);
  });
});

describe("splitJobViews", () => {
  const data = loadJobViews(FIXTURE);
  const examples = splitJobViews(data, { seed: 3 });

  it("puts each applicant's later views in test, after every training view", () => {
    const timeOf = new Map(data.views.map((view) => [`${view.applicantId}/${view.jobId}`, view.time]));
    for (const applicantId of new Set(examples.map((example) => example.applicantId))) {
      const positives = examples.filter(
        (example) => example.applicantId === applicantId && example.label === 1,
      );
      const trainTimes = positives
        .filter((e) => e.split === "train")
        .map((e) => timeOf.get(`${applicantId}/${e.jobId}`) ?? 0);
      const testTimes = positives
        .filter((e) => e.split === "test")
        .map((e) => timeOf.get(`${applicantId}/${e.jobId}`) ?? 0);
      expect(testTimes.length).toBeGreaterThan(0);
      if (trainTimes.length > 0)
        expect(Math.min(...testTimes)).toBeGreaterThanOrEqual(Math.max(...trainTimes));
      expect(
        positives.filter((e) => e.split === "test").every((e) => e.cold === (trainTimes.length === 0)),
      ).toBe(true);
    }
  });

  it("samples negatives only among jobs the applicant never viewed, reproducibly", () => {
    const viewed = new Set(data.views.map((view) => `${view.applicantId}/${view.jobId}`));
    const negatives = examples.filter((example) => example.label === 0);
    expect(negatives.length).toBe(examples.length / 2);
    expect(negatives.every((example) => !viewed.has(`${example.applicantId}/${example.jobId}`))).toBe(true);
    expect(splitJobViews(data, { seed: 3 })).toEqual(examples);
    expect(splitJobViews(data, { seed: 4 })).not.toEqual(examples);
  });

  it("holds out whole applicants as cold start", () => {
    const cold = new Set(examples.filter((example) => example.cold).map((example) => example.applicantId));
    expect(cold.size).toBeGreaterThanOrEqual(Math.round(24 * 0.2));
    const coldTrain = examples.filter(
      (example) => cold.has(example.applicantId) && example.split === "train",
    );
    expect(coldTrain).toEqual([]);
  });
});
