// Content problems: one message per problem, `file:line:col path: message`, collected and reported together.

/** One problem in one content file. */
export interface Problem {
  file: string;
  line: number;
  column: number;
  /** Field path as written in messages, e.g. `news[3].date`. */
  path: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  const where = p.line > 0 ? `${p.file}:${p.line}:${p.column}` : p.file;
  return p.path ? `${where} ${p.path}: ${p.message}` : `${where} ${p.message}`;
}

/** Thrown when content is invalid; its message lists every problem, one per line. */
export class ContentError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    const sorted = [...problems].sort(
      (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.path.localeCompare(b.path),
    );
    const count = sorted.length === 1 ? "1 problem" : `${sorted.length} problems`;
    super(`Content has ${count}:\n${sorted.map(formatProblem).join("\n")}`);
    this.name = "ContentError";
    this.problems = sorted;
  }
}

/** Render a field path the way a reader writes it: `papers[3].authors[0]`. */
export function formatPath(root: string, path: readonly PropertyKey[]): string {
  let out = root;
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}
