import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { SkillgraphError } from "../core/errors.js";
import type { SqlClient } from "./sql-client.js";

export interface SqliteClientOptions {
  /** Database file; ":memory:" for a private in-memory database. Parent folders are created. */
  path: string;
}

/** A SqlClient over better-sqlite3 (synchronous underneath), with WAL and foreign keys on. */
export function createSqliteClient(options: SqliteClientOptions): SqlClient {
  let database: Database.Database;
  try {
    if (options.path !== ":memory:") mkdirSync(dirname(options.path), { recursive: true });
    database = new Database(options.path);
    database.pragma("journal_mode = WAL");
    database.pragma("foreign_keys = ON");
    database.pragma("busy_timeout = 5000");
  } catch (error) {
    throw new SkillgraphError("STORE_ERROR", `cannot open SQLite database ${options.path}`, { cause: error });
  }
  const statements = new Map<string, Database.Statement>();
  const prepare = (sql: string): Database.Statement => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = database.prepare(toSqlitePlaceholders(sql));
      statements.set(sql, statement);
    }
    return statement;
  };
  return {
    dialect: "sqlite",
    async query<Row extends Record<string, unknown>>(sql: string, parameters: readonly unknown[] = []) {
      return prepare(sql).all(...parameters) as Row[];
    },
    async execute(sql, parameters = []) {
      return prepare(sql).run(...parameters).changes;
    },
    async exclusively(work) {
      database.exec("BEGIN IMMEDIATE");
      try {
        const result = await work();
        database.exec("COMMIT");
        return result;
      } catch (error) {
        database.exec("ROLLBACK");
        throw error;
      }
    },
    async close() {
      statements.clear();
      database.close();
    },
  };
}

/** `$1, $2…` → `?` (each placeholder is used once and in order in our statements). */
export function toSqlitePlaceholders(sql: string): string {
  return sql.replace(/\$\d+/g, "?");
}
