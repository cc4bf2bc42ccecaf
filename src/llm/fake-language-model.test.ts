import { describe, expect, it } from "vitest";
import { countFakeTokens, createFakeLanguageModel } from "./fake-language-model.js";
import { contractReply, runLanguageModelContract } from "./language-model.contract.js";

runLanguageModelContract("fake", async () => ({
  model: createFakeLanguageModel({ respond: contractReply }),
}));

describe("createFakeLanguageModel", () => {
  it("replays scripted responses, repeating the last, and records calls", async () => {
    const model = createFakeLanguageModel({ responses: ["one", "two"] });
    const texts = [];
    for (let index = 0; index < 3; index++) {
      texts.push((await model.generate({ messages: [{ role: "user", content: "hi there" }] })).text);
    }
    expect(texts).toEqual(["one", "two", "two"]);
    expect(model.calls).toHaveLength(3);
  });

  it("throws scripted errors and counts tokens as words", async () => {
    const model = createFakeLanguageModel({ responses: [new Error("boom")] });
    await expect(model.generate({ messages: [{ role: "user", content: "x" }] })).rejects.toThrow("boom");
    expect(countFakeTokens("  a b\nc ")).toBe(3);
    expect(countFakeTokens("")).toBe(0);
  });
});
