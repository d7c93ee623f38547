// One import, start to finish, without touching the disk: parse the input files, merge them into
// the current papers.yaml (or reading.yaml) text, validate the result with the content schema and
// return the new text and a report. Any problem throws ImportError and nothing is returned.
import { Document, isMap, isPair, isScalar, isSeq, parse as parseYaml, visit } from "yaml";
import type { z } from "zod";
import type { PaperType } from "../schemas/cfp.ts";
import { papersSchema } from "../schemas/papers.ts";
import { readingSchema } from "../schemas/reading.ts";
import type { Award, Presentation } from "../schemas/cfp.ts";
import { cmtSheetFromText, parseCmt, type Sheet } from "./cmt.ts";
import { CSV_FIELDS, parseCsv, type CsvField } from "./csv.ts";
import { parseHotcrp } from "./hotcrp.ts";
import { resolveType, type Labels } from "./kinds.ts";
import { parseOpenReview } from "./openreview.ts";
import { merge, uniqueSlug, type Entry, type MergeReport } from "./merge.ts";
import { parseText } from "./text.ts";
import { ImportError, uniqueProblems, type ImportedRecord, type ImportProblem, type Skipped } from "./types.ts";

export const FORMATS = ["hotcrp", "csv", "text", "openreview", "cmt"] as const;
export type Format = (typeof FORMATS)[number];
export type Target = "papers" | "reading";

export interface ImportOptions {
  format: string;
  into: Target;
  /** Column or key names: `{ title: "Paper Title" }`. */
  map?: Record<string, string>;
  /** Paper types of the edition (cfp.yaml), to turn a type name into its id. */
  paperTypes: readonly Pick<PaperType, "id" | "name">[];
  /** Type for new papers whose input has none. */
  defaultType?: string;
  /** Archival flag for new papers whose input has none (default true). */
  defaultArchival?: boolean;
  /** Awards of the edition, which `--map` may name for a presentation kind. */
  awards?: readonly Pick<Award, "id" | "name">[];
  /** Presentation kinds of the edition (cfp.yaml `presentations`). */
  presentations?: readonly Pick<Presentation, "id" | "name">[];
  /** OpenReview: the workshop's venue id (`--venue-id`). */
  venueId?: string;
}

/** One input file: its text, or the sheets of a workbook already read (see xlsx.ts). */
export type ImportInput = { file: string; text: string } | { file: string; sheets: Sheet[] };

/** What the parsers need besides the file: `--map`, the labels of cfp.yaml, `--venue-id`. */
export interface ParseContext {
  map?: Record<string, string>;
  labels?: Labels;
  venueId?: string;
}

export interface ImportResult {
  text: string;
  report: MergeReport;
  /** False when the file would stay byte for byte the same. */
  changed: boolean;
}

export function parseInput(format: string, file: string, input: string | Sheet[], ctx: ParseContext = {}): { records: ImportedRecord[]; skipped: Skipped[] } {
  const map = ctx.map ?? {};
  const labels: Labels = ctx.labels ?? { paperTypes: [], awards: [], presentations: [] };
  if (typeof input !== "string" && format !== "cmt") throw new ImportError([{ record: file, field: "", message: `is a workbook; only --format cmt reads .xlsx files` }]);
  const text = typeof input === "string" ? input : "";
  switch (format) {
    case "openreview":
      return parseOpenReview(text, file, { map, labels, ...(ctx.venueId ? { venueId: ctx.venueId } : {}) });
    case "cmt":
      return parseCmt(typeof input === "string" ? [cmtSheetFromText(input, file)] : input, file, { map, labels });
    case "hotcrp":
      return parseHotcrp(text, file, { map });
    case "csv": {
      const unknown = Object.keys(map).filter((k) => !CSV_FIELDS.includes(k as CsvField));
      if (unknown.length) throw new ImportError(unknown.map((k) => ({ record: "--map", field: k, message: `is not a field; use ${CSV_FIELDS.join(", ")}` })));
      return parseCsv(text, file, map as Partial<Record<CsvField, string>>);
    }
    case "text":
      return parseText(text, file);
    default:
      throw new ImportError([{ record: "--format", field: "", message: `unknown format "${format}"; use ${FORMATS.join(", ")}` }]);
  }
}

const HEADERS: Record<Target, string> = {
  papers: "# yaml-language-server: $schema=../schemas/papers.schema.json\n# Accepted papers. `id` is the submission number; `type`, `award` and `presentation` refer to ids in cfp.yaml.\n\n",
  reading: "# yaml-language-server: $schema=../schemas/reading.schema.json\n# Related reading for this edition, made with `npm run import:papers -- FILE --format text`.\n\n",
};

export function runImport(existingText: string | undefined, inputs: readonly ImportInput[], options: ImportOptions): ImportResult {
  const problems: ImportProblem[] = [];
  const records: ImportedRecord[] = [];
  const skipped: Skipped[] = [];
  for (const input of inputs) {
    try {
      const parsed = parseInput(options.format, input.file, "text" in input ? input.text : input.sheets, {
        map: options.map ?? {},
        labels: { paperTypes: options.paperTypes, awards: options.awards ?? [], presentations: options.presentations ?? [] },
        ...(options.venueId ? { venueId: options.venueId } : {}),
      });
      records.push(...parsed.records);
      skipped.push(...parsed.skipped);
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0 && problems.some((p) => p.record.startsWith("--"))) throw new ImportError(uniqueProblems(problems));

  if (options.into === "papers") {
    for (const record of records) {
      if (record.type === undefined) continue;
      const id = resolveType(record.type, options.paperTypes);
      if (id) record.type = id;
      else problems.push({ record: record.label, field: "type", message: `"${record.type}" is not a paper type of cfp.yaml (${options.paperTypes.map((t) => t.id).join(", ")})` });
    }
  }
  if (options.defaultType && !options.paperTypes.some((t) => t.id === options.defaultType)) {
    problems.push({ record: "--type", field: "", message: `"${options.defaultType}" is not a paper type of cfp.yaml` });
  }

  let existing: Entry[] = [];
  if (existingText !== undefined) {
    try {
      const data: unknown = parseYaml(existingText);
      if (data !== null && !Array.isArray(data)) throw new Error("the file is not a list");
      existing = (data ?? []) as Entry[];
    } catch (error) {
      problems.push({ record: `${options.into}.yaml`, field: "", message: `cannot be read (${(error as Error).message.split("\n")[0]})` });
    }
  }
  if (problems.length > 0) throw new ImportError(uniqueProblems(problems));

  const incoming = options.into === "reading" ? records.map(({ label, title, abstract }) => ({ label, title, ...(abstract ? { abstract } : {}) })) : records;
  if (options.into === "reading" && (options.format === "openreview" || options.format === "cmt")) {
    throw new ImportError([{ record: "--into", field: "", message: `${options.format} imports go into papers` }]);
  }
  const { entries, report } = merge(existing, incoming, uniqueSlug);
  report.skipped.unshift(...skipped);
  const labels = new Map(incoming.map((r) => [r.title, r.label]));
  if (options.into === "papers") {
    for (const entry of entries) {
      if (entry.type === undefined && options.defaultType) entry.type = options.defaultType;
      if (entry.archival === undefined) entry.archival = options.defaultArchival ?? true;
    }
  }

  // Whatever is written must be valid content.
  const schema: z.ZodType = options.into === "papers" ? papersSchema : readingSchema;
  const checked = schema.safeParse(entries);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const [index, ...field] = issue.path;
      const entry = typeof index === "number" ? entries[index] : undefined;
      const label = entry ? (labels.get(String(entry.title)) ?? `${options.into}.yaml entry ${String(entry.id)}`) : `${options.into}.yaml`;
      const missing = issue.code === "invalid_type" && entry && field.length === 1 && entry[String(field[0])] === undefined;
      const hint = missing && field[0] === "type" ? " (give the input a type column, or pass --type ID)" : "";
      problems.push({ record: label, field: field.map(String).join("."), message: `${missing ? "is required" : issue.message}${hint}` });
    }
    throw new ImportError(problems);
  }

  const text = serialise(entries, existingText, options.into);
  return { text, report, changed: text !== existingText };
}

/** YAML in the style of the hand-written files: one entry per item, authors on one line each. */
export function serialise(entries: readonly Entry[], existingText: string | undefined, into: Target): string {
  const header = existingText ? (/^(?:#[^\n]*\n|[ \t]*\n)*/.exec(existingText)?.[0] ?? "") : HEADERS[into];
  const doc = new Document(entries);
  visit(doc, {
    Pair(_, pair) {
      if (isPair(pair) && isScalar(pair.key) && pair.key.value === "authors" && isSeq(pair.value)) {
        for (const item of pair.value.items) if (isMap(item)) item.flow = true;
      }
    },
  });
  return header + doc.toString({ lineWidth: 0, indentSeq: false });
}
