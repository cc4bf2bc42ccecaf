import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { SkillgraphError } from "../core/errors.js";

/** A named text file inside a folder or a zip, read on demand. */
export interface DataFile {
  /** The file's base name, e.g. `occupations_en.csv`. */
  name: string;
  /** Where it came from, for error messages: `PATH` or `ZIP!entry`. */
  label: string;
  read(): string;
}

/**
 * List the data files under `path`: a folder (its files, zips expanded, one level of sub-folders)
 * or a single zip. `wanted` selects entries by base name so zips are only partly inflated.
 * Missing path → FILE_NOT_FOUND; unreadable zip → BAD_ARCHIVE (truncated zip → TRUNCATED_FILE).
 */
export function listDataFiles(path: string, wanted: (name: string) => boolean): DataFile[] {
  let isFolder: boolean;
  try {
    isFolder = statSync(path).isDirectory();
  } catch (cause) {
    throw new SkillgraphError("FILE_NOT_FOUND", `${path}: no such file or folder`, { cause });
  }
  if (!isFolder) return filesOfPlainPath(path, wanted);
  const found: DataFile[] = [];
  for (const entry of readdirSync(path, { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    const full = join(path, entry.name);
    if (entry.isDirectory()) {
      for (const inner of readdirSync(full).sort()) {
        if (wanted(inner) && statSync(join(full, inner)).isFile()) found.push(plainFile(join(full, inner)));
      }
    } else found.push(...filesOfPlainPath(full, wanted, true));
  }
  return found;
}

function filesOfPlainPath(path: string, wanted: (name: string) => boolean, lenient = false): DataFile[] {
  if (path.toLowerCase().endsWith(".zip")) return filesOfZip(path, wanted);
  if (wanted(basename(path))) return [plainFile(path)];
  if (lenient) return [];
  throw new SkillgraphError("BAD_ARCHIVE", `${path}: expected a folder or a .zip file`);
}

function plainFile(path: string): DataFile {
  return {
    name: basename(path),
    label: path,
    read: () => {
      try {
        return readFileSync(path, "utf8");
      } catch (cause) {
        throw new SkillgraphError("FILE_UNREADABLE", `${path}: cannot read`, { cause });
      }
    },
  };
}

function filesOfZip(path: string, wanted: (name: string) => boolean): DataFile[] {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (cause) {
    throw new SkillgraphError("FILE_UNREADABLE", `${path}: cannot read`, { cause });
  }
  const looksLikeZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (!looksLikeZip) throw new SkillgraphError("BAD_ARCHIVE", `${path}: not a zip file`);
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, { filter: (file) => wanted(basename(file.name)) });
  } catch (cause) {
    throw new SkillgraphError(
      "TRUNCATED_FILE",
      `${path}: zip is truncated or damaged (${(cause as Error).message})`,
      { cause },
    );
  }
  return Object.entries(entries)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([entry, data]) => ({
      name: basename(entry),
      label: `${path}!${entry}`,
      read: () => strFromU8(data),
    }));
}

/** The one file named by `pattern`, or FILE_NOT_FOUND naming what was searched. */
export function requireDataFile(
  files: DataFile[],
  pattern: RegExp,
  display: string,
  where: string,
): DataFile {
  const file = files.find((candidate) => pattern.test(candidate.name));
  if (!file) throw new SkillgraphError("FILE_NOT_FOUND", `${where}: ${display} not found`);
  return file;
}
