import { join } from "node:path";
import { SkillgraphError } from "../core/errors.js";
import { createPostgresClient } from "./postgres-client.js";
import { createSqlStore, type SqlStoreOptions } from "./sql-store.js";
import { createSqliteClient } from "./sqlite-client.js";
import type { Store } from "./store.js";

export interface OpenStoreOptions extends SqlStoreOptions {
  /** The skillgraph home; the SQLite file is `<home>/skillgraph.db`. */
  home?: string;
  /** SQLite file path or ":memory:"; overrides `home`. */
  sqlitePath?: string;
  /** `postgres://…` or `postgresql://…`: use PostgreSQL instead of SQLite. */
  databaseUrl?: string;
}

/** Default SQLite file inside the home folder. */
export function defaultDatabasePath(home: string): string {
  return join(home, "skillgraph.db");
}

/**
 * Open the store: PostgreSQL when `databaseUrl` is a postgres URL, else SQLite at `sqlitePath`
 * or `<home>/skillgraph.db`. Migrations run before it returns.
 */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const { databaseUrl, sqlitePath, home, ...storeOptions } = options;
  if (databaseUrl) {
    if (!/^postgres(ql)?:\/\//.test(databaseUrl)) {
      throw new SkillgraphError("BAD_USAGE", "DATABASE_URL must start with postgres:// or postgresql://");
    }
    const client = createPostgresClient({ connectionString: databaseUrl });
    try {
      return await createSqlStore(client, storeOptions);
    } catch (error) {
      await client.close().catch(() => {});
      throw new SkillgraphError("STORE_ERROR", `cannot open PostgreSQL store: ${(error as Error).message}`, {
        cause: error,
      });
    }
  }
  const path = sqlitePath ?? (home ? defaultDatabasePath(home) : undefined);
  if (!path) throw new SkillgraphError("BAD_USAGE", "openStore needs home, sqlitePath or databaseUrl");
  return createSqlStore(createSqliteClient({ path }), storeOptions);
}
