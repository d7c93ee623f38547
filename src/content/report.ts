// Content problems for the places they are read: the terminal (the ContentError text, unchanged),
// GitHub's workflow annotations (one `::error` line per problem, shown on the file and line of a
// pull request's diff) and the Markdown of a job summary, which lists them all (GitHub shows only
// ten annotations per step). Pure: the caller says which format, and writes the text where it belongs.
import type { Problem } from "./errors.ts";

/** `plain` for people at a terminal, `github` for a GitHub Actions log. */
export type ReportFormat = "plain" | "github";

export const REPORT_FORMATS: readonly ReportFormat[] = ["plain", "github"];

/** The format asked for with `--format`, else `github` inside GitHub Actions, else `plain`. */
export function reportFormat(asked: string | undefined, inGitHubActions: boolean): ReportFormat {
  if (asked === undefined) return inGitHubActions ? "github" : "plain";
  if ((REPORT_FORMATS as readonly string[]).includes(asked)) return asked as ReportFormat;
  throw new Error(`--format must be ${REPORT_FORMATS.join(" or ")}, not "${asked}"`);
}

/** A workflow command's message: `%`, CR and LF are written as percent escapes. */
export function escapeData(text: string): string {
  return text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}

/** A workflow command's property value: as a message, and also `:` and `,`, which separate properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");
}

/** A file name as GitHub matches it against the repository: forward slashes, no leading `./`. */
function repositoryPath(file: string): string {
  return file.replaceAll("\\", "/").replace(/^(\.\/)+/, "");
}

/** One problem as a GitHub `::error` annotation line. Files are relative to the repository root. */
export function annotation(p: Problem): string {
  const properties = [`file=${escapeProperty(repositoryPath(p.file))}`];
  if (p.line > 0) properties.push(`line=${p.line}`, `col=${p.column}`);
  if (p.path) properties.push(`title=${escapeProperty(p.path)}`);
  return `::error ${properties.join(",")}::${escapeData(p.message)}`;
}

/** Where a problem is, as the plain text writes it: `file:line:col`, or the file alone. */
function place(p: Problem): string {
  const file = repositoryPath(p.file);
  return p.line > 0 ? `${file}:${p.line}:${p.column}` : file;
}

/**
 * Text for a Markdown table cell that shows exactly as written: characters that start inline
 * markup (emphasis, code, links, HTML, entities, strike-through, maths) and the cell separator
 * `|` are backslash-escaped, and line breaks become `<br>`.
 */
export function markdownCell(text: string): string {
  return text.replace(/[\\`*_[\]<>&~$|]/g, "\\$&").replace(/\r\n|\r|\n/g, "<br>");
}

export interface SummaryOptions {
  /** The command that found the problems, e.g. `npm run check`; shown in the heading. */
  command: string;
}

/** The job-summary section for a list of problems: a heading, the count and a table of every problem. */
export function summaryMarkdown(problems: readonly Problem[], { command }: SummaryOptions): string {
  const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
  const rows = problems.map((p) => `| ${markdownCell(place(p))} | ${markdownCell(p.path)} | ${markdownCell(p.message)} |`);
  return [
    `### Content problems found by \`${command}\``,
    "",
    `${count}; nothing was written.`,
    "",
    "| Where | Field | Problem |",
    "| --- | --- | --- |",
    ...rows,
    "",
  ].join("\n");
}

export interface ContentReport {
  /** For standard output: the annotations (empty in the plain format). */
  stdout: string;
  /** For standard error: the text people read, the same in both formats. */
  stderr: string;
  /** Markdown to append to the job summary. */
  summary: string;
}

export interface ReportOptions extends SummaryOptions {
  format: ReportFormat;
  /** The ContentError's message, printed as it is. */
  text: string;
  /** Lines printed after it, e.g. what to do next. */
  after?: readonly string[];
}

/** Everything a script prints and appends for the problems of a ContentError. */
export function contentReport(problems: readonly Problem[], options: ReportOptions): ContentReport {
  const plain = [options.text, ...(options.after ?? [])].join("\n") + "\n";
  const stdout = options.format === "github" ? problems.map((p) => `${annotation(p)}\n`).join("") : "";
  return { stdout, stderr: plain, summary: summaryMarkdown(problems, options) };
}
