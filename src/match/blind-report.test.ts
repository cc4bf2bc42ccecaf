import { describe, expect, it } from "vitest";
import { createFakeLanguageModel } from "../llm/fake-language-model.js";
import { blindReport } from "./blind-report.js";
import { createMatcher } from "./create-matcher.js";
import { explainWithLanguageModel } from "./explain-with-llm.js";

const JOB = "## Required Skills\n- Customer service\n- Email support\n";
const RESUME = `Name: Jo Park
Phone: 555-123-4567

## Experience
Support Agent (2019 - 2022)
- Customer service by phone; email support at jo.park@example.com and https://jopark.dev
`;

describe("blindReport", () => {
  it("hides e-mails, phones and URLs in quotes, reasons and the explanation", () => {
    const report = createMatcher({}).match(RESUME, JOB);
    const text = JSON.stringify(report);
    expect(text).toContain("jo.park@example.com");
    const blind = JSON.stringify(blindReport(report));
    expect(blind).not.toContain("jo.park@example.com");
    expect(blind).not.toContain("jopark.dev");
    expect(blind).toContain("[EMAIL]");
  });
});

describe("explainWithLanguageModel", () => {
  it("sends only verdicts, redacted, and returns the model's prose", async () => {
    const model = createFakeLanguageModel({ responses: ["You match on customer service."] });
    const report = createMatcher({}).match(RESUME, JOB);
    const prose = await explainWithLanguageModel(report, model);
    expect(prose).toBe("You match on customer service.");
    const sent = model.calls[0]?.messages.map((message) => message.content).join("\n") ?? "";
    expect(sent).toContain("[met] Customer service");
    expect(sent).not.toContain("jo.park@example.com");
  });
});
