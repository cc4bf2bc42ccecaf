import { describe, expect, it } from "vitest";
import { createFakeLanguageModel } from "../llm/fake-language-model.js";
import { rewriteWithLanguageModel } from "./rewrite-with-llm.js";

const RESUME = `Name: Ana Silva
Email: ana@example.com

## Skills
- Python
- SQL

## Experience
- Data Analyst at Acme Corp (2018 - 2021)
`;

const REWRITE = `Name: [NAME]
Email: [EMAIL]

## Skills
- SQL
- Python
- Kubernetes

## Experience
- Data Analyst at Acme Corp (2018 - 2021)
`;

describe("rewriteWithLanguageModel", () => {
  it("sends redacted text and removes the claims the resume does not support", async () => {
    const model = createFakeLanguageModel({ responses: [REWRITE] });
    const result = await rewriteWithLanguageModel(RESUME, "## Required Skills\n- Kubernetes\n", model);
    const sent = model.calls[0]?.messages.map((message) => message.content).join("\n") ?? "";
    expect(sent).not.toContain("ana@example.com");
    expect(sent).not.toContain("Ana Silva");
    expect(result.unsupported.map((claim) => claim.text)).toEqual(["Kubernetes"]);
    expect(result.text).not.toContain("Kubernetes");
    expect(result.text).toContain("- SQL\n- Python");
  });

  it("can flag unsupported claims instead of removing them", async () => {
    const model = createFakeLanguageModel({ responses: [REWRITE] });
    const result = await rewriteWithLanguageModel(RESUME, "Kubernetes", model, { unsupported: "flag" });
    expect(result.text).toContain('- Kubernetes [UNSUPPORTED: skill "Kubernetes"]');
  });
});
