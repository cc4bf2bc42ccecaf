/**
 * Zip-bomb guard for DOCX: checks the entry count and the declared uncompressed sizes from the
 * central directory, then inflates the XML parts with a byte budget (zlib's `maxOutputLength`), so an
 * archive that lies about its sizes is stopped as soon as it exceeds the bound — all before mammoth
 * runs.
 */
import { inflateRawSync } from "node:zlib";
import { SkillgraphError } from "../core/errors.js";
import { readZipCentralDirectory, type ZipEntry, zipDeclaredEntryCount } from "./zip-central-directory.js";

export interface ArchiveLimits {
  maxDecompressedBytes: number;
  maxEntries: number;
}

const LOCAL_HEADER = 0x04034b50;
/** Parts a DOCX reader actually inflates; media are never decompressed by the text path. */
const INFLATED_PART = /\.(xml|rels)$/i;

function limitError(message: string, details: Record<string, unknown>): SkillgraphError {
  return new SkillgraphError("DECOMPRESSION_LIMIT", message, { details });
}

function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const offset = entry.localHeaderOffset;
  if (offset + 30 > bytes.length || view.getUint32(offset, true) !== LOCAL_HEADER) {
    throw new SkillgraphError("CORRUPT_FILE", `corrupt ZIP archive: bad local header for ${entry.name}`);
  }
  const start = offset + 30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) {
    throw new SkillgraphError("CORRUPT_FILE", `corrupt ZIP archive: ${entry.name} is truncated`);
  }
  return bytes.subarray(start, end);
}

/** Inflate one entry; throws as soon as its output would exceed `budget` bytes. */
function inflatedSize(data: Uint8Array, budget: number, name: string): number {
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, budget) }).length;
  } catch (error) {
    if (error instanceof RangeError || (error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") {
      throw limitError(`ZIP entry ${name} inflates past the decompression limit`, { entry: name, budget });
    }
    throw new SkillgraphError("CORRUPT_FILE", `corrupt ZIP archive: cannot inflate ${name}`, {
      cause: error,
    });
  }
}

/** Throws DECOMPRESSION_LIMIT (or CORRUPT_FILE) unless the archive is safe to hand to a ZIP library. */
export function checkArchiveLimits(bytes: Uint8Array, limits: ArchiveLimits): ZipEntry[] {
  const declaredCount = zipDeclaredEntryCount(bytes);
  if (declaredCount > limits.maxEntries) {
    throw limitError(`archive has ${declaredCount} entries (limit ${limits.maxEntries})`, {
      entries: declaredCount,
    });
  }
  const entries = readZipCentralDirectory(bytes);
  const declaredTotal = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (declaredTotal > limits.maxDecompressedBytes) {
    throw limitError(
      `archive would decompress to ${declaredTotal} bytes (limit ${limits.maxDecompressedBytes})`,
      { declaredBytes: declaredTotal, limit: limits.maxDecompressedBytes },
    );
  }
  let budget = limits.maxDecompressedBytes;
  for (const entry of entries) {
    if (!INFLATED_PART.test(entry.name)) continue;
    const data = entryData(bytes, entry);
    if (entry.method !== 0 && entry.method !== 8) {
      throw new SkillgraphError("CORRUPT_FILE", `unsupported ZIP compression method ${entry.method}`);
    }
    const size = entry.method === 0 ? data.length : inflatedSize(data, budget, entry.name);
    if (size !== entry.uncompressedSize) {
      throw new SkillgraphError("CORRUPT_FILE", `corrupt ZIP archive: ${entry.name} has the wrong size`);
    }
    budget -= size;
  }
  return entries;
}
