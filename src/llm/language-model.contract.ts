import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { generateObject } from "./generate-object.js";
import type { EmbeddingModel, GenerateRequest, LanguageModel } from "./language-model.js";

/** The schema every provider must satisfy through `generateObject`. */
export const contractSchema = z.object({
  verdict: z.enum(["match", "no-match"]),
  skills: z.array(z.string().max(12)).max(2),
});

/** How scripted providers (fake, test server) answer the contract's requests. */
export function contractReply(request: Pick<GenerateRequest, "messages" | "responseFormat">): string {
  if (request.responseFormat) return JSON.stringify({ verdict: "match", skills: ["sql"] });
  return `echo: ${request.messages.at(-1)?.content ?? ""}`;
}

export interface ContractSubject {
  model: LanguageModel & Partial<EmbeddingModel>;
  cleanup?: () => Promise<void>;
}

/**
 * One contract for every LanguageModel implementation (GUIDE §6.7). Call it from a test file per
 * provider with a factory that builds the subject.
 */
export function runLanguageModelContract(name: string, build: () => Promise<ContractSubject>): void {
  describe(`LanguageModel contract: ${name}`, () => {
    let subject: ContractSubject;
    beforeAll(async () => {
      subject = await build();
    }, 120_000);
    afterAll(async () => {
      await subject?.cleanup?.();
    });

    const ask: GenerateRequest = {
      messages: [
        { role: "system", content: "You are terse." },
        { role: "user", content: "Say hello." },
      ],
      maxTokens: 16,
      temperature: 0,
      seed: 7,
    };

    it("declares version v1, a provider and a model id", () => {
      expect(subject.model.specificationVersion).toBe("v1");
      expect(subject.model.provider.length).toBeGreaterThan(0);
      expect(subject.model.modelId.length).toBeGreaterThan(0);
    });

    it("generates text with integer usage and a known finish reason", async () => {
      const result = await subject.model.generate(ask);
      expect(typeof result.text).toBe("string");
      expect(Number.isInteger(result.usage.inputTokens)).toBe(true);
      expect(result.usage.inputTokens).toBeGreaterThan(0);
      expect(Number.isInteger(result.usage.outputTokens)).toBe(true);
      expect(["stop", "length", "content-filter", "tool-calls", "error", "other"]).toContain(
        result.finishReason,
      );
    }, 120_000);

    it("streams deltas that concatenate to the generated text (same seed, temperature 0)", async () => {
      const whole = await subject.model.generate(ask);
      const deltas: string[] = [];
      for await (const delta of subject.model.stream(ask)) deltas.push(delta);
      expect(deltas.join("")).toBe(whole.text);
    }, 120_000);

    it("returns schema-valid JSON through generateObject", async () => {
      const result = await generateObject(subject.model, {
        schema: contractSchema,
        schemaName: "contract",
        messages: [
          { role: "user", content: "Does a resume with SQL match a JD asking for SQL? Answer in JSON." },
        ],
        maxTokens: 96,
        maxRetries: 1,
        seed: 3,
      });
      expect(contractSchema.safeParse(result.object).success).toBe(true);
      expect(result.attempts).toBeGreaterThanOrEqual(1);
      expect(result.usage.outputTokens).toBeGreaterThan(0);
    }, 120_000);

    it("embeds texts into equal-length finite vectors, deterministically", async () => {
      const embed = subject.model.embed?.bind(subject.model);
      if (!embed) return;
      const { embeddings, usage } = await embed([
        "data analysis with SQL",
        "forklift driving",
        "data analysis with SQL",
      ]);
      expect(embeddings).toHaveLength(3);
      const [first, second, third] = embeddings;
      expect(first?.length).toBeGreaterThan(0);
      expect(second?.length).toBe(first?.length);
      expect(first?.every(Number.isFinite)).toBe(true);
      expect(third).toEqual(first);
      expect(usage.inputTokens).toBeGreaterThan(0);
    }, 120_000);
  });
}
