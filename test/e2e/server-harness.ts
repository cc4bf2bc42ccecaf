import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { SkillGraph } from "../../src/graph/skill-graph.js";
import { createServer } from "../../src/server/create-server.js";
import { createDefaultEngine } from "../../src/server/default-engine.js";
import type { ServerEngine } from "../../src/server/engine.js";
import type { ServerOptions } from "../../src/server/server-options.js";
import { openStore } from "../../src/store/open-store.js";
import type { Store } from "../../src/store/store.js";

export interface Harness {
  app: FastifyInstance;
  store: Store;
  close(): Promise<void>;
}

/** A service over a fresh SQLite home (or the given store); the default engine on an empty graph unless given. */
export async function startHarness(
  options: Partial<ServerOptions> & { engine?: ServerEngine; databaseUrl?: string } = {},
): Promise<Harness> {
  const home = mkdtempSync(join(tmpdir(), "skillgraph-server-"));
  const { databaseUrl, ...serverOptions } = options;
  const store = options.store ?? (await openStore(databaseUrl ? { databaseUrl } : { home }));
  const app = await createServer({
    engine: createDefaultEngine({ graph: new SkillGraph() }),
    rateLimit: false,
    ...serverOptions,
    store,
  });
  return {
    app,
    store,
    async close() {
      await app.close();
      await store.close();
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/** A multipart/form-data body with one `file` part and optional text fields. */
export function multipartBody(
  file: { name: string; bytes: Uint8Array; type?: string },
  fields: Record<string, string> = {},
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----skillgraph${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    chunks.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  }
  chunks.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\n` +
        `Content-Type: ${file.type ?? "application/octet-stream"}\r\n\r\n`,
    ),
  );
  chunks.push(Buffer.from(file.bytes));
  chunks.push(Buffer.from(`\r\n--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(chunks),
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  };
}
