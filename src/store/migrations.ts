import type { SqlClient } from "./sql-client.js";

/**
 * Schema migrations, in code, shared by SQLite and PostgreSQL: only portable types (TEXT,
 * DOUBLE PRECISION) and JSON kept as TEXT. Append new migrations; never edit an applied one.
 */
export const MIGRATIONS: readonly { version: number; statements: readonly string[] }[] = [
  {
    version: 1,
    statements: [
      `CREATE TABLE jobs (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        body TEXT NOT NULL,
        parsed TEXT,
        created_at TEXT NOT NULL
      )`,
      `CREATE TABLE candidates (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        created_at TEXT NOT NULL
      )`,
      `CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        candidate_id TEXT NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        file_name TEXT,
        body TEXT NOT NULL,
        parsed TEXT,
        created_at TEXT NOT NULL
      )`,
      `CREATE TABLE scores (
        id TEXT PRIMARY KEY,
        candidate_id TEXT NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        job_id TEXT NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
        score DOUBLE PRECISION NOT NULL,
        report TEXT,
        created_at TEXT NOT NULL
      )`,
      "CREATE INDEX documents_by_candidate ON documents (candidate_id)",
      "CREATE INDEX scores_by_job ON scores (job_id)",
      "CREATE INDEX scores_by_candidate ON scores (candidate_id)",
    ],
  },
];

/** Apply the migrations not yet recorded in `schema_migrations`. Returns the versions applied. */
export async function migrate(client: SqlClient): Promise<number[]> {
  return client.exclusively(async () => {
    await client.execute(
      "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)",
    );
    const rows = await client.query<{ version: number }>("SELECT version FROM schema_migrations");
    const done = new Set(rows.map((row) => Number(row.version)));
    const applied: number[] = [];
    for (const migration of MIGRATIONS) {
      if (done.has(migration.version)) continue;
      for (const statement of migration.statements) await client.execute(statement);
      await client.execute("INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)", [
        migration.version,
        new Date().toISOString(),
      ]);
      applied.push(migration.version);
    }
    return applied;
  });
}
