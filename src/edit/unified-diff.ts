/** Options of `unifiedDiff`. */
export interface UnifiedDiffOptions {
  /** File names in the `---`/`+++` header. Default "original" and "edited". */
  fromName?: string;
  toName?: string;
  /** Unchanged lines shown around each change. Default 2. */
  context?: number;
}

type Operation = { kind: " " | "-" | "+"; line: string; fromLine: number; toLine: number };

/**
 * A line-based unified diff (`diff -u` style) of two texts; "" when they are equal. Uses a
 * longest-common-subsequence table, fine for documents of a few hundred lines.
 */
export function unifiedDiff(from: string, to: string, options: UnifiedDiffOptions = {}): string {
  if (from === to) return "";
  const context = options.context ?? 2;
  const left = linesOf(from);
  const right = linesOf(to);
  const operations = diffLines(left, right);
  const hunks: string[] = [];
  let index = 0;
  while (index < operations.length) {
    while (index < operations.length && operations[index]?.kind === " ") index++;
    if (index >= operations.length) break;
    const start = Math.max(0, index - context);
    let end = index;
    // Extend the hunk while changes are within 2×context lines of each other.
    for (let probe = index; probe < operations.length; probe++) {
      if (operations[probe]?.kind !== " ") end = probe;
      else if (probe - end > 2 * context) break;
    }
    const stop = Math.min(operations.length, end + context + 1);
    const slice = operations.slice(start, stop);
    const first = slice[0] as Operation;
    const fromCount = slice.filter((operation) => operation.kind !== "+").length;
    const toCount = slice.filter((operation) => operation.kind !== "-").length;
    const header = `@@ -${first.fromLine + (fromCount === 0 ? 0 : 1)},${fromCount} +${first.toLine + (toCount === 0 ? 0 : 1)},${toCount} @@`;
    hunks.push([header, ...slice.map((operation) => `${operation.kind}${operation.line}`)].join("\n"));
    index = stop;
  }
  return `--- ${options.fromName ?? "original"}\n+++ ${options.toName ?? "edited"}\n${hunks.join("\n")}\n`;
}

function diffLines(left: string[], right: string[]): Operation[] {
  const rows = left.length + 1;
  const columns = right.length + 1;
  const table = new Uint32Array(rows * columns);
  for (let i = left.length - 1; i >= 0; i--) {
    for (let j = right.length - 1; j >= 0; j--) {
      table[i * columns + j] =
        left[i] === right[j]
          ? (table[(i + 1) * columns + j + 1] as number) + 1
          : Math.max(table[(i + 1) * columns + j] as number, table[i * columns + j + 1] as number);
    }
  }
  const operations: Operation[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length || j < right.length) {
    if (i < left.length && j < right.length && left[i] === right[j]) {
      operations.push({ kind: " ", line: left[i] as string, fromLine: i, toLine: j });
      i++;
      j++;
    } else if (
      i < left.length &&
      (j >= right.length ||
        (table[(i + 1) * columns + j] as number) >= (table[i * columns + j + 1] as number))
    ) {
      operations.push({ kind: "-", line: left[i] as string, fromLine: i, toLine: j });
      i++;
    } else {
      operations.push({ kind: "+", line: right[j] as string, fromLine: i, toLine: j });
      j++;
    }
  }
  return operations;
}

/** Lines of a text; a final newline ends the last line rather than starting an empty one. */
function linesOf(text: string): string[] {
  const lines = text.split("\n");
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}
