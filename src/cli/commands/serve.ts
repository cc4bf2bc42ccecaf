import { createServer } from "node:http";
import type { Command } from "commander";
import { runAction } from "../run-action.js";

/** `skillgraph serve`: the web page and API on PORT (default 3000). */
export function registerServeCommand(program: Command): void {
  program
    .command("serve")
    .description("serve the web page and HTTP API on PORT (default 3000)")
    .option("--port <port>", "port to listen on (default: $PORT or 3000)")
    .option("--host <host>", "address to bind (default 127.0.0.1)", "127.0.0.1")
    .action(
      runAction(async (options: { port?: string; host: string }) => {
        const port = Number(options.port ?? process.env.PORT ?? 3000);
        const server = createServer((_request, response) => {
          response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
          response.end(
            "<!doctype html><title>skillgraph</title><h1>skillgraph</h1><p>No graph imported.</p>",
          );
        });
        await new Promise<void>((resolve) => server.listen(port, options.host, resolve));
        process.stderr.write(`skillgraph listening on http://${options.host}:${port}\n`);
      }),
    );
}
