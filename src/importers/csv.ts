// Spreadsheet exports (EasyChair's accepted-papers CSV, or any file with a header row): quoted
// fields, UTF-8 with or without a byte-order mark. `--map title=Paper Title,...` names columns.
import { parse } from "csv-parse/sync";
import { clean, ImportError, isAccepted, parseAuthorName, parseBoolean, type ImportedAuthor, type ImportProblem, type ParseResult } from "./types.ts";
import { PAPER_ID, PAPER_ID_RULE } from "../lib/paper-urls.ts";

export type CsvField = "id" | "title" | "authors" | "abstract" | "type" | "archival" | "decision";

/** Column names tried for each field when no `--map` is given (compared case-insensitively). */
const DEFAULT_COLUMNS: Record<CsvField, string[]> = {
  id: ["id", "#", "paper id", "submission", "submission id", "number", "pid"],
  title: ["title", "paper title"],
  authors: ["authors", "author list", "author"],
  abstract: ["abstract"],
  type: ["type", "paper type", "track", "category"],
  archival: ["archival"],
  decision: ["decision", "status"],
};

export const CSV_FIELDS = Object.keys(DEFAULT_COLUMNS) as CsvField[];

/** Split an author list: `A B (X), C D and E F` or `A B; C D`. */
export function splitAuthors(text: string): string[] {
  const parts = text.includes(";") ? text.split(";") : text.split(/,(?![^()]*\))/);
  return parts.flatMap((p) => p.split(/\s+and\s+(?![^()]*\))/)).map((p) => p.trim()).filter(Boolean);
}

export function parseCsv(text: string, file: string, map: Partial<Record<CsvField, string>> = {}): ParseResult {
  let rows: string[][];
  try {
    rows = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: false }) as string[][];
  } catch (error) {
    throw new ImportError([{ record: file, field: "", message: `is not valid CSV (${(error as Error).message})` }]);
  }
  const header = rows.shift();
  if (!header) throw new ImportError([{ record: file, field: "", message: "is empty (a header row is required)" }]);
  const columns = header.map((h) => h.trim().toLowerCase());
  const problems: ImportProblem[] = [];
  const index = {} as Partial<Record<CsvField, number>>;
  for (const field of CSV_FIELDS) {
    const wanted = map[field] ? [map[field].toLowerCase()] : DEFAULT_COLUMNS[field];
    const at = columns.findIndex((c) => wanted.includes(c));
    if (at >= 0) index[field] = at;
    else if (map[field]) problems.push({ record: file, field, message: `no column "${map[field]}" in the header (${header.join(", ")})` });
  }
  if (index.title === undefined && !map.title) problems.push({ record: file, field: "title", message: `no title column in the header (${header.join(", ")}); use --map title=<column>` });
  if (problems.length > 0) throw new ImportError(problems);

  const result: ParseResult = { records: [], skipped: [] };
  rows.forEach((row, i) => {
    const label = `row ${i + 2}`;
    const cell = (field: CsvField) => (index[field] === undefined ? undefined : clean(row[index[field]]));
    const problem = (field: CsvField, message: string) => problems.push({ record: label, field: map[field] ?? field, message });
    const decision = cell("decision");
    if (decision !== undefined && !isAccepted(decision)) {
      result.skipped.push({ label, reason: `decision is "${decision}"` });
      return;
    }
    const title = cell("title");
    if (!title) problem("title", "is required");
    const id = cell("id");
    if (id && !PAPER_ID.test(id)) problem("id", `"${id}" ${PAPER_ID_RULE}`);
    const authors: ImportedAuthor[] = [];
    const authorText = cell("authors");
    if (index.authors !== undefined) {
      if (!authorText) problem("authors", "must list at least one author");
      else
        for (const name of splitAuthors(authorText)) {
          const author = parseAuthorName(name);
          if (author) authors.push(author);
          else problem("authors", `"${name}" needs a given and a family name`);
        }
    }
    const archivalText = cell("archival");
    const archival = parseBoolean(archivalText);
    if (archival === "invalid") problem("archival", `"${archivalText}" is not yes/no`);
    const type = cell("type");
    const abstract = cell("abstract");
    if (title) {
      result.records.push({
        label,
        ...(id ? { id } : {}),
        title,
        ...(authors.length ? { authors } : {}),
        ...(type ? { type } : {}),
        ...(typeof archival === "boolean" ? { archival } : {}),
        ...(abstract ? { abstract } : {}),
      });
    }
  });
  if (problems.length > 0) throw new ImportError(problems);
  return result;
}
