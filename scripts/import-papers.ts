// `npm run import:papers -- FILE [FILE…] --format hotcrp|csv|text|openreview|cmt --edition YEAR [--dry-run]
//   [--into papers|reading] [--map field=Column,…|Kind=id,…] [--venue-id ID] [--type ID] [--archival yes|no] [--content DIR]`
// Merges accepted papers into content/<year>/papers.yaml (text lists go to reading.yaml).
// The file is replaced atomically; with any problem, every problem is printed and nothing is written.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parse as parseYaml } from "yaml";
import { cfpSchema } from "../src/schemas/cfp.ts";
import type { MergeReport } from "../src/importers/merge.ts";
import { runImport, type ImportInput, type Target } from "../src/importers/run.ts";
import { isWorkbook, readWorkbook } from "../src/importers/xlsx.ts";
import { ImportError, parseBoolean } from "../src/importers/types.ts";
import { writeFileAtomic } from "../src/lib/file-store.ts";

interface Args {
  files: string[];
  flags: Map<string, string | true>;
}

const VALUED = new Set(["format", "edition", "into", "map", "type", "archival", "content", "venue-id"]);

function parseArgs(argv: string[]): Args {
  const files: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith("--")) {
      files.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (VALUED.has(name)) flags.set(name, inline ?? argv[++i] ?? "");
    else flags.set(name, true);
  }
  return { files, flags };
}

function parseMap(text: string | undefined): Record<string, string> {
  const map: Record<string, string> = {};
  for (const part of (text ?? "").split(",").filter(Boolean)) {
    const [key, value] = part.split(/=(.*)/s, 2);
    if (!key || !value) throw new ImportError([{ record: "--map", field: part, message: "must be field=Column" }]);
    map[key.trim()] = value.trim();
  }
  return map;
}

export function formatReport(report: MergeReport): string {
  const lines: string[] = [];
  const section = (name: string, items: string[]) => {
    lines.push(`${name}: ${items.length}`);
    for (const item of items) lines.push(`  ${item}`);
  };
  section("added", report.added.map((p) => `${p.id}: ${p.title}${p.note ? ` (${p.note})` : ""}`));
  section("updated", report.updated.map((p) => `${p.id}: ${p.title} (${p.fields.join(", ")})`));
  section("unchanged", report.unchanged.map((p) => `${p.id}: ${p.title}`));
  section("skipped", report.skipped.map((s) => `${s.label}: ${s.reason}`));
  return lines.join("\n");
}

/** Read the input files: text, or the sheets of an .xlsx workbook. */
async function readInputs(files: readonly string[]): Promise<ImportInput[]> {
  const inputs: ImportInput[] = [];
  const problems = [];
  for (const file of files) {
    const name = path.basename(file);
    try {
      inputs.push(isWorkbook(file) ? { file: name, sheets: await readWorkbook(readFileSync(file), name) } : { file: name, text: readFileSync(file, "utf8") });
    } catch (e) {
      if (!(e instanceof ImportError)) throw e;
      problems.push(...e.problems);
    }
  }
  if (problems.length) throw new ImportError(problems);
  return inputs;
}

/** Run the command; resolves to the exit status. */
export async function importPapers(argv: string[], log = console.log, error = console.error): Promise<number> {
  try {
    const { files, flags } = parseArgs(argv);
    const problems = [];
    const format = flags.get("format");
    const edition = flags.get("edition");
    if (typeof format !== "string" || !format) problems.push({ record: "--format", field: "", message: "is required (hotcrp, csv, text, openreview or cmt)" });
    if (typeof edition !== "string" || !/^\d{4}$/.test(edition)) problems.push({ record: "--edition", field: "", message: "is required, a year such as 2024" });
    if (files.length === 0) problems.push({ record: "FILE", field: "", message: "give at least one file to import" });
    const into = (flags.get("into") ?? (format === "text" ? "reading" : "papers")) as Target;
    if (into !== "papers" && into !== "reading") problems.push({ record: "--into", field: "", message: "must be papers or reading" });
    const archivalFlag = flags.get("archival");
    const defaultArchival = typeof archivalFlag === "string" ? parseBoolean(archivalFlag) : undefined;
    if (defaultArchival === "invalid") problems.push({ record: "--archival", field: "", message: "must be yes or no" });
    const missing = files.filter((f) => !existsSync(f));
    for (const f of missing) problems.push({ record: f, field: "", message: "does not exist" });
    if (problems.length > 0) throw new ImportError(problems);

    const contentDir = path.resolve(String(flags.get("content") ?? "content"));
    const editionDir = path.join(contentDir, String(edition));
    const cfpFile = path.join(editionDir, "cfp.yaml");
    if (!existsSync(cfpFile)) throw new ImportError([{ record: "--edition", field: "", message: `there is no ${path.relative(process.cwd(), cfpFile)}` }]);
    const cfp = cfpSchema.safeParse(parseYaml(readFileSync(cfpFile, "utf8")));
    if (!cfp.success) throw new ImportError([{ record: path.relative(process.cwd(), cfpFile), field: "", message: "is not valid; run npm run check" }]);

    const target = path.join(editionDir, `${into}.yaml`);
    const existing = existsSync(target) ? readFileSync(target, "utf8") : undefined;
    const venueId = flags.get("venue-id");
    const result = runImport(
      existing,
      await readInputs(files),
      {
        format: String(format),
        into,
        map: parseMap(typeof flags.get("map") === "string" ? (flags.get("map") as string) : undefined),
        paperTypes: cfp.data.paper_types,
        defaultType: typeof flags.get("type") === "string" ? (flags.get("type") as string) : undefined,
        defaultArchival: typeof defaultArchival === "boolean" ? defaultArchival : undefined,
        awards: cfp.data.awards,
        presentations: cfp.data.presentations,
        ...(typeof venueId === "string" && venueId ? { venueId } : {}),
      },
    );
    const where = path.relative(process.cwd(), target);
    log(formatReport(result.report));
    if (flags.has("dry-run")) log(`Dry run: ${where} was not written.`);
    else if (!result.changed) log(`${where} is already up to date.`);
    else {
      writeFileAtomic(target, result.text);
      log(`Wrote ${where}.`);
    }
    return 0;
  } catch (e) {
    if (e instanceof ImportError) {
      error(e.message);
      error("Nothing was written.");
      return 1;
    }
    throw e;
  }
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(path.resolve(entry)).href) process.exitCode = await importPapers(process.argv.slice(2));
