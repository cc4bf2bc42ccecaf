/**
 * Throughput of the OpenAI-compatible provider (with the standard wrappers) against a local
 * wire-format server that answers every chat request after 200 ms. At concurrency 32 the ideal is
 * 32 / 0.2 s = 160 requests/second; the target is ≥ 90% of it.
 *
 *   npx tsx bench/llm-throughput.bench.ts [requests=640] [concurrency=32] [delayMs=200]
 *
 * The server runs in a child process (as a real teacher would), so the figure measures the client.
 */
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { createOpenAICompatible } from "../src/llm/openai-compatible.js";
import { startOpenAITestServer } from "../src/llm/openai-test-server.js";
import { withConcurrencyLimit } from "../src/llm/with-concurrency-limit.js";
import { withRetry } from "../src/llm/with-retry.js";
import { withUsageAccounting } from "../src/llm/with-usage-accounting.js";

if (process.argv[2] === "--serve") {
  const server = await startOpenAITestServer({
    delayMs: Number(process.argv[3]),
    respond: () => ({ content: '{"verdict":"match"}' }),
  });
  process.send?.(server.baseURL);
  process.on("disconnect", () => {
    void server.close().then(() => process.exit(0));
  });
} else {
  await runBenchmark();
}

async function runBenchmark(): Promise<void> {
  const [requests = 640, concurrency = 32, delayMs = 200] = process.argv.slice(2).map(Number);
  const child = fork(fileURLToPath(import.meta.url), ["--serve", String(delayMs)], {
    execArgv: ["--import", "tsx"],
  });
  const baseURL = await new Promise<string>((resolve) =>
    child.once("message", (message) => resolve(String(message))),
  );
  const server = { baseURL, close: async () => child.disconnect() };
  const model = withUsageAccounting(
    withConcurrencyLimit(withRetry(createOpenAICompatible({ baseURL: server.baseURL, model: "bench" })), {
      maxConcurrency: concurrency,
    }),
  );
  const ask = (index: number) => ({ messages: [{ role: "user" as const, content: `request ${index}` }] });

  // Warm the connection pool so the figure measures steady state.
  await Promise.all(Array.from({ length: concurrency }, (_, index) => model.generate(ask(index))));
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  await Promise.all(Array.from({ length: requests }, (_, index) => model.generate(ask(index))));
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const clientCpuMsPerRequest = (cpu.user + cpu.system) / 1000 / requests;
  await server.close();

  const ideal = concurrency / (delayMs / 1000);
  const rate = requests / seconds;
  console.log(
    JSON.stringify({
      requests,
      concurrency,
      delayMs,
      seconds: Number(seconds.toFixed(3)),
      requestsPerSecond: Number(rate.toFixed(1)),
      ideal,
      shareOfIdeal: Number((rate / ideal).toFixed(3)),
      target: 0.9,
      pass: rate >= 0.9 * ideal,
      failedRequests: model.usage().failedRequests,
      clientCpuMsPerRequest: Number(clientCpuMsPerRequest.toFixed(3)),
      clientCpuBoundRps: Math.round(1000 / clientCpuMsPerRequest),
    }),
  );
}
