import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { HAS_SHARED_DATA, sharedData } from "../../test/support/shared-data.js";
import { createFakeLanguageModel } from "../llm/fake-language-model.js";
import { exportRows } from "./export-dataset.js";
import { mergeRuns } from "./merge-runs.js";
import { readJsonlValues } from "./read-jsonl.js";
import { runGeneration } from "./run-generation.js";
import { scriptedTeacherReply } from "./scripted-teacher.js";
import { syntheticContextStream } from "./synthetic-context-stream.js";

const teacher = () =>
  createFakeLanguageModel({ respond: (request) => scriptedTeacherReply(request.messages) });
const folder = () => mkdtempSync(join(tmpdir(), "sg-merge-"));

describe("mergeRuns", () => {
  it("joins shards in stream order, dropping duplicate ids", async () => {
    const shards = [folder(), folder()];
    for (const [position, dir] of shards.entries()) {
      await runGeneration({
        teacher: teacher(),
        contextAt: syntheticContextStream(),
        count: 3,
        outDir: dir,
        shard: { index: position + 1, count: 2 },
      });
    }
    const out = folder();
    const summary = mergeRuns(out, [...shards, shards[0] ?? ""]);
    expect(summary).toMatchObject({ accepted: 6, duplicatesDropped: 3 });
    const indexes = readJsonlValues(join(out, "records.jsonl")).map(
      (row) => (row as { index: number }).index,
    );
    expect(indexes).toEqual([0, 1, 2, 3, 4, 5]);
    expect(JSON.parse(readFileSync(join(out, "run.json"), "utf8")).diversity.rows).toBe(6);
    expect(() => mergeRuns(out, [out])).toThrow(/must not be one of its inputs/);
  });
});

describe("exportRows", () => {
  it("writes chat SFT examples for match, explain, extract and edit, and preference pairs", async () => {
    const dir = folder();
    await runGeneration({ teacher: teacher(), contextAt: syntheticContextStream(), count: 2, outDir: dir });
    const rows = readJsonlValues(join(dir, "records.jsonl"));
    const sft = exportRows(rows, "sft");
    expect(sft.lines).toHaveLength(2 * 5);
    const first = sft.lines.slice(0, 5) as { messages: { role: string; content: string }[] }[];
    expect(first.map((example) => example.messages.at(-1)?.content.slice(0, 3))).toEqual([
      "yes",
      "no",
      "Mis",
      '{"s',
      "## ",
    ]);
    expect(first[2]?.messages.at(-1)?.content).toContain("Missing skills:");
    for (const example of first)
      expect(example.messages.map((message) => message.role)).toEqual(["system", "user", "assistant"]);
    const preference = exportRows(rows, "preference");
    expect(preference.lines[0]).toMatchObject({
      chosen: [{ role: "assistant" }],
      rejected: [{ role: "assistant" }],
    });
  });

  it.skipIf(!HAS_SHARED_DATA)("exports the real RJDB dev rows", () => {
    const rows = readJsonlValues(sharedData("rjdb/rjdb-dev.jsonl"));
    const result = exportRows(rows, "sft", ["explain"]);
    expect(result.lines).toHaveLength(rows.length);
    const target = (result.lines[0] as { messages: { content: string }[] }).messages[2]?.content ?? "";
    expect(target).toBe(
      'Missing skills: Customer Service; Networking\nExperience gap: instead of "Junior Systems Admin/Engineer (2019 - 2023)" use "Junior Systems Admin/Engineer (2019 - 2021)"',
    );
  });
});
