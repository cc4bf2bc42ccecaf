import type { GenerateRequest, LanguageModel } from "./language-model.js";
import { redactPersonalData } from "./redact.js";

export interface RedactionOptions {
  /** Applied to every outgoing message's text; default `redactPersonalData`. */
  redact?: (text: string) => string;
}

/** Remove personal data from every message before it leaves the process. */
export function withRedaction(model: LanguageModel, options: RedactionOptions = {}): LanguageModel {
  const redact = options.redact ?? redactPersonalData;
  const clean = (request: GenerateRequest): GenerateRequest => ({
    ...request,
    messages: request.messages.map((message) => ({ ...message, content: redact(message.content) })),
  });
  return {
    specificationVersion: "v1",
    provider: model.provider,
    modelId: model.modelId,
    generate: (request) => model.generate(clean(request)),
    stream: (request) => model.stream(clean(request)),
  };
}
