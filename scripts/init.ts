/**
 * `npm run init -- --short-name NAME --name "Full name" --year 2026 --date 2026-12-12
 *   --zone America/Los_Angeles --url https://owner.github.io [--end-date 2026-12-13]
 *   [--conference "NeurIPS 2026" --conference-url URL] [--city C --country K | --online]
 *   [--language en-US] [--force]`
 *
 * Starts a new workshop: replaces the example content (content/ and assets/) with one edition of
 * the new workshop that validates and builds. Everything an organizer must still write is marked
 * with "PLACEHOLDER" (in the text) or "TODO" (in YAML comments), so `grep -rn "PLACEHOLDER\|TODO"
 * content/` lists what is left to fill in.
 *
 * It refuses, writing nothing, when content/ or assets/ hold changes git has not committed (or
 * are not in a git work tree), unless `--force`. The new folders are written beside the old ones
 * and validated before they replace them.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { stringify } from "yaml";
import { ContentError } from "../src/content/errors.ts";
import { loadSite } from "../src/content/load.ts";
import { jsonSchemas } from "../src/schemas/json-schema.ts";
import { option } from "./cli.ts";

export interface InitOptions {
  shortName: string;
  name: string;
  year: number;
  /** First (or only) day, YYYY-MM-DD. */
  date: string;
  /** Last day of a workshop that spans several days. */
  endDate?: string;
  /** The workshop's IANA time zone. */
  zone: string;
  /** The site's public origin. */
  url: string;
  conference?: { name: string; url: string };
  /** A place, or online (both: hybrid). */
  place?: { city: string; country: string };
  online?: boolean;
  language?: string;
  contentDir?: string;
  assetsDir?: string;
  /** Replace content/ even when git has uncommitted changes in it. */
  force?: boolean;
  /** "Today" for the first news item (the clock by default). */
  today?: string;
}

/** A problem with the options or the working tree: nothing was written. */
export class InitError extends Error {}

const MARK = "PLACEHOLDER";

/** The day `days` before `day`. */
function daysBefore(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/** A YAML file: a schema hint for editors, a comment, then the data. */
function yamlFile(schema: string, comment: string, data: unknown): string {
  const lines = comment.split("\n").map((l) => `# ${l}`.trimEnd());
  return `# yaml-language-server: $schema=${schema}\n${lines.join("\n")}\n\n${stringify(data, { lineWidth: 100 })}`;
}

/** Refuses when git reports uncommitted changes under the folders (or cannot tell). */
function assertCommitted(dirs: readonly string[]): void {
  const present = dirs.filter((d) => existsSync(d));
  if (present.length === 0) return;
  let status: string;
  try {
    status = execFileSync("git", ["status", "--porcelain", "--", ...present], { cwd: path.dirname(present[0]!), encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch {
    throw new InitError(`${present.join(" and ")} are not in a git work tree, so init cannot tell whether anything would be lost. Run it again with --force to replace them.`);
  }
  const changed = status.split("\n").filter(Boolean);
  if (changed.length > 0) {
    const list = changed.slice(0, 10).map((l) => `  ${l}`).join("\n");
    throw new InitError(`content/ or assets/ hold changes git has not committed:\n${list}${changed.length > 10 ? `\n  … and ${changed.length - 10} more` : ""}\nCommit or stash them first, or run again with --force to replace them. Nothing was written.`);
  }
}

function check(options: InitOptions): void {
  const problems: string[] = [];
  if (!options.shortName?.trim()) problems.push("--short-name is required, e.g. --short-name MLSys");
  if (!options.name?.trim()) problems.push('--name is required, e.g. --name "Workshop on Machine Learning for Systems"');
  if (!Number.isInteger(options.year)) problems.push("--year is required, e.g. --year 2026");
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.date ?? "")) problems.push("--date is required as YYYY-MM-DD, e.g. --date 2026-12-12");
  if (options.endDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.endDate)) problems.push("--end-date must be YYYY-MM-DD");
  if (!options.zone) problems.push("--zone is required: the workshop's IANA time zone, e.g. --zone America/Los_Angeles");
  if (!options.url) problems.push("--url is required: the site's public origin, e.g. --url https://owner.github.io");
  if (!options.place && !options.online) problems.push("say where: --city C --country K, or --online (or both, for a hybrid workshop)");
  if (problems.length > 0) throw new InitError(problems.join("\n"));
}

/** The files of the new workshop, by path relative to the content folder. */
export function workshopFiles(options: InitOptions): Record<string, string> {
  const { shortName, name, year, date, zone } = options;
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const y = String(year);
  const files: Record<string, string> = {};

  files["site.yaml"] = yamlFile(
    "schemas/site.schema.json",
    "The workshop as a whole, shared by all its editions.\nTODO: write the description; add social accounts and a theme (colours, logo, font) if you like.",
    {
      short_name: shortName,
      name,
      description: `${MARK}: one sentence on what ${shortName} is about and who it is for.`,
      url: options.url,
      current_edition: year,
      language: options.language ?? "en",
      social: [],
    },
  );

  files["people.yaml"] = yamlFile(
    "schemas/people.schema.json",
    "Everyone the site names, once, by id; editions refer to these ids.\nTODO: replace the placeholder organizer with the real ones.",
    { "organizer-placeholder": { given: "Organizer", family: MARK, affiliation: `${MARK}: affiliation`, country: `${MARK}: country` } },
  );

  const edition: Record<string, unknown> = { year, ordinal: 1, title: name };
  if (options.conference) {
    edition.colocated_with = { name: options.conference.name, short: options.conference.name.replace(/\s*\d{4}\s*$/, "") || options.conference.name, url: options.conference.url };
  }
  if (options.place) edition.location = { city: options.place.city, country: options.place.country };
  if (options.online) edition.online = true;
  edition.date = date;
  if (options.endDate) edition.end_date = options.endDate;
  edition.zone = zone;
  files[`${y}/edition.yaml`] = yamlFile(
    "../schemas/edition.schema.json",
    `The facts of the ${y} edition. The banner, the home page and the feed are made from them.\nTODO: add the submission site (submission: {url, system}) once it is open.`,
    edition,
  );

  files[`${y}/cfp.yaml`] = yamlFile("../schemas/cfp.schema.json", "The call for papers. TODO: every PLACEHOLDER below.", {
    intro: `${MARK}: the opening paragraphs of the call, in Markdown.\n`,
    paper_types: [{ id: "full", name: "Full paper", description: `${MARK}: what a full paper contributes.`, pages: { max: 8 }, references_included: false }],
    review: "double-blind",
    format: { name: `${MARK}: the required format` },
    archival: { archival: `${MARK}: where accepted papers are published.` },
    topics: [{ group: "Topics", items: [`${MARK}: a topic of interest`] }],
  });

  const workshopDays = [{ id: "workshop", label: options.endDate ? "Workshop, first day" : "Workshop", kind: "event", date, zone }];
  if (options.endDate) workshopDays.push({ id: "workshop-end", label: "Workshop, last day", kind: "event", date: options.endDate, zone });
  files[`${y}/dates.yaml`] = yamlFile(
    "../schemas/dates.schema.json",
    "Important dates, each a moment in a zone (AoE, UTC, +02:00 or an IANA zone).\nTODO: the deadlines below are placeholders, ten and five weeks before the workshop.",
    [
      { id: "submission", label: "Paper submission", date: daysBefore(date, 70), time: "23:59", zone: "AoE" },
      { id: "notification", label: "Notification of acceptance", date: daysBefore(date, 35), zone: "AoE" },
      ...workshopDays,
    ],
  );

  files[`${y}/committee.yaml`] = yamlFile(
    "../schemas/committee.schema.json",
    "Who runs the edition: person ids from content/people.yaml.\nTODO: the organizing roles and the program committee.",
    { organization: [{ role: "Organizers", members: ["organizer-placeholder"] }], program_committee: [] },
  );

  files[`${y}/news.yaml`] = yamlFile("../schemas/news.schema.json", "News, newest first on the site. `date` is a day or a month.", [
    { date: today, text: `The website of ${shortName} ${y} is online.` },
  ]);
  files[`${y}/papers.yaml`] = yamlFile("../schemas/papers.schema.json", "Accepted papers: fill in after notification, or use `npm run import:papers`.", []);
  files[`${y}/speakers.yaml`] = yamlFile("../schemas/speakers.schema.json", "Keynotes, in the order they are shown.", []);

  files[`${y}/pages/about.md`] = [
    "---",
    "title: About the workshop",
    `description: ${JSON.stringify(`${MARK}: one sentence on this edition, for search results.`)}`,
    "---",
    "",
    `${MARK}: what ${shortName} ${y} is about, who should come and what the day looks like.`,
    "This text is the home page's introduction.",
    "",
  ].join("\n");

  for (const [file, text] of Object.entries(jsonSchemas())) files[`schemas/${file}`] = text;
  return files;
}

export interface InitResult {
  files: string[];
}

export function initWorkshop(options: InitOptions): InitResult {
  check(options);
  const contentDir = path.resolve(options.contentDir ?? "content");
  const assetsDir = path.resolve(options.assetsDir ?? "assets");
  if (!options.force) assertCommitted([contentDir, assetsDir]);

  const parent = path.dirname(contentDir);
  const staging = mkdtempSync(path.join(parent, ".init-"));
  try {
    const newContent = path.join(staging, "content");
    const newAssets = path.join(staging, "assets");
    const files = workshopFiles(options);
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(newContent, file)), { recursive: true });
      writeFileSync(path.join(newContent, file), text);
    }
    mkdirSync(path.join(newAssets, String(options.year)), { recursive: true });
    writeFileSync(path.join(newAssets, String(options.year), ".gitkeep"), "");
    // The new workshop must validate before anything is replaced.
    loadSite({ contentDir: newContent, assetsDir: newAssets, relativeTo: staging });

    const old = path.join(staging, "old");
    mkdirSync(old);
    if (existsSync(contentDir)) renameSync(contentDir, path.join(old, "content"));
    if (existsSync(assetsDir)) renameSync(assetsDir, path.join(old, "assets"));
    renameSync(newContent, contentDir);
    renameSync(newAssets, assetsDir);
    return { files: Object.keys(files).filter((f) => !f.startsWith("schemas/")).sort() };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

function main(args: string[]): void {
  const city = option(args, "city");
  const country = option(args, "country");
  const conference = option(args, "conference");
  const conferenceUrl = option(args, "conference-url");
  try {
    if ((city === undefined) !== (country === undefined)) throw new InitError("--city and --country go together");
    if ((conference === undefined) !== (conferenceUrl === undefined)) throw new InitError("--conference and --conference-url go together");
    const options: InitOptions = {
      shortName: option(args, "short-name") ?? "",
      name: option(args, "name") ?? "",
      year: Number(option(args, "year")),
      date: option(args, "date") ?? "",
      zone: option(args, "zone") ?? "",
      url: option(args, "url") ?? "",
      force: args.includes("--force"),
      online: args.includes("--online"),
    };
    const endDate = option(args, "end-date");
    if (endDate) options.endDate = endDate;
    if (city && country) options.place = { city, country };
    if (conference && conferenceUrl) options.conference = { name: conference, url: conferenceUrl };
    const language = option(args, "language");
    if (language) options.language = language;
    const contentDir = option(args, "content");
    if (contentDir) options.contentDir = contentDir;
    const assetsDir = option(args, "assets");
    if (assetsDir) options.assetsDir = assetsDir;

    const { files } = initWorkshop(options);
    console.log(`Started ${options.shortName} ${options.year}: content/ and assets/ now hold one edition.\n`);
    for (const file of files) console.log(`  content/${file}`);
    console.log(
      [
        "",
        "Next steps:",
        '  1. Fill in what is marked: grep -rn "PLACEHOLDER\\|TODO" content/',
        "  2. npm run build        (then open _site/index.html, or npm start for a live preview)",
        "  3. npm test             (engine tests and the site checks)",
        "  4. Commit, push, and turn on GitHub Pages with GitHub Actions as the source (see the README).",
      ].join("\n"),
    );
  } catch (error) {
    if (error instanceof InitError || error instanceof ContentError) {
      console.error(error.message);
      if (error instanceof ContentError) console.error("Nothing was written.");
      process.exitCode = 2;
      return;
    }
    throw error;
  }
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(path.resolve(entry)).href) main(process.argv.slice(2));
