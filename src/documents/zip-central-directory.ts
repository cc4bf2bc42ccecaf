/**
 * Reads a ZIP archive's central directory (names, sizes, offsets) without decompressing anything,
 * so archive limits can be checked before a library inflates the entries. Supports ZIP64 sizes.
 */
import { SkillgraphError } from "../core/errors.js";

export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflate. */
  method: number;
  compressedSize: number;
  /** As declared by the archive (may lie; see `checkArchiveLimits`). */
  uncompressedSize: number;
  localHeaderOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END_OF_DIRECTORY = 0x06064b50;
const DIRECTORY_HEADER = 0x02014b50;
const MAX_COMMENT = 0xffff;
const UINT32_MAX = 0xffffffff;
const NAME_DECODER = new TextDecoder("utf-8");

function corrupt(message: string): SkillgraphError {
  return new SkillgraphError("CORRUPT_FILE", `corrupt ZIP archive: ${message}`);
}

function findEndOfDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let offset = last; offset >= first; offset--) {
    if (view.getUint32(offset, true) === END_OF_DIRECTORY) return offset;
  }
  throw corrupt("no end-of-central-directory record");
}

function readUint64(view: DataView, offset: number): number {
  return Number(view.getBigUint64(offset, true));
}

interface DirectoryLocation {
  entryCount: number;
  offset: number;
  size: number;
}

function locateDirectory(view: DataView, endOffset: number): DirectoryLocation {
  const location = {
    entryCount: view.getUint16(endOffset + 10, true),
    size: view.getUint32(endOffset + 12, true),
    offset: view.getUint32(endOffset + 16, true),
  };
  const isZip64 = location.entryCount === 0xffff || location.offset === UINT32_MAX;
  const locatorOffset = endOffset - 20;
  if (!isZip64 || locatorOffset < 0 || view.getUint32(locatorOffset, true) !== ZIP64_LOCATOR) return location;
  const recordOffset = readUint64(view, locatorOffset + 8);
  if (recordOffset + 56 > view.byteLength || view.getUint32(recordOffset, true) !== ZIP64_END_OF_DIRECTORY) {
    throw corrupt("bad ZIP64 end-of-central-directory record");
  }
  return {
    entryCount: readUint64(view, recordOffset + 32),
    size: readUint64(view, recordOffset + 40),
    offset: readUint64(view, recordOffset + 48),
  };
}

/** Number of entries the archive declares, read from the end record only. */
export function zipDeclaredEntryCount(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 22) throw corrupt("too short");
  return locateDirectory(view, findEndOfDirectory(view)).entryCount;
}

function applyZip64Extra(view: DataView, start: number, length: number, entry: ZipEntry): void {
  let offset = start;
  while (offset + 4 <= start + length) {
    const id = view.getUint16(offset, true);
    const size = view.getUint16(offset + 2, true);
    if (id === 0x0001) {
      let field = offset + 4;
      const take = (): number => {
        if (field + 8 > offset + 4 + size) throw corrupt("short ZIP64 extra field");
        const value = readUint64(view, field);
        field += 8;
        return value;
      };
      if (entry.uncompressedSize === UINT32_MAX) entry.uncompressedSize = take();
      if (entry.compressedSize === UINT32_MAX) entry.compressedSize = take();
      if (entry.localHeaderOffset === UINT32_MAX) entry.localHeaderOffset = take();
      return;
    }
    offset += 4 + size;
  }
}

/** All entries of the central directory; throws CORRUPT_FILE when it cannot be read. */
export function readZipCentralDirectory(bytes: Uint8Array): ZipEntry[] {
  if (bytes.length < 22) throw corrupt("too short");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const location = locateDirectory(view, findEndOfDirectory(view));
  if (location.offset + location.size > bytes.length) throw corrupt("central directory outside the file");
  const entries: ZipEntry[] = [];
  let offset = location.offset;
  for (let index = 0; index < location.entryCount; index++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== DIRECTORY_HEADER) {
      throw corrupt("bad central directory header");
    }
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const nameStart = offset + 46;
    if (nameStart + nameLength + extraLength > bytes.length) throw corrupt("entry name outside the file");
    const entry: ZipEntry = {
      name: NAME_DECODER.decode(bytes.subarray(nameStart, nameStart + nameLength)),
      method: view.getUint16(offset + 10, true),
      compressedSize: view.getUint32(offset + 20, true),
      uncompressedSize: view.getUint32(offset + 24, true),
      localHeaderOffset: view.getUint32(offset + 42, true),
    };
    applyZip64Extra(view, nameStart + nameLength, extraLength, entry);
    entries.push(entry);
    offset = nameStart + nameLength + extraLength + commentLength;
  }
  return entries;
}
