/**
 * The service's persistence seam. Two implementations share one schema (see migrations.ts):
 * SQLite through better-sqlite3 (the embedded default, in SKILLGRAPH_HOME) and PostgreSQL through
 * `pg` (DATABASE_URL=postgres://…, for several stateless service processes on one database).
 */

/** A stored job description. `parsed` is whatever the job parser returned (JSON-serializable). */
export interface JobRecord {
  id: string;
  title: string;
  text: string;
  parsed: unknown;
  createdAt: string;
}

/** A stored candidate with their resume document. */
export interface CandidateRecord {
  id: string;
  name: string;
  resumeText: string;
  fileName: string | null;
  parsed: unknown;
  createdAt: string;
}

/** A stored match result of one candidate against one job. */
export interface ScoreRecord {
  id: string;
  candidateId: string;
  jobId: string;
  score: number;
  report: unknown;
  createdAt: string;
}

export interface JobSummary {
  id: string;
  title: string;
  createdAt: string;
}

export interface CandidateSummary {
  id: string;
  name: string;
  createdAt: string;
}

export interface NewJob {
  title: string;
  text: string;
  parsed?: unknown;
}

export interface NewCandidate {
  name: string;
  resumeText: string;
  fileName?: string;
  parsed?: unknown;
}

export interface NewScore {
  candidateId: string;
  jobId: string;
  score: number;
  report?: unknown;
}

/** Paging for list calls. Defaults: limit 50 (at most 500), offset 0. Newest first. */
export interface ListOptions {
  limit?: number;
  offset?: number;
}

export type StoreKind = "sqlite" | "postgres";

export interface Store {
  readonly kind: StoreKind;
  createJob(job: NewJob): Promise<JobRecord>;
  getJob(id: string): Promise<JobRecord | undefined>;
  listJobs(options?: ListOptions): Promise<JobSummary[]>;
  /** Deletes the job and its scores. False when there was no such job. */
  deleteJob(id: string): Promise<boolean>;
  createCandidate(candidate: NewCandidate): Promise<CandidateRecord>;
  getCandidate(id: string): Promise<CandidateRecord | undefined>;
  listCandidates(options?: ListOptions): Promise<CandidateSummary[]>;
  /** Erases the candidate and all their data: documents, parsed data, scores. */
  deleteCandidate(id: string): Promise<boolean>;
  saveScore(score: NewScore): Promise<ScoreRecord>;
  listScores(filter: { jobId?: string; candidateId?: string }): Promise<ScoreRecord[]>;
  /** A cheap round trip to the database, for health checks. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}
