import { randomBytes } from "node:crypto";
import { strToU8, zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "./server-harness.js";

/** A DOCX-shaped zip whose document.xml inflates to 64 MB (the default bound is 50 MB). */
function docxZipBomb(): Uint8Array {
  const filler = new Uint8Array(64 * 1024 * 1024).fill(0x20);
  return zipSync(
    {
      "[Content_Types].xml": strToU8(
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      ),
      "word/document.xml": filler,
    },
    { level: 9 },
  );
}

describe("hostile uploads over a real socket", () => {
  let harness: Harness;
  let base: string;
  beforeAll(async () => {
    harness = await startHarness();
    await harness.app.listen({ host: "127.0.0.1", port: 0 });
    const address = harness.app.server.address();
    base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  });
  afterAll(() => harness.close());

  async function upload(bytes: Uint8Array, fileName: string): Promise<{ status: number; body: unknown }> {
    const form = new FormData();
    form.append("file", new Blob([new Uint8Array(bytes)]), fileName);
    const response = await fetch(`${base}/api/parse/resume`, { method: "POST", body: form });
    return { status: response.status, body: await response.json() };
  }

  async function expectHealthy(): Promise<void> {
    const response = await fetch(`${base}/api/health`);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { status: string }).status).toBe("ok");
  }

  const cases: { name: string; bytes: () => Uint8Array; fileName: string; statuses: number[] }[] = [
    {
      name: "corrupt PDF",
      bytes: () => Buffer.concat([Buffer.from("%PDF-1.7\n1 0 obj << /Type /Catalog"), randomBytes(2000)]),
      fileName: "cv.pdf",
      statuses: [415, 422],
    },
    { name: "empty file", bytes: () => new Uint8Array(0), fileName: "empty.txt", statuses: [422] },
    {
      name: "random bytes",
      bytes: () => randomBytes(64 * 1024),
      fileName: "noise.bin",
      statuses: [415, 422],
    },
    {
      name: "40 MB file",
      bytes: () => Buffer.alloc(40 * 1024 * 1024, 0x61),
      fileName: "huge.txt",
      statuses: [413],
    },
    { name: "DOCX zip bomb", bytes: docxZipBomb, fileName: "bomb.docx", statuses: [413, 415, 422] },
  ];

  for (const hostile of cases) {
    it(`rejects a ${hostile.name} with a 4xx JSON error and stays up`, async () => {
      const { status, body } = await upload(hostile.bytes(), hostile.fileName);
      expect(hostile.statuses).toContain(status);
      expect(body).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
      await expectHealthy();
    });
  }

  it("reads invalid UTF-8 with a warning (never a 5xx) and stays up", async () => {
    const line = "Python developer with SQL, Airflow and PostgreSQL; built data pipelines for analytics.\n";
    const bytes = Buffer.concat([Buffer.from(line.repeat(3)), Buffer.from([0xff, 0xc3]), Buffer.from(line)]);
    const { status, body } = await upload(bytes, "latin.txt");
    expect(status).toBe(200);
    const parsed = body as { text: string; warnings: { code: string }[] };
    expect(parsed.text).toContain("Python developer");
    expect(parsed.warnings.map((warning) => warning.code)).toContain("INVALID_UTF8");
    await expectHealthy();
  });

  it("rejects a JSON body beyond the upload limit with 413", async () => {
    const response = await fetch(`${base}/api/parse/job`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text: "a".repeat(11 * 1024 * 1024) }),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("INPUT_TOO_LARGE");
    await expectHealthy();
  });

  it("rejects truncated multipart bodies with 400", async () => {
    const response = await fetch(`${base}/api/parse/resume`, {
      method: "POST",
      headers: { "content-type": "multipart/form-data; boundary=xyz" },
      body: '--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\nhello',
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    await expectHealthy();
  });
});
