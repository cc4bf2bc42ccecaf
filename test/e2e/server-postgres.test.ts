import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFakeEngine } from "../../src/server/fake-engine.js";
import { type Harness, startHarness } from "./server-harness.js";

const databaseUrl = process.env.SKILLGRAPH_TEST_DATABASE_URL;
if (!databaseUrl) {
  process.stderr.write(
    "server-postgres tests skipped: SKILLGRAPH_TEST_DATABASE_URL is not set (.ci/start-services sets it)\n",
  );
}

describe.skipIf(!databaseUrl)("the service on PostgreSQL (DATABASE_URL)", () => {
  const schema = `server_${randomUUID().replace(/-/g, "").slice(0, 12)}`;
  let harness: Harness;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  beforeAll(async () => {
    await admin(`CREATE SCHEMA ${schema}`);
    harness = await startHarness({
      engine: createFakeEngine(),
      databaseUrl: `${databaseUrl}?options=-c%20search_path%3D${schema}`,
    });
  });
  afterAll(async () => {
    await harness?.close();
    await admin(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  });

  it("reports a reachable postgres store", async () => {
    const health = (await harness.app.inject({ method: "GET", url: "/api/health" })).json();
    expect(health.store).toEqual({ kind: "postgres", reachable: true });
  });

  it("stores, ranks and erases candidates", async () => {
    const job = (
      await harness.app.inject({
        method: "POST",
        url: "/api/jobs",
        payload: { text: "Engineer\n- Python\n- SQL" },
      })
    ).json();
    const names = ["Ada", "Bo"];
    const ids: string[] = [];
    for (const [index, name] of names.entries()) {
      const text = index === 0 ? "Python and SQL" : "Python";
      const created = await harness.app.inject({
        method: "POST",
        url: "/api/candidates",
        payload: { name, text },
      });
      expect(created.statusCode).toBe(201);
      ids.push(created.json().id);
    }
    const ranking = (
      await harness.app.inject({ method: "POST", url: "/api/rank", payload: { job: { id: job.id } } })
    ).json().ranking;
    expect(ranking.map((row: { name: string }) => row.name)).toEqual(["Ada", "Bo"]);
    expect(await harness.store.listScores({ jobId: job.id })).toHaveLength(2);
    await harness.app.inject({ method: "DELETE", url: `/api/candidates/${ids[0]}` });
    const scores = await harness.store.listScores({ jobId: job.id });
    expect(scores.map((score) => score.candidateId)).toEqual([ids[1]]);
    expect((await harness.app.inject({ method: "GET", url: `/api/candidates/${ids[0]}` })).statusCode).toBe(
      404,
    );
  });
});
