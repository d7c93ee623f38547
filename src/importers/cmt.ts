// Microsoft CMT: the Chair Console's submissions export (Actions › Export to Excel › Submissions),
// as .xlsx (one sheet per track in a multi-track conference) or saved as .csv / tab-delimited
// text. Rows whose Status starts with "Accept" are kept; "Accept (Oral)" gives the presentation
// kind "Oral". Only an allow-list of columns is read: Paper ID, Paper Title, Abstract, Author Names
// (or Authors), Track Name, Primary Subject Area, Secondary Subject Areas and Status. The e-mail
// columns (Author Emails, Primary Contact Author Email), Conflicts, Domains, reviewers and every
// other column are never read.
import { parse } from "csv-parse/sync";
import { kindMapping, resolveType, unmappedKind, type Labels } from "./kinds.ts";
import { clean, cleanKeywords, hasEmail, ImportError, importedMarkdown, parseAuthorName, uniqueProblems, type ImportedAuthor, type ImportedRecord, type ImportProblem, type ParseResult } from "./types.ts";
import { PAPER_ID, PAPER_ID_RULE } from "../lib/paper-urls.ts";

/** One sheet of a workbook (or the one table of a CSV file): rows of cells. */
export interface Sheet {
  name: string;
  rows: unknown[][];
}

export interface CmtOptions {
  map?: Record<string, string>;
  labels: Labels;
}

type Column = "id" | "title" | "abstract" | "authors" | "track" | "primary" | "secondary" | "status";

/** The columns read, by their names in CMT's export (compared ignoring case). Nothing else is read. */
const COLUMNS: Record<Column, string[]> = {
  id: ["paper id"],
  title: ["paper title"],
  abstract: ["abstract"],
  authors: ["author names", "authors"],
  track: ["track name"],
  primary: ["primary subject area"],
  secondary: ["secondary subject areas"],
  status: ["status"],
};

const NAMES: Record<Column, string> = {
  id: "Paper ID",
  title: "Paper Title",
  abstract: "Abstract",
  authors: "Author Names",
  track: "Track Name",
  primary: "Primary Subject Area",
  secondary: "Secondary Subject Areas",
  status: "Status",
};

/** A CSV or tab-delimited export as one sheet; the delimiter is read from the header line. */
export function cmtSheetFromText(text: string, file: string): Sheet {
  let body = text.replace(/^\uFEFF/, "");
  // Excel writes `sep=;` as a first line when asked to.
  let delimiter = /^sep=(.)\r?\n/.exec(body)?.[1];
  if (delimiter) body = body.slice(body.indexOf("\n") + 1);
  else {
    const header = body.split(/\r?\n/, 1)[0] ?? "";
    const count = (c: string) => header.replace(/"[^"]*"/g, "").split(c).length - 1;
    delimiter = ["\t", ";", ","].sort((a, b) => count(b) - count(a))[0]!;
  }
  try {
    const rows = parse(body, { delimiter, bom: true, skip_empty_lines: true, relax_column_count: true }) as string[][];
    return { name: file, rows };
  } catch (error) {
    throw new ImportError([{ record: file, field: "", message: `is not valid CSV (${(error as Error).message})` }]);
  }
}

/** The parts of `Ana Lima (Univ A; Lab B)*; Tom Berg`: semicolons inside brackets do not split. */
export function splitCmtAuthors(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const char of text) {
    if (char === "(") depth++;
    else if (char === ")") depth = Math.max(0, depth - 1);
    if (char === ";" && depth === 0) {
      parts.push(current);
      current = "";
    } else current += char;
  }
  parts.push(current);
  return parts.map((p) => p.trim().replace(/\*+$/, "").trim()).filter(Boolean);
}

/** "Accept (Oral)" → "Oral"; "Accept" → undefined. */
function statusKind(status: string): string | undefined {
  return clean(status.replace(/^accept(ed)?/i, "").replace(/^[\s:–—-]*\(?/, "").replace(/\)?\s*$/, ""));
}

export function parseCmt(sheets: readonly Sheet[], file: string, options: CmtOptions): ParseResult {
  const problems: ImportProblem[] = [];
  const mapping = kindMapping(options.map ?? {}, options.labels, problems);
  const result: ParseResult = { records: [], skipped: [] };
  const cell = (value: unknown) => (value instanceof Date ? undefined : clean(value));
  const used = sheets.filter((s) => s.rows.some((r) => r.some((c) => cell(c) !== undefined)));
  if (used.length === 0) throw new ImportError([{ record: file, field: "", message: "holds no rows" }]);
  for (const sheet of used) {
    const where = used.length > 1 || sheets.length > 1 ? `${file} sheet "${sheet.name}"` : file;
    // The header is the first row (of the first ten) that names the title column.
    const headerAt = sheet.rows.slice(0, 10).findIndex((r) => r.some((c) => COLUMNS.title.includes(cell(c)?.toLowerCase() ?? "")));
    const header = (headerAt >= 0 ? sheet.rows[headerAt]! : sheet.rows.find((r) => r.some((c) => cell(c) !== undefined))!).map((c) => cell(c) ?? "");
    const index = {} as Partial<Record<Column, number>>;
    for (const column of Object.keys(COLUMNS) as Column[]) {
      for (const name of COLUMNS[column]) {
        const at = header.findIndex((h) => h.toLowerCase() === name);
        if (at >= 0) {
          index[column] = at;
          break;
        }
      }
    }
    const columns = header.filter(Boolean).join(", ");
    if (index.title === undefined) problems.push({ record: where, field: NAMES.title, message: `no "Paper Title" column in the header (${columns})` });
    if (index.status === undefined) problems.push({ record: where, field: NAMES.status, message: `no "Status" column in the header (${columns}): it tells which papers were accepted` });
    if (index.title === undefined || index.status === undefined) continue;

    sheet.rows.slice(headerAt + 1).forEach((row, i) => {
      const get = (column: Column) => (index[column] === undefined ? undefined : cell(row[index[column]]));
      if (!row.some((c) => cell(c) !== undefined)) return;
      const id = get("id");
      const label = `${where} row ${headerAt + i + 2}${id ? ` (Paper ID ${id})` : ""}`;
      const problem = (column: Column, message: string) => problems.push({ record: label, field: NAMES[column], message });
      const status = get("status") ?? "";
      if (!/^accept/i.test(status)) {
        result.skipped.push({ label, reason: status ? `Status is "${status}"` : "has no Status" });
        return;
      }
      if (id && !PAPER_ID.test(id)) problem("id", `"${id}" ${PAPER_ID_RULE}`);
      const title = get("title");
      if (!title) problem("title", "is required");

      const authors: ImportedAuthor[] = [];
      const authorText = get("authors");
      if (index.authors !== undefined) {
        if (!authorText) problem("authors", "must list at least one author");
        else
          for (const name of splitCmtAuthors(authorText)) {
            if (hasEmail(name)) {
              problem("authors", "holds an e-mail address; only names (and affiliations in brackets) are imported");
              continue;
            }
            const author = parseAuthorName(name);
            if (author) authors.push(author);
            else problem("authors", `"${name}" needs a given and a family name`);
          }
      }

      const target: ImportedRecord = { label, title: title ?? "" };
      const track = get("track");
      if (track) {
        const mapped = mapping.explicit(track);
        const type = mapped ? undefined : resolveType(track, options.labels.paperTypes);
        Object.assign(target, mapped ?? (type ? { type } : {}));
      }
      const kind = statusKind(status);
      if (kind) {
        const mapped = mapping.resolve(kind);
        if (!mapped) problem("status", `"${status}": ${unmappedKind(kind, mapping)}`);
        else Object.assign(target, mapped);
      }
      const abstract = importedMarkdown(index.abstract === undefined ? undefined : row[index.abstract]);
      const keywords = cleanKeywords([get("primary"), ...(get("secondary")?.split(";") ?? [])].filter(Boolean));
      if (title) {
        result.records.push({
          ...target,
          ...(id ? { id } : {}),
          ...(authors.length ? { authors } : {}),
          ...(abstract ? { abstract } : {}),
          ...(keywords ? { keywords } : {}),
        });
      }
    });
  }
  if (problems.length > 0) throw new ImportError(uniqueProblems(problems));
  return result;
}
