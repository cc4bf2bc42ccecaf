import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SHARED_ROOT } from "../../test/support/shared-data.js";
import { runLanguageModelContract } from "./language-model.contract.js";
import { createLlamaCpp } from "./llama-cpp.js";

const modelPath = join(SHARED_ROOT, "models/llama-2-tiny-random.gguf");
const hasModel = existsSync(modelPath);

describe.skipIf(!hasModel)("llama.cpp provider", () => {
  runLanguageModelContract("llama.cpp (tiny random GGUF)", async () => {
    const model = createLlamaCpp({ modelPath, threads: 2, contextSize: 1024, seed: 1 });
    return { model, cleanup: () => model.dispose() };
  });

  it("reports a clear MODEL_MISSING error for a missing file", async () => {
    const model = createLlamaCpp({ modelPath: "/nonexistent/model.gguf" });
    await expect(model.generate({ messages: [{ role: "user", content: "hi" }] })).rejects.toMatchObject({
      code: "MODEL_MISSING",
    });
    await model.dispose();
  });
});
