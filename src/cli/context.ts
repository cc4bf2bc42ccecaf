import { defaultGraphPath, resolveHome } from "../core/paths.js";

/** Options every command accepts. */
export interface GlobalOptions {
  graph?: string;
}

/** The home folder: SKILLGRAPH_HOME or ~/.skillgraph. The environment is read only here, at the edge. */
export function homeFromEnvironment(): string {
  const fromEnvironment = process.env.SKILLGRAPH_HOME;
  return resolveHome(fromEnvironment ? { home: fromEnvironment } : {});
}

/** The graph snapshot a command uses: `--graph FILE` or the home's default. */
export function graphPathFor(options: GlobalOptions): string {
  return options.graph ?? defaultGraphPath(homeFromEnvironment());
}

/** Print a value as JSON on stdout. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
