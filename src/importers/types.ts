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
  /** Keywords or subject areas, cleaned and without duplicates. */
  keywords?: string[];
  /** A presentation id of cfp.yaml (oral, spotlight, poster …), from a mapped presentation kind. */
  presentation?: string;
  /** An award id of cfp.yaml, from a mapped presentation kind. */
  award?: string;
  /** Public links the source gives; they fill in links the entry lacks and never replace one. */
  links?: { pdf?: string; forum?: string };
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

/** Keywords from a list or a comma- or semicolon-separated text: cleaned, empty ones and repeats dropped. */
export function cleanKeywords(value: unknown): string[] | undefined {
  const items = Array.isArray(value) ? value : typeof value === "string" ? value.split(/[,;]/) : [];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const item of items) {
    const keyword = clean(item);
    if (!keyword || seen.has(keyword.toLowerCase())) continue;
    seen.add(keyword.toLowerCase());
    out.push(keyword);
  }
  return out.length ? out : undefined;
}

/** Markdown punctuation that would change the meaning of a LaTeX span such as `$x_i * y_j$`. */
const MATH_SPECIALS = /[\\*_`[\]<>~&|]/g;

/**
 * Text from a review system, made safe to render as Markdown without changing what it says:
 * paragraphs kept, white space within them collapsed, LaTeX spans (`$O(n^2)$`) escaped so that
 * Markdown leaves them as written, and a paragraph that starts like a heading, quote or list
 * (`# `, `> `, `- `, `1. `) kept a paragraph. Other Markdown (emphasis, links) stays Markdown.
 */
export function importedMarkdown(value: unknown): string | undefined {
  if (typeof value !== "string") return clean(value);
  const paragraphs = value
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n/)
    .map((p) => clean(p))
    .filter((p): p is string => !!p)
    .map((p) =>
      p
        .replace(/\$\$[^$]+\$\$|\$[^$\s](?:[^$]*[^$\s])?\$/g, (math) => math.replace(MATH_SPECIALS, (c) => `\\${c}`))
        .replace(/^(#{1,6}|>|[-+*]|\d{1,9}[.)])(?=\s|$)/, (marker) => marker.replace(/([#>+*.)-])/, "\\$1")),
    );
  return paragraphs.length ? paragraphs.join("\n\n") : undefined;
}

/** An e-mail address anywhere in a text: such text is never imported. */
export function hasEmail(text: string): boolean {
  return /[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+/.test(text);
}

/** A name given as one text, `Ada King Lovelace`: the last word is the family name. */
export function splitName(text: string): ImportedAuthor | undefined {
  const name = clean(text);
  if (!name) return undefined;
  const parts = name.split(" ");
  const family = parts.pop()!;
  const given = parts.join(" ");
  return given ? { given, family } : undefined;
}

/** A field read twice reports its problem once. */
export function uniqueProblems(problems: readonly ImportProblem[]): ImportProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const k = `${p.record}\u0000${p.field}\u0000${p.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
