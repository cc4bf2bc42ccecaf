/**
 * Bounded load on the service from loopback: starts `skillgraph serve` in a child process on a free
 * port (fresh home, rate limit off), then sends POST /api/match (or /api/parse/job when the match
 * module is not wired) with keep-alive connections for a fixed time, and prints requests/s and
 * latency percentiles. Run: npx tsx bench/server.bench.ts [--seconds 10] [--connections 16] [--graph FILE]
 * [--distinct-resumes]
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { Agent, request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "10" },
    connections: { type: "string", default: "16" },
    "max-requests": { type: "string", default: "50000" },
    graph: { type: "string" },
    /** Make every resume distinct (a new line per request), so the matcher's parse cache never hits. */
    "distinct-resumes": { type: "boolean", default: false },
  },
});
const seconds = Math.min(Number(values.seconds), 60);
const connections = Math.min(Number(values.connections), 64);
const maxRequests = Number(values["max-requests"]);
const port = 30_000 + Math.floor(Math.random() * 20_000);
const base = `http://127.0.0.1:${port}`;

const RESUME = `Alex Morgan
Data Engineer

Experience
Data Engineer, Northwind Analytics — Jan 2020 to present
- Built batch pipelines in Python and SQL on PostgreSQL; scheduled them with Airflow.
Software Developer, Contoso — Mar 2017 to Dec 2019
- Wrote Java services and REST APIs.

Skills
Python, SQL, PostgreSQL, Airflow, dbt, Java, Git, Docker`;

const JOB = `Senior Data Engineer

Requirements
- 5+ years of experience as a data engineer
- Strong Python and SQL
- Experience with Airflow
- Kubernetes and Terraform

Nice to have
- Spark`;

async function waitForHealth(): Promise<{ capabilities: { match: boolean } }> {
  for (let attempt = 0; attempt < 720; attempt += 1) {
    try {
      const response = await fetch(`${base}/api/health`);
      if (response.ok) return (await response.json()) as { capabilities: { match: boolean } };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("the server did not start within 180 s");
}

function post(agent: Agent, path: string, body: string): Promise<{ status: number; milliseconds: number }> {
  const started = process.hrtime.bigint();
  return new Promise((resolve) => {
    const outgoing = request(
      `${base}${path}`,
      {
        method: "POST",
        agent,
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
      },
      (response) => {
        response.resume();
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            milliseconds: Number(process.hrtime.bigint() - started) / 1e6,
          }),
        );
      },
    );
    outgoing.on("error", () =>
      resolve({ status: 0, milliseconds: Number(process.hrtime.bigint() - started) / 1e6 }),
    );
    outgoing.end(body);
  });
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? Number.NaN;
}

async function main(): Promise<void> {
  const home = mkdtempSync(join(tmpdir(), "skillgraph-bench-"));
  const serveArguments = ["--import", "tsx", "src/cli/main.ts", "serve", "--port", String(port)];
  if (values.graph) serveArguments.push("--graph", values.graph);
  const server: ChildProcess = spawn(process.execPath, serveArguments, {
    env: { ...process.env, SKILLGRAPH_HOME: home, SKILLGRAPH_RATE_LIMIT: "0", SKILLGRAPH_API_KEYS: "" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    const health = await waitForHealth();
    const useMatch = health.capabilities.match;
    const path = useMatch ? "/api/match" : "/api/parse/job";
    const body = JSON.stringify(useMatch ? { resume: { text: RESUME }, job: { text: JOB } } : { text: JOB });
    const agent = new Agent({ keepAlive: true, maxSockets: connections });
    // Warm-up: lazy indexes and word vectors load on first use.
    for (let index = 0; index < 20; index += 1) await post(agent, path, body);

    const latencies: number[] = [];
    const statuses = new Map<number, number>();
    const deadline = performance.now() + seconds * 1000;
    let sent = 0;
    const started = performance.now();
    const worker = async () => {
      while (performance.now() < deadline && sent < maxRequests) {
        sent += 1;
        const payload =
          values["distinct-resumes"] && useMatch
            ? JSON.stringify({ resume: { text: `${RESUME}\nReference ${sent}` }, job: { text: JOB } })
            : body;
        const result = await post(agent, path, payload);
        latencies.push(result.milliseconds);
        statuses.set(result.status, (statuses.get(result.status) ?? 0) + 1);
      }
    };
    await Promise.all(Array.from({ length: connections }, worker));
    const elapsed = (performance.now() - started) / 1000;
    agent.destroy();
    latencies.sort((left, right) => left - right);
    const errors = latencies.length - (statuses.get(200) ?? 0);
    const variant = values["distinct-resumes"] ? ", a distinct resume per request" : ", the same documents";
    console.log(`endpoint          POST ${path}${useMatch ? variant : " (match module not wired yet)"}`);
    console.log(`connections       ${connections}, ${seconds} s bounded, loopback`);
    console.log(
      `requests          ${latencies.length} (${errors} errors; statuses ${JSON.stringify(Object.fromEntries(statuses))})`,
    );
    console.log(`requests/s        ${(latencies.length / elapsed).toFixed(0)}`);
    console.log(
      `latency ms        p50 ${percentile(latencies, 0.5).toFixed(2)}  p90 ${percentile(latencies, 0.9).toFixed(2)}  p99 ${percentile(latencies, 0.99).toFixed(2)}  max ${(latencies.at(-1) ?? 0).toFixed(2)}`,
    );
  } finally {
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
    rmSync(home, { recursive: true, force: true });
  }
}

await main();
