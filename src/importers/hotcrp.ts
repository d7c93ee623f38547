// HotCRP's JSON export: an array of submissions. Only accepted submissions are kept, and only an
// allow-list of fields is read, so e-mail addresses, conflicts, reviews and any other private
// field never leave this module.
import { clean, ImportError, isAccepted, parseBoolean, type ImportedAuthor, type ImportedRecord, type ImportProblem, type ParseResult } from "./types.ts";
import { PAPER_ID, PAPER_ID_RULE } from "../lib/paper-urls.ts";

export interface HotcrpOptions {
  /** Source keys for `type` and `archival` (HotCRP names submission options after their titles). */
  map?: Partial<Record<"type" | "archival", string>>;
}

const TYPE_KEYS = ["type", "paper_type", "submission_type", "paper_category", "category"];
const ARCHIVAL_KEYS = ["archival", "archival_option", "proceedings"];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function pick(sub: Record<string, unknown>, keys: string[]): unknown {
  const options = isRecord(sub.options) ? sub.options : {};
  for (const key of keys) {
    if (sub[key] !== undefined) return sub[key];
    if (options[key] !== undefined) return options[key];
  }
  return undefined;
}

export function parseHotcrp(text: string, file: string, options: HotcrpOptions = {}): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new ImportError([{ record: file, field: "", message: `is not valid JSON (${(error as Error).message})` }]);
  }
  if (!Array.isArray(data)) throw new ImportError([{ record: file, field: "", message: "must be a JSON array of submissions (HotCRP's JSON export)" }]);

  const problems: ImportProblem[] = [];
  const result: ParseResult = { records: [], skipped: [] };
  data.forEach((sub, i) => {
    const pid = isRecord(sub) ? clean(sub.pid) : undefined;
    const label = `submission ${i + 1}${pid ? ` (pid ${pid})` : ""}`;
    const problem = (field: string, message: string) => problems.push({ record: label, field, message });
    if (!isRecord(sub)) return problem("", "is not an object");
    if (!isAccepted(sub.decision)) {
      result.skipped.push({ label, reason: sub.decision === undefined ? "has no decision" : `decision is "${clean(sub.decision) ?? ""}"` });
      return;
    }
    if (!pid) problem("pid", "is required");
    else if (!PAPER_ID.test(pid)) problem("pid", `"${pid}" ${PAPER_ID_RULE}`);
    const title = clean(sub.title);
    if (!title) problem("title", "is required");
    const authors: ImportedAuthor[] = [];
    if (!Array.isArray(sub.authors) || sub.authors.length === 0) problem("authors", "must list at least one author");
    else
      sub.authors.forEach((a, j) => {
        // Allow-list: first, last, affiliation. Nothing else (e-mail, ORCID, contact flags) is read.
        const given = isRecord(a) ? clean(a.first) : undefined;
        const family = isRecord(a) ? clean(a.last) : undefined;
        const affiliation = isRecord(a) ? clean(a.affiliation) : undefined;
        if (!given || !family) problem(`authors[${j}]`, `needs both "first" and "last"`);
        else authors.push({ given, family, ...(affiliation ? { affiliation } : {}) });
      });
    const type = clean(pick(sub, options.map?.type ? [options.map.type] : TYPE_KEYS));
    const archivalRaw = pick(sub, options.map?.archival ? [options.map.archival] : ARCHIVAL_KEYS);
    const archival = parseBoolean(archivalRaw);
    if (archival === "invalid") problem(options.map?.archival ?? "archival", `"${String(archivalRaw)}" is not yes/no`);
    const abstract = clean(sub.abstract);
    if (title && pid) {
      result.records.push({
        label,
        id: pid,
        title,
        authors,
        ...(type ? { type } : {}),
        ...(typeof archival === "boolean" ? { archival } : {}),
        ...(abstract ? { abstract } : {}),
      });
    }
  });
  if (problems.length > 0) throw new ImportError(problems);
  return result;
}
