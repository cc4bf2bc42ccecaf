import { exitCodeFor, toSkillgraphError } from "../core/errors.js";

/**
 * Wrap a command's action: errors become one line on stderr (`skillgraph: CODE: reason`) and the
 * exit code of the contract (1 work failed, 2 bad input). Stack traces only with SKILLGRAPH_DEBUG.
 */
export function runAction<Args extends unknown[]>(
  action: (...args: Args) => Promise<void> | void,
): (...args: Args) => Promise<void> {
  return async (...args: Args) => {
    try {
      await action(...args);
    } catch (error) {
      const wrapped = toSkillgraphError(error);
      process.stderr.write(`skillgraph: ${wrapped.code}: ${oneLine(wrapped.message)}\n`);
      if (process.env.SKILLGRAPH_DEBUG) process.stderr.write(`${(error as Error).stack ?? ""}\n`);
      process.exitCode = exitCodeFor(error);
    }
  };
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
