import {
  closeSync,
  existsSync,
  fsyncSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readFileSync,
  writeSync,
} from "node:fs";
import { dirname } from "node:path";
import { SkillgraphError } from "../core/errors.js";

export interface JsonlAppendLog {
  /** Values recovered from the file at open, in order. */
  readonly recovered: unknown[];
  /** Bytes of a torn final line dropped at open (0 when the file was clean). */
  readonly droppedBytes: number;
  /** Append one value as a whole line and fsync it. */
  append(value: unknown): void;
  close(): void;
}

/**
 * A crash-safe JSONL file: every value is appended as one whole line with a single write and an
 * fsync. On open, a torn final line (a crash mid-write, even SIGKILL) is cut off, so readers never
 * see half a record and the next append starts on a fresh line.
 */
export function openJsonlAppendLog(path: string): JsonlAppendLog {
  mkdirSync(dirname(path), { recursive: true });
  const recovered: unknown[] = [];
  let droppedBytes = 0;
  if (existsSync(path)) {
    const bytes = readFileSync(path);
    let validEnd = 0;
    let lineStart = 0;
    while (lineStart < bytes.length) {
      const newline = bytes.indexOf(0x0a, lineStart);
      if (newline === -1) break;
      const line = bytes.subarray(lineStart, newline).toString("utf8").trim();
      const isLast = newline + 1 >= bytes.length;
      if (line !== "") {
        try {
          recovered.push(JSON.parse(line));
        } catch {
          // A bad final line is torn: cut it. A bad line in the middle is skipped, never cut.
          if (isLast) break;
        }
      }
      validEnd = newline + 1;
      lineStart = newline + 1;
    }
    droppedBytes = bytes.length - validEnd;
    if (droppedBytes > 0) {
      const handle = openSync(path, "r+");
      ftruncateSync(handle, validEnd);
      fsyncSync(handle);
      closeSync(handle);
    }
  }
  let descriptor: number | undefined = openSync(path, "a");
  return {
    recovered,
    droppedBytes,
    append(value) {
      if (descriptor === undefined) throw new SkillgraphError("INTERNAL", `${path}: log is closed`);
      const buffer = Buffer.from(`${JSON.stringify(value)}\n`, "utf8");
      let written = 0;
      while (written < buffer.length) written += writeSync(descriptor, buffer, written);
      fsyncSync(descriptor);
    },
    close() {
      if (descriptor !== undefined) closeSync(descriptor);
      descriptor = undefined;
    },
  };
}
