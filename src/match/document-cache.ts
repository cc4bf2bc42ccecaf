import { createHash } from "node:crypto";

/** A bounded in-memory cache keyed by the SHA-1 of a document's text (oldest entries evicted first). */
export class ContentHashCache<Value> {
  private readonly entries = new Map<string, Value>();
  private readonly capacity: number;
  hits = 0;
  misses = 0;

  /** @param capacity maximum entries kept; default 2,000. */
  constructor(capacity = 2000) {
    this.capacity = capacity;
  }

  /** The cached value for `text`, or `build(text)` stored under the text's hash. */
  getOrBuild(text: string, build: (text: string) => Value): Value {
    const key = createHash("sha1").update(text).digest("hex");
    const cached = this.entries.get(key);
    if (cached !== undefined) {
      this.hits++;
      return cached;
    }
    this.misses++;
    const value = build(text);
    if (this.entries.size >= this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, value);
    return value;
  }

  get size(): number {
    return this.entries.size;
  }
}
