import { spawnSync } from "node:child_process";
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createFakeEngine } from "../../src/server/fake-engine.js";
import { assertSafeBinding, isLoopbackHost, parseApiKeys } from "../../src/server/security.js";
import { CLI_ARGS } from "../support/cli-command.js";
import { multipartBody, startHarness } from "./server-harness.js";

describe("API keys", () => {
  it("are required on the API (not on health) when configured", async () => {
    const harness = await startHarness({ apiKeys: ["k-one", "k-two"] });
    try {
      const payload = { text: "Python developer" };
      const anonymous = await harness.app.inject({ method: "POST", url: "/api/parse/resume", payload });
      expect(anonymous.statusCode).toBe(401);
      expect(anonymous.json().error.code).toBe("UNAUTHORIZED");
      const wrong = await harness.app.inject({
        method: "POST",
        url: "/api/parse/resume",
        payload,
        headers: { authorization: "Bearer nope" },
      });
      expect(wrong.statusCode).toBe(401);
      const bearer = await harness.app.inject({
        method: "POST",
        url: "/api/parse/resume",
        payload,
        headers: { authorization: "Bearer k-two" },
      });
      expect(bearer.statusCode).toBe(200);
      const header = await harness.app.inject({
        method: "GET",
        url: "/api/jobs",
        headers: { "x-api-key": "k-one" },
      });
      expect(header.statusCode).toBe(200);
      const health = await harness.app.inject({ method: "GET", url: "/api/health" });
      expect(health.statusCode).toBe(200);
      expect(health.json().authRequired).toBe(true);
    } finally {
      await harness.close();
    }
  });

  it("must exist before binding beyond loopback", () => {
    expect(() => assertSafeBinding("0.0.0.0", [])).toThrow(/SKILLGRAPH_API_KEYS/);
    expect(() => assertSafeBinding("0.0.0.0", ["key"])).not.toThrow();
    expect(() => assertSafeBinding("127.0.0.1", [])).not.toThrow();
    expect(["localhost", "::1", "[::1]", "127.8.0.1"].every(isLoopbackHost)).toBe(true);
    expect(["0.0.0.0", "::", "192.168.1.4", "example.org"].some(isLoopbackHost)).toBe(false);
    expect(parseApiKeys(" a, ,b,")).toEqual(["a", "b"]);
  });

  it("the serve command refuses 0.0.0.0 without keys (exit 2, one line)", () => {
    const result = spawnSync(process.execPath, [...CLI_ARGS, "serve", "--host", "0.0.0.0"], {
      encoding: "utf8",
      env: { ...process.env, SKILLGRAPH_API_KEYS: "", SKILLGRAPH_HOME: "/nonexistent-skillgraph-home" },
      timeout: 30_000,
    });
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/refusing to listen on 0\.0\.0\.0 without API keys/);
  });
});

describe("rate limit", () => {
  it("refuses a key's requests beyond its bucket with 429 and Retry-After, per key", async () => {
    let now = 0;
    const harness = await startHarness({
      apiKeys: ["a", "b"],
      rateLimit: { requestsPerSecond: 1, burst: 2 },
      now: () => now,
    });
    try {
      const call = (key: string) =>
        harness.app.inject({ method: "GET", url: "/api/jobs", headers: { authorization: `Bearer ${key}` } });
      expect((await call("a")).statusCode).toBe(200);
      expect((await call("a")).statusCode).toBe(200);
      const limited = await call("a");
      expect(limited.statusCode).toBe(429);
      expect(limited.headers["retry-after"]).toBe("1");
      expect(limited.json().error.code).toBe("RATE_LIMITED");
      expect((await call("b")).statusCode).toBe(200);
      now = 1000;
      expect((await call("a")).statusCode).toBe(200);
    } finally {
      await harness.close();
    }
  });
});

describe("privacy of logs", () => {
  it("never logs document text, names, e-mail addresses or file names", async () => {
    const lines: string[] = [];
    const logStream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const harness = await startHarness({ engine: createFakeEngine(), logStream, logLevel: "debug" });
    const secret = "Zelda Quintanilla-Okonkwo\nzelda.q@private-mail.example\n+44 7700 900123\nPython SQL";
    try {
      await harness.app.inject({ method: "POST", url: "/api/parse/resume", payload: { text: secret } });
      const upload = multipartBody(
        { name: "Zelda_Quintanilla_CV.txt", bytes: Buffer.from(secret) },
        { name: "Zelda" },
      );
      await harness.app.inject({ method: "POST", url: "/api/candidates", ...upload });
      await harness.app.inject({ method: "POST", url: "/api/parse/resume", payload: { text: "  " } });
      await harness.app.inject({
        method: "POST",
        url: "/api/match?candidate=Zelda",
        payload: { resume: { text: secret }, job: { text: "Job\n- Python" } },
      });
      await harness.app.inject({ method: "POST", url: "/api/match", payload: { resume: { text: secret } } });
    } finally {
      await harness.close();
    }
    const log = lines.join("");
    expect(log).toContain('"statusCode":200');
    expect(log).toContain("request rejected");
    for (const personal of ["Zelda", "Quintanilla", "private-mail", "7700", "Python SQL"]) {
      expect(log).not.toContain(personal);
    }
  });
});

describe("CORS", () => {
  it("is off by default and answers only configured origins", async () => {
    const closed = await startHarness();
    try {
      const response = await closed.app.inject({
        method: "GET",
        url: "/api/health",
        headers: { origin: "https://ats.example" },
      });
      expect(response.headers["access-control-allow-origin"]).toBeUndefined();
    } finally {
      await closed.close();
    }
    const open = await startHarness({ corsOrigins: ["https://ats.example"] });
    try {
      const allowed = await open.app.inject({
        method: "OPTIONS",
        url: "/api/match",
        headers: { origin: "https://ats.example", "access-control-request-method": "POST" },
      });
      expect(allowed.statusCode).toBe(204);
      expect(allowed.headers["access-control-allow-origin"]).toBe("https://ats.example");
      const other = await open.app.inject({
        method: "GET",
        url: "/api/health",
        headers: { origin: "https://evil.example" },
      });
      expect(other.headers["access-control-allow-origin"]).toBeUndefined();
    } finally {
      await open.close();
    }
  });
});
