// What every importer produces: plain records with only the fields Colloquy keeps, and problems
// that name the record and the field.

/** An author as the importers write it: a name given inline, with an optional affiliation. */
export interface ImportedAuthor {
  given: string;
  family: string;
  affiliation?: string;
}

/** One imported record. Only allow-listed fields exist here; nothing else can reach a file. */
export interface ImportedRecord {
  /** How messages refer to it, e.g. `submission 3 (pid 41)` or `line 12`. */
  label: string;
  id?: string;
  title: string;
  authors?: ImportedAuthor[];
  /** A paper type as written in the source (an id or a name from cfp.yaml). */
  type?: string;
  archival?: boolean;
  abstract?: string;
}

export interface Skipped {
  label: string;
  reason: string;
}

export interface ImportProblem {
  /** The record, e.g. `submission 3 (pid 41)`, or the file for problems with the whole file. */
  record: string;
  /** The field, e.g. `title`; empty for the whole record. */
  field: string;
  message: string;
}

export interface ParseResult {
  records: ImportedRecord[];
  skipped: Skipped[];
}

/** Thrown when the input cannot be imported; lists every problem. */
export class ImportError extends Error {
  readonly problems: readonly ImportProblem[];
  constructor(problems: readonly ImportProblem[]) {
    super(`Import has ${problems.length === 1 ? "1 problem" : `${problems.length} problems`}:\n${problems.map(formatImportProblem).join("\n")}`);
    this.name = "ImportError";
    this.problems = problems;
  }
}

export function formatImportProblem(p: ImportProblem): string {
  return `${p.record}${p.field ? ` ${p.field}` : ""}: ${p.message}`;
}

/** Collapse white space; undefined for empty text. */
export function clean(value: unknown): string | undefined {
  if (typeof value !== "string" && typeof value !== "number") return undefined;
  const text = String(value).replace(/\s+/g, " ").trim();
  return text === "" ? undefined : text;
}

/** `yes`, `true`, `archival`, `1` → true; `no`, `false`, `non-archival`, `0` → false. */
export function parseBoolean(value: unknown): boolean | undefined | "invalid" {
  if (typeof value === "boolean") return value;
  const text = clean(value)?.toLowerCase();
  if (text === undefined) return undefined;
  if (["yes", "y", "true", "1", "archival"].includes(text)) return true;
  if (["no", "n", "false", "0", "non-archival", "nonarchival", "non archival"].includes(text)) return false;
  return "invalid";
}

/** Split `Ada King Lovelace (Analytical Engines Ltd)` into given/family names and an affiliation. */
export function parseAuthorName(text: string): ImportedAuthor | undefined {
  const match = /^(.*?)\s*(?:\(([^()]*)\))?$/.exec(text.trim());
  const name = clean(match?.[1]);
  if (!name) return undefined;
  const affiliation = clean(match?.[2]);
  const parts = name.split(" ");
  const family = parts.pop()!;
  const given = parts.join(" ");
  if (!given) return undefined;
  return { given, family, ...(affiliation ? { affiliation } : {}) };
}

/** Whether a decision such as `Accepted`, `accept (short)` or `Rejected` means accepted. */
export function isAccepted(decision: unknown): boolean {
  const text = clean(decision)?.toLowerCase() ?? "";
  return /accept/.test(text) && !/reject|not accept|unaccept/.test(text);
}
