import { createHash } from "node:crypto";
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { importEsco } from "../../src/graph/esco-importer.js";
import { importOnet } from "../../src/graph/onet-importer.js";
import { SkillGraph } from "../../src/graph/skill-graph.js";
import { loadGraphSnapshot, saveGraphSnapshot } from "../../src/graph/snapshot.js";
import { PROJECT_ROOT, sharedData } from "./shared-data.js";

/**
 * The full ESCO + O*NET + crosswalk graph from ../shared/data, built once per version of the
 * importer code and cached as a snapshot in os.tmpdir()/skillgraph-test-cache/. Use it only inside
 * `describe.skipIf(!HAS_SHARED_DATA)`. The returned graph is shared by every caller in the process:
 * do not mutate it (load the snapshot at `sharedGraphPath()` yourself when you need a private copy).
 */
export function loadSharedGraph(): SkillGraph {
  memo ??= loadGraphSnapshot(sharedGraphPath());
  return memo;
}

let memo: SkillGraph | undefined;

const CACHE_FOLDER = join(tmpdir(), "skillgraph-test-cache");
const LOCK_STALE_MS = 180_000;

/** Path of the cached snapshot, building it first when absent (safe across concurrent processes). */
export function sharedGraphPath(): string {
  const path = join(CACHE_FOLDER, `shared-graph-${importerHash()}.sgraph`);
  if (existsSync(path)) return path;
  mkdirSync(CACHE_FOLDER, { recursive: true });
  const lock = `${path}.lock`;
  for (;;) {
    if (existsSync(path)) return path;
    let descriptor: number | undefined;
    try {
      descriptor = openSync(lock, "wx");
    } catch {
      if (Date.now() - modifiedAt(lock) > LOCK_STALE_MS) rmSync(lock, { force: true });
      else sleep(250);
      continue;
    }
    try {
      if (!existsSync(path)) {
        saveGraphSnapshot(buildSharedGraph(), path);
        removeStaleSnapshots(path);
      }
      return path;
    } finally {
      closeSync(descriptor);
      rmSync(lock, { force: true });
    }
  }
}

/** Import everything in ../shared/data into a new graph (slow: use `sharedGraphPath`). */
export function buildSharedGraph(): SkillGraph {
  const graph = new SkillGraph();
  importEsco(graph, sharedData("esco-1.1.1"));
  importOnet(graph, sharedData("onet-27.0"), {
    skillsFolder: sharedData("onet-29.3"),
    crosswalkPath: sharedData("crosswalk/esco_onet_crosswalk_Nov2020.csv"),
  });
  return graph;
}

function importerHash(): string {
  const hash = createHash("sha256");
  const folder = join(PROJECT_ROOT, "src/graph");
  for (const name of readdirSync(folder).sort()) {
    if (!name.endsWith(".ts") || name.endsWith(".test.ts")) continue;
    hash.update(name).update(readFileSync(join(folder, name)));
  }
  hash.update(readFileSync(join(PROJECT_ROOT, "test/support/shared-graph.ts")));
  return hash.digest("hex").slice(0, 16);
}

/** Snapshots of older importer versions, untouched for an hour, are removed. */
function removeStaleSnapshots(current: string): void {
  for (const name of readdirSync(CACHE_FOLDER)) {
    const path = join(CACHE_FOLDER, name);
    if (path === current || !/^shared-graph-[0-9a-f]+\.sgraph$/.test(name)) continue;
    if (Date.now() - modifiedAt(path) > 3_600_000) rmSync(path, { force: true });
  }
}

/** Modification time of a file in ms (0 when it is gone). */
function modifiedAt(lock: string): number {
  try {
    return statSync(lock).mtimeMs;
  } catch {
    return 0;
  }
}

function sleep(milliseconds: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, milliseconds);
}
