import { homedir } from "node:os";
import { join } from "node:path";

/** Options that locate skillgraph's data; the CLI fills them from the environment. */
export interface HomeOptions {
  /** Data folder; default `~/.skillgraph`. */
  home?: string;
}

export function resolveHome(options: HomeOptions = {}): string {
  return options.home ?? join(homedir(), ".skillgraph");
}

/** Default graph snapshot location inside the home folder. */
export function defaultGraphPath(home: string): string {
  return join(home, "graph.sgraph");
}
