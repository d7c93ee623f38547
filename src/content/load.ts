// Reads the whole content folder, validates every file against its schema, checks references
// between files, and returns the typed model. Every problem is collected; nothing is written.
import type { Kept } from "../lib/kept.ts";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type matter from "gray-matter";
import type { z } from "zod";
import { cfpSchema } from "../schemas/cfp.ts";
import { committeeSchema, type Member } from "../schemas/committee.ts";
import { datesSchema } from "../schemas/dates.ts";
import { editionSchema } from "../schemas/edition.ts";
import { newsSchema } from "../schemas/news.ts";
import { pageSchema } from "../schemas/page.ts";
import { papersSchema } from "../schemas/papers.ts";
import { peopleSchema, type Person } from "../schemas/people.ts";
import { programSchema } from "../schemas/program.ts";
import { readingSchema } from "../schemas/reading.ts";
import { labelsSchema } from "../schemas/labels.ts";
import { siteSchema } from "../schemas/site.ts";
import { speakersSchema } from "../schemas/speakers.ts";
import { isMultiDay, isWorkshopDay, lastDayOf } from "./attendance.ts";
import { suppliedBannerFile, BANNER_VARIANTS } from "../lib/banner-sources.ts";
import { fixedOffset, wallTimeExists } from "../lib/dates.ts";
import { accentProblem } from "../lib/theme.ts";
import { defaultSlotId } from "./program.ts";
import { hasPage, RESERVED_SLUGS } from "./pages.ts";
import { LIMITS } from "../schemas/common.ts";
import { ContentError, type Problem } from "./errors.ts";
import type { EditionModel, LogoFiles, MarkdownPage, PersonRef, ResolvedPaper, SiteModel } from "./model.ts";
import { FileStore } from "../lib/file-store.ts";
import { problemAt, readYaml, validate, type YamlSource } from "./yaml-source.ts";

export interface LoadOptions {
  /** The content folder, default `content`. */
  contentDir?: string;
  /** The source images folder, default `assets`. */
  assetsDir?: string;
  /** How file names appear in messages: relative to this folder (default: the working directory). */
  relativeTo?: string;
  /** The build's store, where large YAML files are kept parsed between builds. */
  parsed?: FileStore;
  /** `npm start`: the files read by the last run, kept parsed by their text (each run validates them again). */
  kept?: Kept;
}

class Collector {
  problems: Problem[] = [];
  constructor(
    readonly relativeTo: string,
    readonly parsed?: FileStore,
    readonly kept?: Kept,
  ) {}
  name(file: string): string {
    return path.relative(this.relativeTo, file).split(path.sep).join("/");
  }
  /** False (with a problem) for a file too large to be content. */
  sizeOk(file: string): boolean {
    const bytes = statSync(file).size;
    if (bytes <= LIMITS.fileBytes) return true;
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    this.problems.push({ file: this.name(file), line: 0, column: 0, path: "", message: `is ${mb(bytes)}; a content file may be at most ${mb(LIMITS.fileBytes)}` });
    return false;
  }
  /** Read and validate one YAML file; undefined when it is missing (and optional) or invalid. */
  file<S extends z.ZodType>(file: string, root: string, schema: S, required: boolean): { value: z.output<S>; source: YamlSource } | undefined {
    if (!existsSync(file)) {
      if (required) this.problems.push({ file: this.name(file), line: 0, column: 0, path: "", message: "is missing" });
      return undefined;
    }
    if (!this.sizeOk(file)) return undefined;
    const text = readFileSync(file, "utf8");
    const read = () => readYaml(text, this.name(file), root, 0, this.parsed);
    const { source, problems } = this.kept ? this.kept.get("yaml", { file: this.name(file), root, text }, read) : read();
    this.problems.push(...problems);
    if (!source) return undefined;
    const result = validate(source, schema);
    this.problems.push(...result.problems);
    return result.value === undefined ? undefined : { value: result.value, source };
  }
}

/** Load and validate everything. Throws ContentError listing every problem. */
export function loadSite(options: LoadOptions = {}): SiteModel {
  const contentDir = path.resolve(options.contentDir ?? "content");
  const assetsDir = path.resolve(options.assetsDir ?? "assets");
  const c = new Collector(path.resolve(options.relativeTo ?? process.cwd()), options.parsed, options.kept);

  const site = c.file(path.join(contentDir, "site.yaml"), "site", siteSchema, true);
  const people = c.file(path.join(contentDir, "people.yaml"), "people", peopleSchema, true);
  const labels = c.file(path.join(contentDir, "labels.yaml"), "labels", labelsSchema, false);
  const peopleById: Record<string, Person> = people?.value ?? {};

  const years = existsSync(contentDir)
    ? readdirSync(contentDir).filter((d) => /^\d{4}$/.test(d) && statSync(path.join(contentDir, d)).isDirectory()).sort()
    : [];
  const editions: EditionModel[] = [];
  for (const year of years) {
    const edition = loadEdition(c, path.join(contentDir, year), path.join(assetsDir, year), Number(year), people ? peopleById : undefined);
    if (edition) editions.push(edition);
  }

  if (site?.value.domain && new URL(site.value.url).host !== site.value.domain) {
    c.problems.push(problemAt(site.source, ["domain"], `is ${site.value.domain}, but url is ${site.value.url}; make url https://${site.value.domain}`));
  }

  let logo: LogoFiles | undefined;
  if (site) {
    logo = checkTheme(c, site.value.theme, site.source, assetsDir);
    if (site.value.theme.banner === "images") {
      for (const edition of editions) {
        const missing = BANNER_VARIANTS.filter(([theme, shape]) => !suppliedBannerFile(edition.assetsDir, theme, shape)).map(([t, s]) => `${t}-${s}`);
        if (missing.length > 0) {
          c.problems.push(problemAt(site.source, ["theme", "banner"], `is images, but ${c.name(path.join(edition.assetsDir, "banner"))}/ has no ${missing.join(", ")} picture (.svg, .png, .jpg, .webp or .avif)`));
        }
      }
    }
  }

  let current: EditionModel | undefined;
  if (site) {
    current = editions.find((e) => e.year === site.value.current_edition);
    if (!current && !years.includes(String(site.value.current_edition))) {
      c.problems.push(problemAt(site.source, ["current_edition"], `there is no folder content/${site.value.current_edition}/`));
    }
  }
  if (c.problems.length > 0 || !site || !people || !current) throw new ContentError(c.problems);
  return { site: site.value, labels: labels?.value ?? {}, people: peopleById, editions, current, ...(logo ? { logo } : {}) };
}

/** What a file's first bytes say it is. */
function pictureType(file: string): "png" | "svg" | undefined {
  const head = readFileSync(file).subarray(0, 1024);
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return "png";
  const text = head.toString("utf8").replace(/^\uFEFF/, "").trimStart();
  return /^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE[^>]*>\s*)?<svg[\s>]/i.test(text) ? "svg" : undefined;
}

/** The accent colours pass WCAG AA in their scheme, and the logo files exist and are what they say. */
function checkTheme(c: Collector, theme: SiteModel["site"]["theme"], source: YamlSource, assetsDir: string): LogoFiles | undefined {
  for (const scheme of ["light", "dark"] as const) {
    const problem = accentProblem(theme.accent[scheme], scheme);
    if (problem) c.problems.push(problemAt(source, ["theme", "accent", scheme], problem));
  }
  if (!theme.logo) return undefined;
  const files: Partial<LogoFiles> = {};
  for (const scheme of ["light", "dark"] as const) {
    const relative = theme.logo[scheme];
    if (!relative) continue;
    const file = path.join(assetsDir, relative);
    const expected = relative.toLowerCase().endsWith(".png") ? "png" : "svg";
    if (!existsSync(file) || !statSync(file).isFile()) {
      c.problems.push(problemAt(source, ["theme", "logo", scheme], `file ${c.name(file)} does not exist`));
    } else if (pictureType(file) !== expected) {
      c.problems.push(problemAt(source, ["theme", "logo", scheme], `file ${c.name(file)} is not ${expected === "png" ? "a PNG" : "an SVG"} picture`));
    } else files[scheme] = file;
  }
  return files.light ? { light: files.light, dark: files.dark ?? files.light, alt: theme.logo.alt } : undefined;
}

function loadEdition(c: Collector, dir: string, assets: string, year: number, people: Record<string, Person> | undefined): EditionModel | undefined {
  const f = (name: string) => path.join(dir, `${name}.yaml`);
  const edition = c.file(f("edition"), "edition", editionSchema, true);
  const cfp = c.file(f("cfp"), "cfp", cfpSchema, true);
  const committee = c.file(f("committee"), "committee", committeeSchema, true);
  const news = c.file(f("news"), "news", newsSchema, false);
  const dates = c.file(f("dates"), "dates", datesSchema, false);
  const papers = c.file(f("papers"), "papers", papersSchema, false);
  const speakers = c.file(f("speakers"), "speakers", speakersSchema, false);
  const program = c.file(f("program"), "program", programSchema, false);
  const reading = c.file(f("reading"), "reading", readingSchema, false);
  const pages = loadPages(c, path.join(dir, "pages"));

  if (edition && edition.value.year !== year) {
    c.problems.push(problemAt(edition.source, ["year"], `is ${edition.value.year} but the folder is content/${year}/`));
  }

  // References between files.
  const person = (source: YamlSource, at: PropertyKey[], personId: string): (PersonRef & { id: string }) | undefined => {
    const found = people?.[personId];
    if (people && !found) c.problems.push(problemAt(source, at, `no person "${personId}" in content/people.yaml`));
    return found ? { ...found, id: personId } : undefined;
  };
  const uniqueIds = (source: YamlSource, items: { id: string }[], what: string) => {
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) c.problems.push(problemAt(source, [i, "id"], `duplicate ${what} id "${item.id}" (also at index ${seen.get(item.id)})`));
      else seen.set(item.id, i);
    });
  };

  // A member is a person id, or {person, affiliation, country} for what held in this edition.
  const member = (at: PropertyKey[], m: Member): (PersonRef & { id: string })[] => {
    if (typeof m === "string") return [person(committee!.source, at, m)].flatMap((p) => p ?? []);
    const found = person(committee!.source, [...at, "person"], m.person);
    if (!found) return [];
    return [{ ...found, ...(m.affiliation ? { affiliation: m.affiliation } : {}), ...(m.country ? { country: m.country } : {}) }];
  };
  const organization = (committee?.value.organization ?? []).map((role, r) => ({
    role: role.role,
    members: role.members.flatMap((m, i) => member(["organization", r, "members", i], m)),
  }));
  const programCommittee = (committee?.value.program_committee ?? []).flatMap((m, i) => member(["program_committee", i], m));

  const resolvedPapers: ResolvedPaper[] = [];
  if (papers) {
    uniqueIds(papers.source, papers.value, "paper");
    papers.value.forEach((paper, i) => {
      const paperType = cfp?.value.paper_types.find((t) => t.id === paper.type);
      if (cfp && !paperType) {
        c.problems.push(problemAt(papers.source, [i, "type"], `unknown paper type "${paper.type}"; cfp.yaml defines ${cfp.value.paper_types.map((t) => `"${t.id}"`).join(", ")}`));
      }
      const awardInfo = paper.award ? cfp?.value.awards.find((a) => a.id === paper.award) : undefined;
      if (cfp && paper.award && !awardInfo) {
        const known = cfp.value.awards.map((a) => `"${a.id}"`).join(", ") || "none";
        c.problems.push(problemAt(papers.source, [i, "award"], `unknown award "${paper.award}"; cfp.yaml defines ${known}`));
      }
      const presentationInfo = paper.presentation ? cfp?.value.presentations.find((k) => k.id === paper.presentation) : undefined;
      if (cfp && paper.presentation && !presentationInfo) {
        const known = cfp.value.presentations.map((k) => `"${k.id}"`).join(", ") || "none";
        c.problems.push(problemAt(papers.source, [i, "presentation"], `unknown presentation "${paper.presentation}"; cfp.yaml defines ${known}`));
      }
      const authors = paper.authors.flatMap((a, j): PersonRef[] => {
        if (typeof a !== "string") return [a];
        const found = person(papers.source, [i, "authors", j], a);
        return found ? [found] : [];
      });
      if (paperType) resolvedPapers.push({ ...paper, authors, paperType, ...(awardInfo ? { awardInfo } : {}), ...(presentationInfo ? { presentationInfo } : {}) });
    });
  }

  const resolvedSpeakers = (speakers?.value ?? []).flatMap((s, i) => {
    const found = person(speakers!.source, [i, "person"], s.person);
    const who = found && s.affiliation ? { ...found, affiliation: s.affiliation } : found;
    let photoFile: string | undefined;
    if (s.photo) {
      photoFile = path.join(assets, s.photo);
      if (!existsSync(photoFile)) {
        c.problems.push(problemAt(speakers!.source, [i, "photo"], `file ${c.name(photoFile)} does not exist`));
      }
    }
    return who ? [{ ...s, who, ...(photoFile ? { photoFile } : {}) }] : [];
  });

  if (dates) {
    uniqueIds(dates.source, dates.value, "date");
    dates.value.forEach((d, i) => {
      const check = (at: PropertyKey[], date: string, time: string | undefined, zone: string) => {
        if (time && !wallTimeExists(date, time, zone)) {
          c.problems.push(problemAt(dates.source, [...at, "time"], `${time} does not exist in ${zone} on ${date}: the clocks skip it for daylight saving`));
        }
      };
      check([i], d.date, d.time, d.zone);
      d.previously.forEach((p, k) => check([i, "previously", k], p.date, p.time, p.zone ?? d.zone));
    });
  }
  if (reading) uniqueIds(reading.source, reading.value, "reading");

  if (program) {
    const paperIds = new Set(papers?.value.map((p) => p.id) ?? []);
    const speakerIds = new Set(speakers?.value.map((s) => s.person) ?? []);
    const slotIds = new Set<string>();
    // Every day of the program is one of the workshop's days (date to end_date in edition.yaml), once.
    const seenDays = new Map<string, number>();
    program.value.days.forEach((day, d) => {
      const e = edition?.value;
      if (e && !isWorkshopDay(e, day.date)) {
        const range = isMultiDay(e) ? `from ${e.date} to ${lastDayOf(e)}` : `on ${e.date}`;
        c.problems.push(problemAt(program.source, ["days", d, "date"], `${day.date} is not a day of the workshop: edition.yaml has it ${range}`));
      }
      if (seenDays.has(day.date)) {
        c.problems.push(problemAt(program.source, ["days", d, "date"], `duplicate day ${day.date} (also at index ${seenDays.get(day.date)}); put its slots under one day`));
      } else seenDays.set(day.date, d);
    });
    program.value.days.forEach((day, d) =>
      day.slots.forEach((slot, s) => {
        const at = ["days", d, "slots", s];
        if (slot.start >= slot.end) c.problems.push(problemAt(program.source, [...at, "end"], `ends (${slot.end}) before it starts (${slot.start})`));
        for (const field of ["start", "end"] as const) {
          if (!wallTimeExists(day.date, slot[field], program.value.zone)) {
            c.problems.push(problemAt(program.source, [...at, field], `${slot[field]} does not exist in ${program.value.zone} on ${day.date}: the clocks skip it for daylight saving`));
          }
        }
        slot.papers.forEach((p, k) => {
          if (!paperIds.has(p)) c.problems.push(problemAt(program.source, [...at, "papers", k], `no paper "${p}" in papers.yaml`));
        });
        if (slot.speaker && !speakerIds.has(slot.speaker)) c.problems.push(problemAt(program.source, [...at, "speaker"], `no keynote by "${slot.speaker}" in speakers.yaml`));
        slot.speakers.forEach((p, k) => {
          if (!speakerIds.has(p)) c.problems.push(problemAt(program.source, [...at, "speakers", k], `no keynote by "${p}" in speakers.yaml`));
        });
        if (slot.chair) person(program.source, [...at, "chair"], slot.chair);
        const slotId = slot.id ?? defaultSlotId(day.date, slot.start);
        if (slotIds.has(slotId)) c.problems.push(problemAt(program.source, slot.id ? [...at, "id"] : [...at, "start"], `two slots have the id "${slotId}"; give one an id`));
        slotIds.add(slotId);
      }),
    );
    if (fixedOffset(program.value.zone) !== undefined) {
      c.problems.push(problemAt(program.source, ["zone"], "must be an IANA zone such as Europe/Lisbon, so that daylight saving is right"));
    }
  }

  if (!edition || !cfp || !committee) return undefined;
  const about = pages.find((p) => p.slug === "about");
  const result: EditionModel = {
    year,
    edition: edition.value,
    news: [...(news?.value ?? [])].sort((a, b) => b.date.localeCompare(a.date)),
    cfp: cfp.value,
    dates: dates?.value ?? [],
    papers: resolvedPapers,
    speakers: resolvedSpeakers,
    committee: committee.value,
    organization,
    programCommittee,
    ...(program ? { program: program.value } : {}),
    ...(reading ? { reading: reading.value } : {}),
    ...(about ? { about } : {}),
    pages: pages.filter((p) => p !== about),
    assetsDir: assets,
  };

  // Aliases redirect old paths: they may not hide a page, and must lead to one this edition has.
  for (const [from, to] of Object.entries(edition.value.aliases)) {
    const first = (p: string) => p.split(/[/#]/)[0] ?? "";
    if (RESERVED_SLUGS.includes(first(from)) || pages.some((p) => p.slug === first(from))) {
      c.problems.push(problemAt(edition.source, ["aliases", from], `"${from}" is a page of the site; an alias cannot replace it`));
    } else if (first(to) !== "" && !hasPage(result, first(to))) {
      c.problems.push(problemAt(edition.source, ["aliases", from], `leads to "${to}", which is not a page of this edition`));
    }
  }
  return result;
}

const require = createRequire(import.meta.url);

/**
 * A Markdown page's front matter (as YAML text) and body, split by gray-matter. The split is kept in
 * the store under the hash of the text, so gray-matter is only loaded when a page changed.
 */
function splitPage(text: string, store: FileStore | undefined): { matter: string; content: string } {
  const key = store ? FileStore.hash(`front matter\0${text}`) : "";
  const kept = store?.entry("page", key);
  if (kept) return JSON.parse(kept.toString()) as { matter: string; content: string };
  const split = require("gray-matter") as typeof matter;
  const { matter: front, content } = split(text, { engines: { yaml: () => ({}) } });
  store?.setEntry("page", key, JSON.stringify({ matter: front, content }));
  return { matter: front, content };
}

function loadPages(c: Collector, dir: string): MarkdownPage[] {
  if (!existsSync(dir)) return [];
  const pages: MarkdownPage[] = [];
  const slugs = new Map<string, string>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".md")).sort()) {
    const file = path.join(dir, name);
    if (!c.sizeOk(file)) continue;
    const parsed = splitPage(readFileSync(file, "utf8"), c.parsed);
    const { source, problems } = readYaml(parsed.matter, c.name(file), "front matter", 0, c.parsed);
    c.problems.push(...problems);
    if (!source) continue;
    const result = validate(source, pageSchema);
    c.problems.push(...result.problems);
    if (!result.value) continue;
    const slug = result.value.slug ?? name.replace(/\.md$/, "");
    if (!/^[a-z0-9][a-z0-9-]*$/.test(slug)) {
      c.problems.push({ file: c.name(file), line: 0, column: 0, path: "", message: `file name "${name}" is not a usable URL; rename it or set slug` });
      continue;
    }
    if (RESERVED_SLUGS.includes(slug)) {
      c.problems.push({ ...problemAt(source, ["slug"], ""), path: "slug", message: `"${slug}" is used by a built-in page; choose another slug` });
      continue;
    }
    if (slugs.has(slug)) {
      c.problems.push({ file: c.name(file), line: 1, column: 1, path: "slug", message: `"${slug}" is also the slug of ${slugs.get(slug)}` });
      continue;
    }
    slugs.set(slug, c.name(file));
    if (parsed.content.trim() === "") {
      c.problems.push({ file: c.name(file), line: 1, column: 1, path: "", message: "the page has no text" });
      continue;
    }
    pages.push({ file: c.name(file), slug, front: result.value, body: parsed.content });
  }
  return pages;
}
