import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openJsonlAppendLog } from "./jsonl-append-log.js";

const file = () => join(mkdtempSync(join(tmpdir(), "sg-log-")), "log.jsonl");

describe("openJsonlAppendLog", () => {
  it("appends whole lines and recovers them on reopen", () => {
    const path = file();
    const log = openJsonlAppendLog(path);
    log.append({ a: 1 });
    log.append({ b: "two\nlines" });
    log.close();
    const again = openJsonlAppendLog(path);
    expect(again.recovered).toEqual([{ a: 1 }, { b: "two\nlines" }]);
    expect(again.droppedBytes).toBe(0);
    again.close();
  });

  it("cuts a torn final line (with or without its newline) and keeps appending cleanly", () => {
    for (const torn of ['{"c": 3', '{"c": 3\n']) {
      const path = file();
      writeFileSync(path, `{"a":1}\n${torn}`);
      const log = openJsonlAppendLog(path);
      expect(log.recovered).toEqual([{ a: 1 }]);
      expect(log.droppedBytes).toBe(Buffer.byteLength(torn));
      log.append({ d: 4 });
      log.close();
      expect(readFileSync(path, "utf8")).toBe('{"a":1}\n{"d":4}\n');
    }
  });

  it("never cuts valid rows after a bad line in the middle", () => {
    const path = file();
    writeFileSync(path, '{"a":1}\nnot json\n{"b":2}\n');
    const log = openJsonlAppendLog(path);
    expect(log.recovered).toEqual([{ a: 1 }, { b: 2 }]);
    expect(log.droppedBytes).toBe(0);
    log.close();
  });
});
