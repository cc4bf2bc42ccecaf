import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HAS_SHARED_DATA } from "../../test/support/shared-data.js";
import { loadSharedGraph } from "../../test/support/shared-graph.js";
import { createRandom } from "../core/random.js";
import { type SampledContext, sampleContext } from "./context-sampler.js";
import { buildMiniGraph } from "./test-fixtures/mini-graph.js";

const graph = buildMiniGraph();

function expectValidTimeline(context: SampledContext, endYear: number): void {
  const roles = context.experiences;
  expect(roles.length).toBeGreaterThanOrEqual(1);
  expect(roles.length).toBeLessThanOrEqual(5);
  expect(roles[0]?.endYear).toBe(endYear);
  expect(roles[0]?.occupationId).toBe(context.occupation.id);
  roles.forEach((role, index) => {
    expect(role.years).toBeGreaterThanOrEqual(1);
    expect(role.years).toBeLessThanOrEqual(5);
    expect(role.endYear - role.startYear).toBe(role.years);
    const older = roles[index + 1];
    if (older) expect(older.endYear).toBe(role.startYear);
  });
}

describe("sampleContext", () => {
  it("is deterministic per seed, with a contiguous 1–5 year timeline ending at endYear (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 }),
        fc.integer({ min: 1990, max: 2030 }),
        (seed, endYear) => {
          const first = sampleContext(graph, { seed, endYear });
          expect(sampleContext(graph, { seed, endYear })).toEqual(first);
          expectValidTimeline(first, endYear);
          const relations = first.skills.map((skill) => skill.relation);
          expect(relations).toEqual([...relations].sort());
          expect(new Set(first.skills.map((skill) => skill.id)).size).toBe(first.skills.length);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("honours occupation, skill count and role count; different seeds differ", () => {
    const occupationId = "http://data.europa.eu/esco/occupation/dev";
    const context = sampleContext(graph, {
      seed: 3,
      occupationId,
      skillCount: 4,
      roleCount: 3,
      endYear: 2020,
    });
    expect(context.occupation.label).toBe("software developer");
    expect(context.skills).toHaveLength(4);
    expect(context.skills[0]?.relation).toBe("essential");
    expect(context.experiences).toHaveLength(3);
    expectValidTimeline(context, 2020);
    const seeds = new Set(
      Array.from({ length: 20 }, (_, seed) => JSON.stringify(sampleContext(graph, { seed }))),
    );
    expect(seeds.size).toBeGreaterThan(5);
  });

  it("rejects a bad role count and an unknown occupation", () => {
    expect(() => sampleContext(graph, { seed: 1, roleCount: 6 })).toThrow(
      expect.objectContaining({ code: "BAD_USAGE" }),
    );
    expect(() => sampleContext(graph, { seed: 1, occupationId: "nope" })).toThrow(
      expect.objectContaining({ code: "NOT_FOUND" }),
    );
  });

  it("createRandom is a deterministic uniform source", () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const values = Array.from({ length: 1000 }, () => a.next());
    expect(values).toEqual(Array.from({ length: 1000 }, () => b.next()));
    expect(values.every((value) => value >= 0 && value < 1)).toBe(true);
    expect(Math.abs(values.reduce((sum, value) => sum + value, 0) / 1000 - 0.5)).toBeLessThan(0.05);
    expect(createRandom("seed").int(1, 1)).toBe(1);
    expect(createRandom(1).shuffle([1, 2, 3, 4]).sort()).toEqual([1, 2, 3, 4]);
  });
});

describe.skipIf(!HAS_SHARED_DATA)("sampleContext on the full graph", () => {
  it("samples roles from related occupations", () => {
    const full = loadSharedGraph();
    const contexts = Array.from({ length: 30 }, (_, seed) => sampleContext(full, { seed, roleCount: 4 }));
    for (const context of contexts) expectValidTimeline(context, 2023);
    expect(contexts.filter((context) => context.experiences.length === 4).length).toBeGreaterThan(20);
    expect(contexts.every((context) => context.skills.length >= 3)).toBe(true);
  });
});
