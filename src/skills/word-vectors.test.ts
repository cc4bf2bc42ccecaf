import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SkillgraphError } from "../core/errors.js";
import { loadWordVectors } from "./word-vectors.js";

const folder = mkdtempSync(join(tmpdir(), "skillgraph-vectors-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function writeSource(): string {
  const path = join(folder, "source.json");
  const source = {
    precision: 8,
    l2NormIndex: 3,
    wordIndex: 4,
    size: 4,
    dimensions: 3,
    words: ["the", "sql", "java", "rare"],
    vectors: { the: [1, 0, 0, 1, 0], sql: [0, 3, 4, 5, 1], java: [0, 1, 0, 1, 2], rare: [2, 0, 0, 2, 3] },
    unkVector: [0, 0, 0],
  };
  writeFileSync(path, JSON.stringify(source));
  return path;
}

describe("loadWordVectors", () => {
  it("builds a compact binary cache once, then reads only the cache", () => {
    const sourcePath = writeSource();
    const cacheDir = join(folder, "cache");
    const built = loadWordVectors({ cacheDir, sourcePath, commonWords: 2, extraWords: ["java", "unknown"] });
    expect(built.size).toBe(3);
    expect(built.indexOf("rare")).toBe(-1);
    expect(Array.from(built.vector(built.indexOf("sql")))).toEqual([
      0, 0.6000000238418579, 0.800000011920929,
    ]);
    expect(built.frequencyRank("java")).toBe(2);
    expect(readdirSync(cacheDir).filter((name) => name.endsWith(".bin"))).toHaveLength(2);
    rmSync(sourcePath);
    const cached = loadWordVectors({ cacheDir, sourcePath, commonWords: 2, extraWords: ["unknown", "java"] });
    expect(cached.size).toBe(3);
    expect(Array.from(cached.vector(cached.indexOf("sql")))).toEqual(
      Array.from(built.vector(built.indexOf("sql"))),
    );
    expect(cached.frequencyRank("the")).toBe(0);
    expect(cached.frequencyRank("nothing")).toBe(Number.POSITIVE_INFINITY);
  });

  it("uses the base cache alone when it already holds every requested word the source has", () => {
    const cacheDir = join(folder, "base-only");
    const vectors = loadWordVectors({
      cacheDir,
      sourcePath: writeSource(),
      commonWords: 3,
      extraWords: ["sql", "unknown"],
    });
    expect(vectors.size).toBe(3);
    expect(readdirSync(cacheDir).filter((name) => name.endsWith(".bin"))).toEqual(["wink-sg100d-base-3.bin"]);
  });

  it("fails with a typed error when the source is missing or the cache is damaged", () => {
    expect(() =>
      loadWordVectors({ cacheDir: join(folder, "other"), sourcePath: join(folder, "missing.json") }),
    ).toThrow(SkillgraphError);
    const cacheDir = join(folder, "damaged");
    loadWordVectors({ cacheDir, sourcePath: writeSource(), commonWords: 1 });
    for (const name of readdirSync(cacheDir).filter((entry) => entry.endsWith(".bin"))) {
      writeFileSync(join(cacheDir, name), "not a cache");
    }
    expect(() => loadWordVectors({ cacheDir, commonWords: 1 })).toThrow(SkillgraphError);
  });
});
