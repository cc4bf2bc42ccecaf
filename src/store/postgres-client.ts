import pg from "pg";
import { SkillgraphError } from "../core/errors.js";
import type { SqlClient } from "./sql-client.js";

export interface PostgresClientOptions {
  /** postgres://user:password@host:port/database */
  connectionString: string;
  /** Pool size per service process; default 10. */
  maxConnections?: number;
}

/** Advisory-lock key that serializes migrations across service processes ("skgr"). */
const MIGRATION_LOCK_KEY = 0x736b6772;

/** A SqlClient over a `pg` connection pool. */
export function createPostgresClient(options: PostgresClientOptions): SqlClient {
  const pool = new pg.Pool({ connectionString: options.connectionString, max: options.maxConnections ?? 10 });
  // An idle client losing its connection must not crash the service.
  pool.on("error", () => {});
  const run = async (sql: string, parameters: readonly unknown[]) => {
    try {
      return await pool.query(sql, [...parameters]);
    } catch (error) {
      throw new SkillgraphError("STORE_ERROR", `PostgreSQL query failed: ${(error as Error).message}`, {
        cause: error,
      });
    }
  };
  return {
    dialect: "postgres",
    async query<Row extends Record<string, unknown>>(sql: string, parameters: readonly unknown[] = []) {
      return (await run(sql, parameters)).rows as Row[];
    },
    async execute(sql, parameters = []) {
      return (await run(sql, parameters)).rowCount ?? 0;
    },
    async exclusively(work) {
      const connection = await pool.connect().catch((error: unknown) => {
        throw new SkillgraphError(
          "STORE_ERROR",
          `cannot connect to PostgreSQL: ${(error as Error).message}`,
          {
            cause: error,
          },
        );
      });
      try {
        await connection.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
        try {
          return await work();
        } finally {
          await connection.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
        }
      } finally {
        connection.release();
      }
    },
    async close() {
      await pool.end();
    },
  };
}
