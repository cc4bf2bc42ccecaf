/**
 * The small SQL surface the store needs, so one store implementation (sql-store.ts) runs on both
 * SQLite and PostgreSQL. Statements use PostgreSQL's `$1, $2…` placeholders, each number used once
 * and in order; the SQLite client rewrites them to `?`.
 */
export interface SqlClient {
  readonly dialect: "sqlite" | "postgres";
  /** Rows of a SELECT. */
  query<Row extends Record<string, unknown>>(sql: string, parameters?: readonly unknown[]): Promise<Row[]>;
  /** Run a statement; returns the number of rows it changed. */
  execute(sql: string, parameters?: readonly unknown[]): Promise<number>;
  /**
   * Run `work` holding an exclusive lock (PostgreSQL advisory lock / SQLite immediate transaction
   * semantics), so concurrent service processes apply migrations once.
   */
  exclusively<T>(work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
