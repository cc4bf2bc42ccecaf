import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "./server-harness.js";

describe("HTTP API with the real modules (no graph)", () => {
  let harness: Harness;
  const resume = `Alex Morgan
Data Engineer

Experience
Data Engineer, Northwind Analytics — Jan 2020 to present
- Built batch pipelines in Python and SQL on PostgreSQL; scheduled them with Airflow.

Skills
Python, SQL, PostgreSQL, Airflow`;
  const job = `Senior Data Engineer

Requirements
- 3+ years of experience as a data engineer
- Strong Python and SQL
- Kubernetes`;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(() => harness.close());

  it("serves match, edit and recommend", async () => {
    const health = (await harness.app.inject({ method: "GET", url: "/api/health" })).json();
    expect(health.capabilities).toMatchObject({ match: true, rank: true, edit: true, recommend: true });
    const report = (
      await harness.app.inject({
        method: "POST",
        url: "/api/match",
        payload: { resume: { text: resume }, job: { text: job } },
      })
    ).json();
    expect(report.missingSkills).toContain("Kubernetes");
    const python = report.requirements.find((item: { text: string }) => item.text.includes("Python"));
    expect(python.verdict).toBe("met");
    for (const evidence of python.evidence)
      expect(resume.slice(evidence.start, evidence.end)).toBe(evidence.quote);
    const proposal = (
      await harness.app.inject({
        method: "POST",
        url: "/api/edit",
        payload: { resume: { text: resume }, job: { text: job } },
      })
    ).json();
    expect(proposal.verification.supported).toBe(true);
    expect(proposal.gaps.map((gap: { requirement: string }) => gap.requirement)).toContain("Kubernetes");
    const jobs = [
      { id: "nurse", title: "Registered Nurse", description: "Patient care on a hospital ward." },
      { id: "data", title: "Data Engineer", description: job, skills: ["Python", "SQL"] },
    ];
    const recommendation = (
      await harness.app.inject({
        method: "POST",
        url: "/api/recommend",
        payload: { resume: { text: resume }, jobs, top: 2 },
      })
    ).json();
    expect(recommendation.jobs.map((entry: { job: { id: string } }) => entry.job.id)).toEqual([
      "data",
      "nurse",
    ]);
  });

  it("recommends from stored jobs when none are given", async () => {
    await harness.app.inject({ method: "POST", url: "/api/jobs", payload: { text: job } });
    const recommendation = await harness.app.inject({
      method: "POST",
      url: "/api/recommend",
      payload: { resume: { text: resume } },
    });
    expect(recommendation.statusCode).toBe(200);
    expect(recommendation.json().jobs[0].job.title).toBe("Senior Data Engineer");
  });
});
