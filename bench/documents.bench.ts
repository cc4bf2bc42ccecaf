/**
 * Documents per second for `readDocument` on resume-sized inputs: a 2-page text PDF, a two-column
 * PDF, a DOCX with six roles, an HTML page and a plain-text resume (about 4 KB).
 * Run: npx tsx bench/documents.bench.ts [seconds per case, default 2]
 */
import { readDocument } from "../src/documents/read-document.js";
import { buildLongDocx } from "../src/documents/test-fixtures/docx-fixtures.js";
import { buildLongPdf, buildTwoColumnPdf } from "../src/documents/test-fixtures/pdf-fixtures.js";

const secondsPerCase = Number(process.argv[2] ?? 2);

function resumeText(): string {
  const lines = ["Jane Doe", "jane.doe@example.com", "", "Experience"];
  for (let role = 0; role < 6; role++) {
    lines.push(`Software Engineer ${role}, Company ${role} (Berlin)  2015 - 2019`);
    for (let bullet = 0; bullet < 5; bullet++) {
      lines.push(
        `- Built service ${bullet} with TypeScript, Node.js and PostgreSQL for ${bullet + 2} teams.`,
      );
    }
  }
  return lines.join("\n");
}

function resumeHtml(): string {
  const items = resumeText()
    .split("\n")
    .map((line) => (line.startsWith("- ") ? `<li>${line.slice(2)}</li>` : `<p>${line}</p>`));
  return `<!doctype html><html><head><style>p{margin:0}</style></head><body><ul>${items.join("")}</ul></body></html>`;
}

async function measure(name: string, bytes: Uint8Array): Promise<void> {
  const first = await readDocument(bytes);
  const deadline = performance.now() + secondsPerCase * 1000;
  const start = performance.now();
  let count = 0;
  while (performance.now() < deadline) {
    await readDocument(bytes);
    count++;
  }
  const seconds = (performance.now() - start) / 1000;
  const perSecond = count / seconds;
  console.log(
    `${name.padEnd(16)} ${String(bytes.length).padStart(7)} bytes  ${String(first.text.length).padStart(6)} chars  ` +
      `${perSecond.toFixed(1).padStart(8)} docs/s  ${((1000 * seconds) / count).toFixed(2).padStart(8)} ms/doc`,
  );
}

const encoder = new TextEncoder();
await measure("pdf (2 pages)", buildLongPdf(2));
await measure("pdf (2 columns)", buildTwoColumnPdf());
await measure("docx (6 roles)", await buildLongDocx(6));
await measure("html", encoder.encode(resumeHtml()));
await measure("text", encoder.encode(resumeText()));
