import { describe, expect, it } from "vitest";
import { SkillgraphError } from "../core/errors.js";
import { errorResponseFor } from "./error-response.js";
import { logSerializers } from "./log-serializers.js";

describe("errorResponseFor", () => {
  it("maps input errors to 4xx with their code and message", () => {
    expect(errorResponseFor(new SkillgraphError("DECOMPRESSION_LIMIT", "too deep"))).toEqual({
      status: 413,
      body: { error: { code: "DECOMPRESSION_LIMIT", message: "too deep" } },
    });
    expect(errorResponseFor(new SkillgraphError("CORRUPT_FILE", "bad pdf")).status).toBe(422);
  });

  it("keeps Fastify's client statuses with a skillgraph code", () => {
    const tooLarge = Object.assign(new Error("Request body is too large"), { statusCode: 413 });
    expect(errorResponseFor(tooLarge).body.error.code).toBe("INPUT_TOO_LARGE");
    const notMultipart = Object.assign(new Error("the request is not multipart"), { statusCode: 406 });
    expect(errorResponseFor(notMultipart)).toMatchObject({
      status: 415,
      body: { error: { code: "UNSUPPORTED_TYPE" } },
    });
  });

  it("hides the message of unexpected failures", () => {
    expect(errorResponseFor(new TypeError("secret resume text in a stack"))).toEqual({
      status: 500,
      body: { error: { code: "INTERNAL", message: "internal error" } },
    });
  });
});

describe("logSerializers", () => {
  it("drop query strings and error messages", () => {
    expect(logSerializers.req({ method: "GET", url: "/api/graph/search?q=Jane+Doe", id: "r1" })).toEqual({
      method: "GET",
      url: "/api/graph/search",
      id: "r1",
    });
    const logged = JSON.stringify(
      logSerializers.err(new SkillgraphError("NO_TEXT", "Jane_Doe_CV.pdf has no text")),
    );
    expect(logged).not.toContain("Jane");
    expect(logged).toContain("NO_TEXT");
  });
});
