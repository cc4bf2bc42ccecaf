import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ESCO_ATTRIBUTION, ONET_ATTRIBUTION } from "../../src/graph/model.js";
import { SkillGraph } from "../../src/graph/skill-graph.js";
import { summarizeGraph } from "../../src/server/default-engine.js";
import { createFakeEngine } from "../../src/server/fake-engine.js";
import { type Harness, multipartBody, startHarness } from "./server-harness.js";

const RESUME = "Sam Example\nsam@example.org\nData engineer with Python and SQL.\n";
const JOB = "Data Engineer\n- Python\n- SQL\n- Kubernetes\n";

describe("HTTP API on a fresh home (default engine, empty graph)", () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(() => harness.close());

  it("reports health with graph counts and capabilities", async () => {
    const response = await harness.app.inject({ method: "GET", url: "/api/health" });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.status).toBe("ok");
    expect(body.graph).toEqual({ occupations: 0, skills: 0, relations: 0, sources: [], attribution: [] });
    expect(body.store).toEqual({ kind: "sqlite", reachable: true });
    expect(body.capabilities.readDocument).toBe(true);
  });

  it("serves the web page with ESCO and O*NET attribution", async () => {
    const response = await harness.app.inject({ method: "GET", url: "/" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("text/html");
    expect(response.body).toContain(ESCO_ATTRIBUTION);
    expect(response.body).toContain(ONET_ATTRIBUTION);
    const script = await harness.app.inject({ method: "GET", url: "/app.js" });
    expect(script.statusCode).toBe(200);
    expect(script.headers["content-type"]).toContain("javascript");
  });

  it("describes exactly the registered routes in /api/openapi.json", async () => {
    const document = (await harness.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        "/api/health",
        "/api/parse/resume",
        "/api/parse/job",
        "/api/jobs",
        "/api/candidates/{id}",
      ]),
    );
    const parse = document.paths["/api/parse/resume"].post;
    expect(parse.requestBody.content["application/json"].schema.properties.text.type).toBe("string");
    expect(parse.responses["413"]).toBeDefined();
  });

  it("parses pasted text and uploaded files", async () => {
    const pasted = await harness.app.inject({
      method: "POST",
      url: "/api/parse/resume",
      payload: { text: RESUME },
    });
    expect(pasted.statusCode).toBe(200);
    expect(pasted.json()).toMatchObject({ type: "text", text: RESUME });
    const upload = multipartBody({ name: "cv.txt", bytes: Buffer.from(RESUME), type: "text/plain" });
    const uploaded = await harness.app.inject({ method: "POST", url: "/api/parse/job", ...upload });
    expect(uploaded.statusCode).toBe(200);
    expect(uploaded.json().text).toBe(RESUME);
    const raw = await harness.app.inject({
      method: "POST",
      url: "/api/parse/job",
      headers: { "content-type": "text/plain" },
      payload: JOB,
    });
    expect(raw.json().text).toBe(JOB);
  });

  it("answers bad bodies with 4xx JSON errors", async () => {
    const cases = [
      { payload: { nope: 1 }, status: 400, code: "BAD_INPUT" },
      { payload: { text: "   " }, status: 422, code: "EMPTY_DOCUMENT" },
    ];
    for (const { payload, status, code } of cases) {
      const response = await harness.app.inject({ method: "POST", url: "/api/parse/resume", payload });
      expect(response.statusCode).toBe(status);
      expect(response.json().error.code).toBe(code);
    }
    const broken = await harness.app.inject({
      method: "POST",
      url: "/api/parse/resume",
      headers: { "content-type": "application/json" },
      payload: "{not json",
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.code).toBe("BAD_INPUT");
    const media = await harness.app.inject({
      method: "POST",
      url: "/api/parse/resume",
      headers: { "content-type": "image/png" },
      payload: "x",
    });
    expect(media.statusCode).toBe(415);
    expect(media.json().error.code).toBe("UNSUPPORTED_TYPE");
    const missing = await harness.app.inject({ method: "GET", url: "/api/nothing-here" });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe("NOT_FOUND");
  });

  it("creates, lists, reads and deletes jobs and candidates", async () => {
    const job = await harness.app.inject({ method: "POST", url: "/api/jobs", payload: { text: JOB } });
    expect(job.statusCode).toBe(201);
    expect(job.json().title).toBe("Data Engineer");
    const upload = multipartBody({ name: "sam.txt", bytes: Buffer.from(RESUME) }, { name: "Sam" });
    const candidate = await harness.app.inject({ method: "POST", url: "/api/candidates", ...upload });
    expect(candidate.statusCode).toBe(201);
    const { id } = candidate.json();
    expect(candidate.json()).toMatchObject({ name: "Sam", fileName: "sam.txt", resumeText: RESUME });
    const listed = (await harness.app.inject({ method: "GET", url: "/api/candidates?limit=10" })).json();
    expect(listed.candidates.map((entry: { id: string }) => entry.id)).toContain(id);
    expect(
      (await harness.app.inject({ method: "GET", url: `/api/candidates/${id}` })).json().resumeText,
    ).toBe(RESUME);
    expect((await harness.app.inject({ method: "DELETE", url: `/api/candidates/${id}` })).json()).toEqual({
      deleted: true,
    });
    const gone = await harness.app.inject({ method: "GET", url: `/api/candidates/${id}` });
    expect(gone.statusCode).toBe(404);
    expect((await harness.app.inject({ method: "DELETE", url: `/api/candidates/${id}` })).statusCode).toBe(
      404,
    );
    const badPage = await harness.app.inject({ method: "GET", url: "/api/jobs?limit=-3" });
    expect(badPage.statusCode).toBe(400);
    const jobId = job.json().id;
    expect((await harness.app.inject({ method: "DELETE", url: `/api/jobs/${jobId}` })).statusCode).toBe(200);
  });
});

describe("HTTP API with a matcher (fake engine)", () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ engine: createFakeEngine() });
  });
  afterAll(() => harness.close());

  it("matches inline documents and returns the report", async () => {
    const response = await harness.app.inject({
      method: "POST",
      url: "/api/match",
      payload: { resume: { text: RESUME }, job: { text: JOB } },
    });
    expect(response.statusCode).toBe(200);
    const report = response.json();
    expect(report.score).toBeCloseTo(2 / 3);
    expect(report.missingSkills).toEqual(["Kubernetes"]);
    const evidence = report.requirements[0].evidence[0];
    expect(RESUME.slice(evidence.start, evidence.end)).toBe(evidence.quote);
  });

  it("matches stored records, saves the score, and erases it with the candidate", async () => {
    const job = (
      await harness.app.inject({ method: "POST", url: "/api/jobs", payload: { text: JOB } })
    ).json();
    const candidate = (
      await harness.app.inject({
        method: "POST",
        url: "/api/candidates",
        payload: { name: "Sam", text: RESUME },
      })
    ).json();
    const response = await harness.app.inject({
      method: "POST",
      url: "/api/match",
      payload: { resume: { id: candidate.id }, job: { id: job.id } },
    });
    expect(response.statusCode).toBe(200);
    expect(await harness.store.listScores({ candidateId: candidate.id })).toHaveLength(1);
    await harness.app.inject({ method: "DELETE", url: `/api/candidates/${candidate.id}` });
    expect(await harness.store.listScores({ candidateId: candidate.id })).toEqual([]);
    const unknown = await harness.app.inject({
      method: "POST",
      url: "/api/match",
      payload: { resume: { id: candidate.id }, job: { id: job.id } },
    });
    expect(unknown.statusCode).toBe(404);
  });

  it("ranks resumes for a job, best first", async () => {
    const response = await harness.app.inject({
      method: "POST",
      url: "/api/rank",
      payload: {
        job: { text: JOB },
        resumes: [
          { text: "Knows Python only", name: "weak" },
          { text: "Python, SQL and Kubernetes", name: "strong" },
        ],
      },
    });
    expect(response.statusCode).toBe(200);
    const { ranking } = response.json();
    expect(ranking.map((row: { name: string }) => row.name)).toEqual(["strong", "weak"]);
    expect(ranking[0]).toMatchObject({ rank: 1, score: 1, decision: "match", missingSkills: [] });
  });

  it("looks up graph nodes for skill chips", async () => {
    const node = await harness.app.inject({ method: "GET", url: "/api/graph/nodes/fake%3Apython" });
    expect(node.json()).toMatchObject({ kind: "skill", preferredLabel: "python" });
    expect((await harness.app.inject({ method: "GET", url: "/api/graph/nodes/nope" })).statusCode).toBe(404);
  });
});

describe("summarizeGraph", () => {
  it("lists attribution only for the sources present", () => {
    const graph = new SkillGraph();
    graph.addSkill({
      id: "s1",
      source: "esco",
      preferredLabel: "Python",
      altLabels: [],
      hiddenLabels: [],
      type: "skill",
      description: "",
    });
    expect(summarizeGraph(graph)).toMatchObject({
      skills: 1,
      sources: ["esco"],
      attribution: [ESCO_ATTRIBUTION],
    });
  });
});
