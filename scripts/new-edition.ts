/**
 * `npm run new-edition -- 2027 [--from 2026]`: scaffolds the next edition of the workshop.
 *
 * Copies the structure of an existing edition (by default the newest) into content/<year>/ and
 * an empty assets/<year>/, and never changes an existing edition:
 *
 * - edition.yaml: year and ordinal advanced, every mention of the old year replaced (dates,
 *   conference name, links are starting points to check), social post, banner text and
 *   aliases dropped;
 * - cfp.yaml: kept, with the year replaced (paper types, topics, policies are a starting point);
 * - committee.yaml: organizing roles and their members kept, program committee emptied;
 * - news, papers, dates and keynotes emptied; no program.yaml (the Program page links to
 *   program_url until there is one);
 * - pages/: copied, to be rewritten.
 *
 * It refuses to overwrite an existing edition, writes into a temporary folder and moves it into
 * place only once the new edition validates. `--content` and `--assets` choose other folders.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseDocument } from "yaml";
import { ContentError } from "../src/content/errors.ts";
import { loadSite } from "../src/content/load.ts";
import { ordinalWords, siteTexts } from "../src/lib/labels.ts";
import { option } from "./cli.ts";

export interface NewEditionOptions {
  year: number;
  /** The edition to copy; the newest one when absent. */
  from?: number;
  contentDir?: string;
  assetsDir?: string;
}

export class ScaffoldError extends Error {}

/** The ordinals an English title names its edition by: the interface's default words. */
const ORDINALS = ordinalWords(siteTexts("en")).filter(Boolean);

const EMPTY: Record<string, string> = {
  "news.yaml": "# yaml-language-server: $schema=../schemas/news.schema.json\n# News, any order (the site shows the newest first). `date` is a day or just a month.\n\n[]\n",
  "papers.yaml": "# yaml-language-server: $schema=../schemas/papers.schema.json\n# Accepted papers: fill in after notification, or use `npm run import:papers`.\n\n[]\n",
  "dates.yaml":
    "# yaml-language-server: $schema=../schemas/dates.schema.json\n# Important dates: id, label, date, optional time, zone (AoE, UTC, +02:00, an IANA zone), earlier values.\n\n[]\n",
  "speakers.yaml": "# yaml-language-server: $schema=../schemas/speakers.schema.json\n# Keynotes, in the order they are shown.\n\n[]\n",
};

/** Replaces the old year by the new one where it stands alone (2026, ICSE 2026, icse2026-…). */
function advanceYear(text: string, from: number, to: number): string {
  return text.replace(new RegExp(`(?<!\\d)${from}(?!\\d)`, "g"), String(to));
}

export function scaffoldEdition(options: NewEditionOptions): { dir: string; from: number; files: string[] } {
  const contentDir = path.resolve(options.contentDir ?? "content");
  const assetsDir = path.resolve(options.assetsDir ?? "assets");
  const { year } = options;
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new ScaffoldError(`"${year}" is not a year such as 2027`);
  const target = path.join(contentDir, String(year));
  if (existsSync(target)) throw new ScaffoldError(`content/${year}/ already exists; an existing edition is never overwritten`);
  if (existsSync(path.join(assetsDir, String(year))) && readdirSync(path.join(assetsDir, String(year))).some((f) => f !== ".gitkeep")) {
    throw new ScaffoldError(`assets/${year}/ already holds files; move them away or add the edition by hand`);
  }

  const years = readdirSync(contentDir).filter((d) => /^\d{4}$/.test(d)).map(Number).sort((a, b) => a - b);
  const from = options.from ?? years.at(-1);
  if (from === undefined || !years.includes(from)) throw new ScaffoldError(`there is no edition ${options.from ?? ""} to start from in content/`.replace("  ", " "));
  const source = path.join(contentDir, String(from));

  // Build the new edition beside the others, then move it into place in one step.
  const staging = mkdtempSync(path.join(contentDir, `.new-${year}-`));
  try {
    const files: string[] = [];
    const write = (name: string, text: string) => {
      mkdirSync(path.dirname(path.join(staging, name)), { recursive: true });
      writeFileSync(path.join(staging, name), text);
      files.push(name);
    };

    const edition = parseDocument(advanceYear(readFileSync(path.join(source, "edition.yaml"), "utf8"), from, year));
    const ordinal = Number(edition.get("ordinal")) + 1;
    edition.set("year", year);
    edition.set("ordinal", ordinal);
    const title = String(edition.get("title") ?? "");
    const word = ORDINALS[ordinal - 1];
    if (word) edition.set("title", title.replace(new RegExp(`\\b(${ORDINALS.join("|")})\\b`), word));
    edition.delete("social_post");
    edition.delete("banner_alt");
    // Aliases keep an edition's own old addresses working; a new edition has none.
    edition.delete("aliases");
    write("edition.yaml", edition.toString({ lineWidth: 0 }));

    write("cfp.yaml", advanceYear(readFileSync(path.join(source, "cfp.yaml"), "utf8"), from, year));

    const committee = parseDocument(readFileSync(path.join(source, "committee.yaml"), "utf8"));
    committee.set("program_committee", committee.createNode([]));
    write("committee.yaml", advanceYear(committee.toString({ lineWidth: 0 }), from, year));

    for (const [name, text] of Object.entries(EMPTY)) write(name, text);

    const pages = path.join(source, "pages");
    if (existsSync(pages)) {
      for (const page of readdirSync(pages).filter((f) => f.endsWith(".md"))) {
        write(`pages/${page}`, readFileSync(path.join(pages, page), "utf8"));
      }
    }

    // The new edition must validate with the rest of the site before it is moved into place.
    renameSync(staging, target);
    try {
      loadSite({ contentDir, assetsDir });
    } catch (error) {
      rmSync(target, { recursive: true, force: true });
      throw error;
    }
    mkdirSync(path.join(assetsDir, String(year)), { recursive: true });
    if (!existsSync(path.join(assetsDir, String(year), ".gitkeep"))) writeFileSync(path.join(assetsDir, String(year), ".gitkeep"), "");
    return { dir: target, from, files: files.sort() };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

function main(args: string[]): void {
  const year = args.find((a) => /^\d+$/.test(a) && args[args.indexOf(a) - 1] !== "--from");
  if (!year) {
    console.error("Usage: npm run new-edition -- <year> [--from <year>]");
    process.exitCode = 2;
    return;
  }
  const from = option(args, "from");
  try {
    const result = scaffoldEdition({
      year: Number(year),
      from: from === undefined ? undefined : Number(from),
      contentDir: option(args, "content"),
      assetsDir: option(args, "assets"),
    });
    const rel = path.relative(process.cwd(), result.dir) || result.dir;
    console.log(`Created ${rel}/ from the ${result.from} edition:`);
    for (const file of result.files) console.log(`  ${rel}/${file}`);
    console.log(`
Next steps:
  - check edition.yaml (date, place, links), cfp.yaml and committee.yaml, and rewrite pages/;
  - add dates, then news, papers and keynotes as they come;
  - when it should be the site's home page, set current_edition: ${year} in content/site.yaml.`);
  } catch (error) {
    if (error instanceof ScaffoldError) {
      console.error(`new-edition: ${error.message}`);
      process.exitCode = 1;
      return;
    }
    if (error instanceof ContentError) {
      console.error(`new-edition: the new edition would not be valid, so nothing was written:\n${error.message}`);
      process.exitCode = 1;
      return;
    }
    throw error;
  }
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(path.resolve(entry)).href) main(process.argv.slice(2));
