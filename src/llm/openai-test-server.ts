import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { fakeEmbedding } from "./fake-language-model.js";

/** A reply the test server gives to one chat request. */
export type TestServerReply =
  | { content: string; finishReason?: string; usage?: { prompt_tokens: number; completion_tokens: number } }
  | { status: number; body?: unknown; headers?: Record<string, string> }
  | { rawBody: string }
  | { emptyChoices: true }
  | { destroy: true };

export interface ChatRequestBody {
  model: string;
  messages: { role: string; content: string }[];
  stream?: boolean;
  response_format?: { type: string; json_schema?: { name: string; schema: unknown } };
  max_tokens?: number;
  seed?: number;
  temperature?: number;
}

export interface OpenAITestServerOptions {
  /** Reply for a chat request; default echoes the last user message. */
  respond?: (body: ChatRequestBody, requestIndex: number) => TestServerReply | Promise<TestServerReply>;
  /** Wait before answering each request (chat and embeddings); default 0. */
  delayMs?: number;
  /** Required bearer key; any other gets 401. Default: no check. */
  apiKey?: string;
}

export interface OpenAITestServer {
  /** Base URL to hand to createOpenAICompatible, ending in `/v1`. */
  baseURL: string;
  /** Parsed chat request bodies, in arrival order. */
  requests: ChatRequestBody[];
  close(): Promise<void>;
}

/**
 * A local node:http server speaking the real OpenAI wire format — `POST /v1/chat/completions`
 * (JSON and SSE streaming) and `POST /v1/embeddings` — with scripted faults. Exported for tests
 * and benchmarks of every OpenAI-compatible client.
 */
export async function startOpenAITestServer(
  options: OpenAITestServerOptions = {},
): Promise<OpenAITestServer> {
  const requests: ChatRequestBody[] = [];
  const respond =
    options.respond ??
    ((body: ChatRequestBody): TestServerReply => ({
      content: body.messages.filter((message) => message.role === "user").at(-1)?.content ?? "",
    }));

  const handle = async (incoming: IncomingMessage, response: ServerResponse): Promise<void> => {
    const text = await readBody(incoming);
    if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
    if (options.apiKey !== undefined && incoming.headers.authorization !== `Bearer ${options.apiKey}`) {
      sendJson(response, 401, {
        error: { message: "Incorrect API key provided", type: "invalid_request_error" },
      });
      return;
    }
    if (incoming.url?.endsWith("/embeddings")) {
      const body = JSON.parse(text) as { input: string[] | string; model: string };
      const inputs = Array.isArray(body.input) ? body.input : [body.input];
      sendJson(response, 200, {
        object: "list",
        model: body.model,
        data: inputs.map((input, index) => ({ object: "embedding", index, embedding: fakeEmbedding(input) })),
        usage: { prompt_tokens: inputs.join(" ").split(/\s+/).length, total_tokens: 0 },
      });
      return;
    }
    const body = JSON.parse(text) as ChatRequestBody;
    const requestIndex = requests.length;
    requests.push(body);
    const reply = await respond(body, requestIndex);
    if ("destroy" in reply) {
      incoming.socket.destroy();
      return;
    }
    if ("status" in reply) {
      sendJson(
        response,
        reply.status,
        reply.body ?? { error: { message: `status ${reply.status}` } },
        reply.headers,
      );
      return;
    }
    if ("rawBody" in reply) {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(reply.rawBody);
      return;
    }
    const content = "content" in reply ? reply.content : "";
    const usage = ("content" in reply && reply.usage) || {
      prompt_tokens: body.messages
        .map((message) => message.content)
        .join(" ")
        .split(/\s+/).length,
      completion_tokens: content.split(/\s+/).filter(Boolean).length,
    };
    const finishReason = ("content" in reply && reply.finishReason) || "stop";
    const base = { id: `chatcmpl-${requestIndex}`, created: 0, model: body.model };
    if (body.stream) {
      response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
      const pieces = content.match(/\S+\s*|\s+/g) ?? [];
      const chunk = (delta: Record<string, unknown>, finish: string | null): string =>
        `data: ${JSON.stringify({ ...base, object: "chat.completion.chunk", choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
      response.write(chunk({ role: "assistant", content: "" }, null));
      for (const piece of pieces) response.write(chunk({ content: piece }, null));
      response.write(chunk({}, finishReason));
      response.end("data: [DONE]\n\n");
      return;
    }
    const choices =
      "emptyChoices" in reply
        ? []
        : [
            {
              index: 0,
              message: { role: "assistant", content },
              finish_reason: finishReason,
              logprobs: null,
            },
          ];
    sendJson(response, 200, {
      ...base,
      object: "chat.completion",
      choices,
      usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
    });
  };

  const server = createServer((incoming, response) => {
    handle(incoming, response).catch((error: unknown) => {
      if (!response.headersSent) sendJson(response, 500, { error: { message: String(error) } });
      else response.destroy();
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function readBody(incoming: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
    incoming.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    incoming.on("error", reject);
  });
}

function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, { "content-type": "application/json", ...headers });
  response.end(JSON.stringify(body));
}
