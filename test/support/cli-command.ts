/**
 * How e2e tests start the `skillgraph` CLI: the compiled bin when SKILLGRAPH_TEST_CLI=dist (set by
 * `npm test`, which builds first), otherwise the TypeScript sources through tsx (handy while
 * developing with `npx vitest run`).
 */
export const CLI_ARGS: string[] =
  process.env.SKILLGRAPH_TEST_CLI === "dist" ? ["dist/cli/main.js"] : ["--import", "tsx", "src/cli/main.ts"];
