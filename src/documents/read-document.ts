/**
 * The entry point for reading documents: bytes, a file or a stream (stdin) → `DocumentText`.
 * The type is detected from the bytes; size limits are enforced before parsing (and while reading a
 * stream); every failure is a SkillgraphError with a code, never an empty success.
 */
import { readFile, stat } from "node:fs/promises";
import { isSkillgraphError, SkillgraphError } from "../core/errors.js";
import { detectDocumentType } from "./detect-document-type.js";
import {
  type DocumentText,
  MAX_ARCHIVE_ENTRIES,
  type ReadDocumentOptions,
  resolveReadOptions,
} from "./document-types.js";
import { readDocx } from "./read-docx.js";
import { readPdf } from "./read-pdf.js";
import { readTextDocument } from "./read-text.js";

function describe(options: ReadDocumentOptions, fallback: string): string {
  return options.fileName === undefined ? fallback : JSON.stringify(options.fileName);
}

function tooLarge(size: number, maxBytes: number, options: ReadDocumentOptions): SkillgraphError {
  return new SkillgraphError(
    "INPUT_TOO_LARGE",
    `${describe(options, "the document")} is larger than the limit of ${maxBytes} bytes`,
    { details: { size, maxBytes } },
  );
}

async function readByType(bytes: Uint8Array, options: ReadDocumentOptions): Promise<DocumentText> {
  const limits = resolveReadOptions(options);
  const type = detectDocumentType(bytes);
  if (type === "pdf")
    return readPdf(bytes, { maxPages: limits.maxPages, label: describe(options, "the PDF") });
  if (type === "docx") {
    return readDocx(
      bytes,
      { maxDecompressedBytes: limits.maxDecompressedBytes, maxEntries: MAX_ARCHIVE_ENTRIES },
      describe(options, "the DOCX"),
    );
  }
  return readTextDocument(bytes, type, describe(options, `the ${type} document`));
}

/**
 * Read a document held in memory. Throws SkillgraphError with code EMPTY_DOCUMENT,
 * INPUT_TOO_LARGE, UNSUPPORTED_TYPE, ENCRYPTED_PDF, NEEDS_OCR, CORRUPT_FILE, DECOMPRESSION_LIMIT or
 * NO_TEXT; any unexpected parser failure is reported as CORRUPT_FILE.
 */
export async function readDocument(
  bytes: Uint8Array,
  options: ReadDocumentOptions = {},
): Promise<DocumentText> {
  const { maxBytes } = resolveReadOptions(options);
  if (bytes.length > maxBytes) throw tooLarge(bytes.length, maxBytes, options);
  let result: DocumentText;
  try {
    result = await readByType(bytes, options);
  } catch (error) {
    if (isSkillgraphError(error)) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new SkillgraphError(
      "CORRUPT_FILE",
      `${describe(options, "the document")} could not be read (${message})`,
      {
        cause: error,
      },
    );
  }
  if (result.text.trim().length === 0) {
    throw new SkillgraphError("NO_TEXT", `${describe(options, "the document")} contains no text`);
  }
  return result;
}

function fileError(error: unknown, path: string): SkillgraphError {
  const code = typeof error === "object" && error !== null && "code" in error ? error.code : undefined;
  if (code === "ENOENT")
    return new SkillgraphError("FILE_NOT_FOUND", `no such file: ${path}`, { cause: error });
  return new SkillgraphError("FILE_UNREADABLE", `cannot read ${path}`, { cause: error });
}

/** Read a document file; the size limit is checked before the file is loaded. */
export async function readDocumentFile(
  path: string,
  options: ReadDocumentOptions = {},
): Promise<DocumentText> {
  const named = { ...options, fileName: options.fileName ?? path };
  const { maxBytes } = resolveReadOptions(options);
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new SkillgraphError("FILE_UNREADABLE", `not a regular file: ${path}`);
    if (info.size > maxBytes) throw tooLarge(info.size, maxBytes, named);
    bytes = await readFile(path);
  } catch (error) {
    throw isSkillgraphError(error) ? error : fileError(error, path);
  }
  return readDocument(bytes, named);
}

/** A byte source: a Node readable (e.g. `process.stdin`), a web ReadableStream or any async iterable. */
export type DocumentByteStream = AsyncIterable<Uint8Array | string> | ReadableStream<Uint8Array>;

function chunksOf(stream: DocumentByteStream): AsyncIterable<Uint8Array | string> {
  if (Symbol.asyncIterator in stream) return stream as AsyncIterable<Uint8Array | string>;
  const reader = (stream as ReadableStream<Uint8Array>).getReader();
  return {
    async *[Symbol.asyncIterator]() {
      try {
        for (let next = await reader.read(); !next.done; next = await reader.read()) yield next.value;
      } finally {
        await reader.cancel().catch(() => undefined);
      }
    },
  };
}

/**
 * Read a document from a stream (the CLI's `-` for stdin). Reading stops with INPUT_TOO_LARGE as
 * soon as more than `maxBytes` have arrived, so an endless stream cannot exhaust memory.
 */
export async function readDocumentStream(
  stream: DocumentByteStream,
  options: ReadDocumentOptions = {},
): Promise<DocumentText> {
  const { maxBytes } = resolveReadOptions(options);
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of chunksOf(stream)) {
    const bytes = typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk;
    total += bytes.length;
    if (total > maxBytes) throw tooLarge(total, maxBytes, options);
    chunks.push(bytes);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return readDocument(bytes, options);
}
