import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { SkillgraphError } from "../core/errors.js";
import { type TinyModelLayout, writeTinyOnnxModel } from "./test-fixtures/tiny-onnx-model.js";
import { createTransformersEmbedding, type TransformersEmbeddingModel } from "./transformers-embedding.js";

function cosine(left: number[], right: number[]): number {
  let dot = 0;
  for (let index = 0; index < left.length; index++) dot += (left[index] ?? 0) * (right[index] ?? 0);
  return dot / (Math.hypot(...left) * Math.hypot(...right));
}

/** Mean of the embedding rows of `[CLS] tokens… [SEP]`, computed from the fixture's weights. */
function expectedMeanVector(layout: TinyModelLayout, tokens: string[]): number[] {
  const ids = ["[CLS]", ...tokens, "[SEP]"].map((token) => layout.vocabulary.indexOf(token));
  const sum = new Array<number>(layout.dimensions).fill(0);
  for (const id of ids) {
    for (let dimension = 0; dimension < layout.dimensions; dimension++) {
      sum[dimension] = (sum[dimension] ?? 0) + (layout.embeddings[id * layout.dimensions + dimension] ?? 0);
    }
  }
  return sum.map((value) => value / ids.length);
}

function unit(vector: number[]): number[] {
  const norm = Math.hypot(...vector);
  return vector.map((value) => value / norm);
}

function expectClose(actual: number[] | undefined, expected: number[]): void {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((value, index) => {
    expect(actual?.[index]).toBeCloseTo(value, 5);
  });
}

function catchSync(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe("createTransformersEmbedding (local ONNX through transformers.js)", () => {
  let root: string;
  let modelPath: string;
  let layout: TinyModelLayout;
  let model: TransformersEmbeddingModel;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "skillgraph-onnx-"));
    modelPath = join(root, "tiny-embedder");
    layout = await writeTinyOnnxModel(modelPath);
    model = createTransformersEmbedding({ modelPath });
  });

  afterAll(async () => {
    await model?.dispose();
    await rm(root, { recursive: true, force: true });
  });

  it("loads the local folder with remote models switched off and reports the spec fields", async () => {
    const result = await model.embed(["Python developer"]);
    const { env } = await import("@huggingface/transformers");
    expect(env.allowRemoteModels).toBe(false);
    expect(model.specificationVersion).toBe("v1");
    expect(model.provider).toBe("transformers.js");
    expect(model.modelId).toBe("tiny-embedder");
    expect(result.embeddings).toHaveLength(1);
    expect(result.embeddings[0]).toHaveLength(layout.dimensions);
  }, 60_000);

  it("never fetches: a fresh load reads only the local folder", async () => {
    const { env } = await import("@huggingface/transformers");
    const originalFetch = env.fetch;
    const fetchSpy = vi.fn(() => Promise.reject(new Error("network used")));
    env.fetch = fetchSpy;
    const fresh = createTransformersEmbedding({ modelPath });
    try {
      expect((await fresh.embed(["nurse"])).embeddings[0]).toHaveLength(layout.dimensions);
      expect(fetchSpy).not.toHaveBeenCalled();
    } finally {
      env.fetch = originalFetch;
      await fresh.dispose();
    }
  }, 60_000);

  it("computes the mean-pooled, unit-length vector of the model's weights", async () => {
    const { embeddings } = await model.embed(["Python developer", "baking BREAD"]);
    expectClose(embeddings[0], unit(expectedMeanVector(layout, ["python", "developer"])));
    expectClose(embeddings[1], unit(expectedMeanVector(layout, ["baking", "bread"])));
    for (const vector of embeddings) expect(Math.hypot(...vector)).toBeCloseTo(1, 5);
  });

  it("counts input tokens without padding ([CLS] and [SEP] included)", async () => {
    const { usage } = await model.embed(["python", "java sql developer"]);
    expect(usage.inputTokens).toBe(3 + 5);
  });

  it("is deterministic and independent of batch composition and padding", async () => {
    const texts = ["python developer", "nurse care in the hospital with patient", "chef"];
    const first = await model.embed(texts);
    const second = await model.embed(texts);
    expect(second.embeddings).toEqual(first.embeddings);
    const oneByOne = createTransformersEmbedding({ modelPath, batchSize: 1 });
    try {
      const single = await oneByOne.embed(texts);
      single.embeddings.forEach((vector, index) => {
        expectClose(vector, first.embeddings[index] ?? []);
      });
    } finally {
      await oneByOne.dispose();
    }
  }, 60_000);

  it("gives similar token sets a higher cosine than disjoint ones", async () => {
    const { embeddings } = await model.embed([
      "python developer",
      "python sql developer",
      "java programmer",
      "baking bread",
      "nurse",
    ]);
    const [pythonDeveloper = [], pythonSql = [], javaProgrammer = [], bakingBread = [], nurse = []] =
      embeddings;
    const sharedWords = cosine(pythonDeveloper, pythonSql);
    const sharedTopic = cosine(pythonDeveloper, javaProgrammer);
    const disjoint = cosine(pythonDeveloper, bakingBread);
    expect(sharedWords).toBeGreaterThan(sharedTopic);
    expect(sharedTopic).toBeGreaterThan(disjoint + 0.5);
    expect(disjoint).toBeLessThan(0.05);
    expect(cosine(bakingBread, nurse)).toBeLessThan(0.05);
  });

  it("supports cls pooling and unnormalized output", async () => {
    const cls = createTransformersEmbedding({ modelPath, pooling: "cls", normalize: false });
    const raw = createTransformersEmbedding({ modelPath, normalize: false });
    try {
      const clsVector = (await cls.embed(["python developer"])).embeddings[0];
      expectClose(
        clsVector,
        expectedMeanVector(layout, []).map(
          (_, index) => layout.embeddings[2 * layout.dimensions + index] ?? 0,
        ),
      );
      const rawVector = (await raw.embed(["python developer"])).embeddings[0];
      expectClose(rawVector, expectedMeanVector(layout, ["python", "developer"]));
    } finally {
      await cls.dispose();
      await raw.dispose();
    }
  }, 60_000);

  it("loads onnx/model_quantized.onnx when quantized is set", async () => {
    const onlyQuantized = join(root, "only-quantized");
    await writeTinyOnnxModel(onlyQuantized, { omitModelFile: true, withQuantizedFile: true });
    const quantized = createTransformersEmbedding({ modelPath: onlyQuantized, quantized: true });
    try {
      const { embeddings } = await quantized.embed(["chef recipe"]);
      expectClose(embeddings[0], unit(expectedMeanVector(layout, ["chef", "recipe"])));
    } finally {
      await quantized.dispose();
    }
  }, 60_000);

  it("embeds an empty list without work", async () => {
    expect(await model.embed([])).toEqual({ embeddings: [], usage: { inputTokens: 0 } });
  });

  it("stops before running when the signal is already aborted", async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(model.embed(["python"], { signal: controller.signal })).rejects.toMatchObject({
      code: "LLM_ERROR",
      details: { kind: "aborted" },
    });
  });

  it("rejects a missing folder with MODEL_MISSING and a one-line reason", () => {
    const missing = join(root, "no-such-model");
    const error = catchSync(() => createTransformersEmbedding({ modelPath: missing }));
    expect(error).toBeInstanceOf(SkillgraphError);
    expect(error).toMatchObject({ code: "MODEL_MISSING", details: { modelPath: missing } });
    const message = (error as SkillgraphError).message;
    expect(message).toContain(missing);
    expect(message).not.toContain("\n");
  });

  it("names the missing files of an incomplete folder", async () => {
    const incomplete = join(root, "incomplete");
    await writeTinyOnnxModel(incomplete, { omitModelFile: true });
    expect(catchSync(() => createTransformersEmbedding({ modelPath: incomplete }))).toMatchObject({
      code: "MODEL_MISSING",
      details: { missing: [join("onnx", "model.onnx")] },
    });
    expect(catchSync(() => createTransformersEmbedding({ modelPath, quantized: false }))).toBeUndefined();
  });

  it("reports an unreadable ONNX file as MODEL_MISSING on first use", async () => {
    const corrupt = join(root, "corrupt");
    await writeTinyOnnxModel(corrupt);
    await writeFile(join(corrupt, "onnx", "model.onnx"), "not a protobuf");
    const broken = createTransformersEmbedding({ modelPath: corrupt });
    const failure = broken.embed(["python"]);
    await expect(failure).rejects.toMatchObject({ code: "MODEL_MISSING" });
    await expect(failure).rejects.toThrow(/^could not load ONNX embedding model from .*corrupt: [^\n]*$/);
  }, 60_000);
});
