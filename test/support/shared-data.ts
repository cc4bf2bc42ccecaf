import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The project root (this file is test/support/shared-data.ts). */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** ../shared beside the project: datasets read in place, never copied. */
export const SHARED_ROOT = resolve(PROJECT_ROOT, "../shared");

/** Absolute path of a file under ../shared/data. */
export function sharedData(relative: string): string {
  return join(SHARED_ROOT, "data", relative);
}

/** True when ../shared/data is present (always in CI; absent on a user's fresh clone). */
export const HAS_SHARED_DATA = existsSync(join(SHARED_ROOT, "data"));

/** Reason printed by tests skipped for lack of ../shared. */
export const SHARED_SKIP_REASON = "skipped: ../shared/data is not beside the project (CI always has it)";

if (!HAS_SHARED_DATA) process.stderr.write(`${SHARED_SKIP_REASON}\n`);
