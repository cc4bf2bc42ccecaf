import { randomUUID } from "node:crypto";
import { migrate } from "./migrations.js";
import type { SqlClient } from "./sql-client.js";
import type {
  CandidateRecord,
  CandidateSummary,
  JobRecord,
  JobSummary,
  ListOptions,
  NewCandidate,
  NewJob,
  NewScore,
  ScoreRecord,
  Store,
} from "./store.js";

export interface SqlStoreOptions {
  /** Milliseconds since the epoch; default Date.now. Timestamps are kept strictly increasing. */
  now?: () => number;
  /** Id factory; default crypto.randomUUID. */
  createId?: () => string;
}

type Row = Record<string, unknown>;

/** The Store over any SqlClient. Runs the migrations before returning. */
export async function createSqlStore(client: SqlClient, options: SqlStoreOptions = {}): Promise<Store> {
  await migrate(client);
  const now = options.now ?? Date.now;
  const createId = options.createId ?? randomUUID;
  let lastTimestamp = 0;
  const timestamp = (): string => {
    lastTimestamp = Math.max(now(), lastTimestamp + 1);
    return new Date(lastTimestamp).toISOString();
  };

  return {
    kind: client.dialect,
    async createJob(job: NewJob) {
      const record: JobRecord = {
        id: createId(),
        title: job.title,
        text: job.text,
        parsed: job.parsed ?? null,
        createdAt: timestamp(),
      };
      await client.execute(
        "INSERT INTO jobs (id, title, body, parsed, created_at) VALUES ($1, $2, $3, $4, $5)",
        [record.id, record.title, record.text, toJson(record.parsed), record.createdAt],
      );
      return record;
    },
    async getJob(id) {
      const rows = await client.query("SELECT id, title, body, parsed, created_at FROM jobs WHERE id = $1", [
        id,
      ]);
      const row = rows[0];
      return row ? jobFromRow(row) : undefined;
    },
    async listJobs(list: ListOptions = {}) {
      const rows = await client.query(
        "SELECT id, title, created_at FROM jobs ORDER BY created_at DESC, id LIMIT $1 OFFSET $2",
        paging(list),
      );
      return rows.map(
        (row): JobSummary => ({
          id: String(row.id),
          title: String(row.title),
          createdAt: String(row.created_at),
        }),
      );
    },
    async deleteJob(id) {
      return (await client.execute("DELETE FROM jobs WHERE id = $1", [id])) > 0;
    },
    async createCandidate(candidate: NewCandidate) {
      const record: CandidateRecord = {
        id: createId(),
        name: candidate.name,
        resumeText: candidate.resumeText,
        fileName: candidate.fileName ?? null,
        parsed: candidate.parsed ?? null,
        createdAt: timestamp(),
      };
      await client.execute("INSERT INTO candidates (id, name, created_at) VALUES ($1, $2, $3)", [
        record.id,
        record.name,
        record.createdAt,
      ]);
      await client.execute(
        "INSERT INTO documents (id, candidate_id, kind, file_name, body, parsed, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        [
          createId(),
          record.id,
          "resume",
          record.fileName,
          record.resumeText,
          toJson(record.parsed),
          record.createdAt,
        ],
      );
      return record;
    },
    async getCandidate(id) {
      const rows = await client.query(
        `SELECT c.id, c.name, c.created_at, d.body, d.file_name, d.parsed
         FROM candidates c LEFT JOIN documents d ON d.candidate_id = c.id AND d.kind = 'resume'
         WHERE c.id = $1`,
        [id],
      );
      const row = rows[0];
      return row ? candidateFromRow(row) : undefined;
    },
    async listCandidates(list: ListOptions = {}) {
      const rows = await client.query(
        "SELECT id, name, created_at FROM candidates ORDER BY created_at DESC, id LIMIT $1 OFFSET $2",
        paging(list),
      );
      return rows.map(
        (row): CandidateSummary => ({
          id: String(row.id),
          name: String(row.name),
          createdAt: String(row.created_at),
        }),
      );
    },
    async deleteCandidate(id) {
      // Documents and scores go with the candidate (ON DELETE CASCADE); delete them explicitly too,
      // so erasure does not depend on a connection's foreign-key setting.
      await client.execute("DELETE FROM scores WHERE candidate_id = $1", [id]);
      await client.execute("DELETE FROM documents WHERE candidate_id = $1", [id]);
      return (await client.execute("DELETE FROM candidates WHERE id = $1", [id])) > 0;
    },
    async saveScore(score: NewScore) {
      const record: ScoreRecord = {
        id: createId(),
        candidateId: score.candidateId,
        jobId: score.jobId,
        score: score.score,
        report: score.report ?? null,
        createdAt: timestamp(),
      };
      await client.execute(
        "INSERT INTO scores (id, candidate_id, job_id, score, report, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
        [record.id, record.candidateId, record.jobId, record.score, toJson(record.report), record.createdAt],
      );
      return record;
    },
    async listScores(filter) {
      const conditions: string[] = [];
      const parameters: string[] = [];
      if (filter.jobId !== undefined) {
        parameters.push(filter.jobId);
        conditions.push(`job_id = $${parameters.length}`);
      }
      if (filter.candidateId !== undefined) {
        parameters.push(filter.candidateId);
        conditions.push(`candidate_id = $${parameters.length}`);
      }
      const where = conditions.length > 0 ? `WHERE ${conditions.join(" AND ")}` : "";
      const rows = await client.query(
        `SELECT id, candidate_id, job_id, score, report, created_at FROM scores ${where} ORDER BY score DESC, created_at`,
        parameters,
      );
      return rows.map(scoreFromRow);
    },
    async ping() {
      const rows = await client.query("SELECT 1 AS ok");
      return Number(rows[0]?.ok) === 1;
    },
    close: () => client.close(),
  };
}

function paging(list: ListOptions): [number, number] {
  const limit = Math.min(Math.max(Math.trunc(list.limit ?? 50), 1), 500);
  const offset = Math.max(Math.trunc(list.offset ?? 0), 0);
  return [limit, offset];
}

function toJson(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

function fromJson(value: unknown): unknown {
  return typeof value === "string" ? JSON.parse(value) : null;
}

function jobFromRow(row: Row): JobRecord {
  return {
    id: String(row.id),
    title: String(row.title),
    text: String(row.body),
    parsed: fromJson(row.parsed),
    createdAt: String(row.created_at),
  };
}

function candidateFromRow(row: Row): CandidateRecord {
  return {
    id: String(row.id),
    name: String(row.name),
    resumeText: typeof row.body === "string" ? row.body : "",
    fileName: typeof row.file_name === "string" ? row.file_name : null,
    parsed: fromJson(row.parsed),
    createdAt: String(row.created_at),
  };
}

function scoreFromRow(row: Row): ScoreRecord {
  return {
    id: String(row.id),
    candidateId: String(row.candidate_id),
    jobId: String(row.job_id),
    score: Number(row.score),
    report: fromJson(row.report),
    createdAt: String(row.created_at),
  };
}
