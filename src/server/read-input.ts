import type { FastifyRequest } from "fastify";
import { z } from "zod";
import { SkillgraphError } from "../core/errors.js";
import type { DocumentResult, ServerEngine } from "./engine.js";
import { parseBody } from "./parse-body.js";

export interface InputLimits {
  uploadLimitBytes: number;
  maxDecompressedBytes: number;
}

/** A document received by the API, with the form fields that came with it. */
export interface ReceivedDocument {
  document: DocumentResult;
  fileName?: string;
  /** Other text fields: multipart fields, or the JSON body's string fields. */
  fields: Record<string, string>;
}

const textBodySchema = z.looseObject({ text: z.string() });

/**
 * Read one document from a request, in any of the accepted forms: multipart/form-data with a
 * `file` part (plus text fields), a JSON body `{text, …}`, or the raw bytes of the document
 * (text/plain, text/html, text/markdown, application/pdf, DOCX, application/octet-stream).
 */
export async function readDocumentInput(
  request: FastifyRequest,
  engine: ServerEngine,
  limits: InputLimits,
): Promise<ReceivedDocument> {
  const readOptions = (fileName?: string) => ({
    maxBytes: limits.uploadLimitBytes,
    maxDecompressedBytes: limits.maxDecompressedBytes,
    ...(fileName === undefined ? {} : { fileName }),
  });
  if (request.isMultipart()) {
    const { bytes, fileName, fields } = await readMultipart(request, limits.uploadLimitBytes);
    if (!bytes) {
      if (fields.text !== undefined) return { document: textDocument(fields.text), fields };
      throw new SkillgraphError("BAD_INPUT", "multipart body has no `file` part (nor a `text` field)");
    }
    const document = await engine.readDocument(bytes, readOptions(fileName));
    return { document, fields, ...(fileName === undefined ? {} : { fileName }) };
  }
  if (Buffer.isBuffer(request.body)) {
    return { document: await engine.readDocument(request.body, readOptions()), fields: {} };
  }
  const body = parseBody(textBodySchema, request.body);
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(body)) if (typeof value === "string") fields[key] = value;
  return { document: textDocument(body.text), fields };
}

/** Text given directly (JSON or a form field): must not be blank. */
export function textDocument(text: string): DocumentResult {
  if (text.trim().length === 0) throw new SkillgraphError("EMPTY_DOCUMENT", "the text is empty");
  return { text: text.replace(/\r\n?/g, "\n"), type: "text", warnings: [] };
}

async function readMultipart(
  request: FastifyRequest,
  uploadLimitBytes: number,
): Promise<{ bytes?: Buffer; fileName?: string; fields: Record<string, string> }> {
  const fields: Record<string, string> = {};
  let bytes: Buffer | undefined;
  let fileName: string | undefined;
  try {
    const parts = request.parts({
      limits: { fileSize: uploadLimitBytes, files: 1, fields: 20, fieldSize: uploadLimitBytes, parts: 25 },
    });
    for await (const part of parts) {
      if (part.type === "file") {
        bytes = await part.toBuffer();
        if (part.filename) fileName = part.filename;
      } else if (typeof part.value === "string") {
        fields[part.fieldname] = part.value;
      }
    }
  } catch (error) {
    if (typeof (error as { statusCode?: unknown }).statusCode === "number") throw error;
    // Busboy's own parse failures (truncated or malformed form data) are the client's fault.
    throw new SkillgraphError("BAD_INPUT", "malformed multipart/form-data body", { cause: error });
  }
  return {
    ...(bytes === undefined ? {} : { bytes }),
    ...(fileName === undefined ? {} : { fileName }),
    fields,
  };
}
