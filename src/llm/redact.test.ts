import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { redactPersonalData } from "./redact.js";

describe("redactPersonalData", () => {
  it("removes names, e-mails, phones, street addresses and URLs", () => {
    const text = [
      "Name: Azaria Watson",
      "Email: azaria_watson@example.com",
      "Phone: +1 (555) 123-4567",
      "Call me at 555.123.4567 or +44 20 7946 0958",
      "Lives at 221B Baker Street, London",
      "Portfolio https://azaria.dev/work and linkedin.com/in/azaria",
    ].join("\n");
    const redacted = redactPersonalData(text);
    for (const secret of [
      "Azaria Watson",
      "azaria_watson",
      "123-4567",
      "555.123.4567",
      "7946",
      "Baker",
      "azaria.dev",
      "linkedin.com/in",
    ]) {
      expect(redacted).not.toContain(secret);
    }
    expect(redacted).toContain("Name: [NAME]");
    expect(redacted).toContain("[EMAIL]");
    expect(redacted).toContain("[ADDRESS]");
    expect(redacted).toContain("[URL]");
  });

  it("keeps the resume's substance: skills, titles and year ranges", () => {
    const text =
      "## Experience\n1. Junior Systems Admin/Engineer (2019 - 2023)\n2. Analyst (2014-2019)\n## Skills\nSQL, Python 3";
    expect(redactPersonalData(text)).toBe(text);
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const once = redactPersonalData(text);
        expect(redactPersonalData(once)).toBe(once);
      }),
    );
  });
});
