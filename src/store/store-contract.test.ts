import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "./open-store.js";
import type { Store } from "./store.js";

/** One contract, every implementation: the same behaviour on SQLite and PostgreSQL. */
function storeContract(name: string, open: () => Promise<Store>, cleanup: () => Promise<void>) {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await open();
    });
    afterAll(async () => {
      await store?.close();
      await cleanup();
    });

    it("creates, reads, lists and deletes jobs", async () => {
      const job = await store.createJob({
        title: "Data engineer",
        text: "Needs SQL.",
        parsed: { skills: ["sql"] },
      });
      expect(job.id).toMatch(/\S/);
      expect(await store.getJob(job.id)).toEqual(job);
      const second = await store.createJob({ title: "Nurse", text: "Care." });
      const listed = await store.listJobs();
      expect(listed.map((summary) => summary.id).slice(0, 2)).toEqual([second.id, job.id]);
      expect(listed[0]).toEqual({ id: second.id, title: "Nurse", createdAt: second.createdAt });
      expect((await store.getJob(second.id))?.parsed).toBeNull();
      expect(await store.deleteJob(second.id)).toBe(true);
      expect(await store.deleteJob(second.id)).toBe(false);
      expect(await store.getJob(second.id)).toBeUndefined();
    });

    it("pages lists newest first", async () => {
      const created = [];
      for (let index = 0; index < 3; index += 1)
        created.push(await store.createJob({ title: `p${index}`, text: "x" }));
      const page = await store.listJobs({ limit: 2, offset: 1 });
      expect(page.map((summary) => summary.id)).toEqual([created[1]?.id, created[0]?.id]);
    });

    it("stores a candidate with their resume document", async () => {
      const candidate = await store.createCandidate({
        name: "A. Person",
        resumeText: "Python developer, 5 years. Émigré ✓",
        fileName: "cv.pdf",
        parsed: { roles: [{ title: "Developer" }] },
      });
      expect(await store.getCandidate(candidate.id)).toEqual(candidate);
      expect((await store.listCandidates()).some((summary) => summary.id === candidate.id)).toBe(true);
      expect(await store.getCandidate(randomUUID())).toBeUndefined();
    });

    it("erases a candidate's documents, parsed data and scores on delete", async () => {
      const job = await store.createJob({ title: "Analyst", text: "Excel" });
      const kept = await store.createCandidate({ name: "Kept", resumeText: "Excel" });
      const erased = await store.createCandidate({
        name: "Erased",
        resumeText: "Private text",
        parsed: { a: 1 },
      });
      await store.saveScore({
        candidateId: erased.id,
        jobId: job.id,
        score: 0.9,
        report: { verdict: "match" },
      });
      await store.saveScore({ candidateId: kept.id, jobId: job.id, score: 0.4 });
      expect((await store.listScores({ jobId: job.id })).map((score) => score.candidateId)).toEqual([
        erased.id,
        kept.id,
      ]);
      expect(await store.deleteCandidate(erased.id)).toBe(true);
      expect(await store.getCandidate(erased.id)).toBeUndefined();
      expect(await store.listScores({ candidateId: erased.id })).toEqual([]);
      const remaining = await store.listScores({ jobId: job.id });
      expect(remaining.map((score) => [score.candidateId, score.score])).toEqual([[kept.id, 0.4]]);
      expect(await store.deleteCandidate(erased.id)).toBe(false);
    });

    it("deleting a job removes its scores", async () => {
      const job = await store.createJob({ title: "Temp", text: "x" });
      const candidate = await store.createCandidate({ name: "C", resumeText: "y" });
      const saved = await store.saveScore({
        candidateId: candidate.id,
        jobId: job.id,
        score: 0.5,
        report: [1, 2],
      });
      expect((await store.listScores({ candidateId: candidate.id, jobId: job.id }))[0]).toEqual(saved);
      await store.deleteJob(job.id);
      expect(await store.listScores({ candidateId: candidate.id })).toEqual([]);
    });

    it("answers a ping", async () => {
      expect(await store.ping()).toBe(true);
    });
  });
}

const folder = mkdtempSync(join(tmpdir(), "skillgraph-store-"));
storeContract(
  "sqlite",
  () => openStore({ home: folder }),
  async () => rmSync(folder, { recursive: true, force: true }),
);

const databaseUrl = process.env.SKILLGRAPH_TEST_DATABASE_URL;
if (!databaseUrl) {
  process.stderr.write(
    "PostgreSQL store tests skipped: SKILLGRAPH_TEST_DATABASE_URL is not set (.ci/start-services sets it)\n",
  );
}
const schema = `contract_${randomUUID().replace(/-/g, "").slice(0, 12)}`;
describe.skipIf(!databaseUrl)("PostgreSQL", () => {
  storeContract(
    "postgres",
    async () => {
      const admin = new pg.Client({ connectionString: databaseUrl });
      await admin.connect();
      await admin.query(`CREATE SCHEMA ${schema}`);
      await admin.end();
      // A private schema per run: the contract starts from empty tables.
      return openStore({ databaseUrl: `${databaseUrl}?options=-c%20search_path%3D${schema}` });
    },
    async () => {
      const admin = new pg.Client({ connectionString: databaseUrl });
      await admin.connect();
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await admin.end();
    },
  );
});
