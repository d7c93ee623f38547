// Re-importing merges into what is already there: records match by normalised title, else by id
// (so papers imported from another system, whose ids differ, are found by their titles); imported
// fields are refreshed, fields added by hand (links, award, session, anything else) stay; links an
// import brings fill in the ones an entry lacks and never replace one; the same paper appearing
// twice in the input is merged, not doubled.
import { isDeepStrictEqual } from "node:util";
import type { ImportedRecord, Skipped } from "./types.ts";

/** The fields an import owns; every other field of an existing entry is left alone. */
export const IMPORTED_FIELDS = ["title", "authors", "type", "archival", "abstract", "keywords", "presentation", "award"] as const;

export type Entry = Record<string, unknown> & { id?: unknown; title?: unknown };

export interface MergeReport {
  added: { id: string; title: string; note?: string }[];
  updated: { id: string; title: string; fields: string[] }[];
  unchanged: { id: string; title: string }[];
  skipped: Skipped[];
}

/** Lower case, accents and punctuation removed, spaces collapsed: how titles are compared. */
export function normaliseTitle(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** An id made from a title: `Large Language Models Meet NL2Code` → `large-language-models-meet-nl2code`. */
export function slugify(title: string, maxLength = 60): string {
  const words = normaliseTitle(title).split(" ").filter(Boolean);
  let slug = "";
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength && slug) break;
    slug = next.slice(0, maxLength);
  }
  return slug.replace(/[^a-z0-9-]/g, "") || "item";
}

/** Merge records found more than once in the input (same id, else same normalised title). */
export function dedupe(records: readonly ImportedRecord[]): { records: ImportedRecord[]; skipped: Skipped[] } {
  const out: ImportedRecord[] = [];
  const skipped: Skipped[] = [];
  const byKey = new Map<string, ImportedRecord>();
  for (const record of records) {
    const keys = [record.id !== undefined ? `id:${record.id}` : undefined, `title:${normaliseTitle(record.title)}`].filter((k): k is string => !!k);
    const first = keys.map((k) => byKey.get(k)).find(Boolean);
    if (first) {
      // Fill what the first copy lacks; the first copy's values win otherwise.
      for (const field of [...IMPORTED_FIELDS, "id"] as const) {
        if (first[field] === undefined && record[field] !== undefined) (first as unknown as Record<string, unknown>)[field] = record[field];
      }
      if (record.links) first.links = { ...record.links, ...first.links };
      skipped.push({ label: record.label, reason: `duplicate of ${first.label}, merged into it` });
      for (const k of keys) if (!byKey.has(k)) byKey.set(k, first);
      continue;
    }
    const copy = { ...record };
    out.push(copy);
    for (const k of keys) byKey.set(k, copy);
  }
  return { records: out, skipped };
}

/**
 * Merge imported records into existing entries. Existing order is kept; new entries are appended.
 * `newId` gives an id to a new record that has none (e.g. a slug of its title).
 */
export function merge(
  existing: readonly Entry[],
  incoming: readonly ImportedRecord[],
  newId: (record: ImportedRecord, taken: Set<string>) => string,
): { entries: Entry[]; report: MergeReport } {
  const entries = existing.map((e) => ({ ...e }));
  const report: MergeReport = { added: [], updated: [], unchanged: [], skipped: [] };
  const { records, skipped } = dedupe(incoming);
  report.skipped.push(...skipped);
  const byId = new Map<string, Entry>();
  const byTitle = new Map<string, Entry>();
  for (const e of entries) {
    if (e.id !== undefined) byId.set(String(e.id), e);
    if (typeof e.title === "string") byTitle.set(normaliseTitle(e.title), e);
  }
  const taken = new Set(byId.keys());
  const touched = new Set<Entry>();
  for (const record of records) {
    const sameId = record.id !== undefined ? byId.get(record.id) : undefined;
    // An entry with the same id but another title is this paper retitled only when they share an
    // author; otherwise it is another paper (imported from another system, say) and keeps its id.
    const clash = sameId !== undefined && !touched.has(sameId) && !byTitle.has(normaliseTitle(record.title)) && !shareAnAuthor(sameId, record);
    const match = byTitle.get(normaliseTitle(record.title)) ?? (clash ? undefined : sameId);
    if (match && touched.has(match)) {
      report.skipped.push({ label: record.label, reason: `matches "${String(match.title)}" already imported from this input` });
      continue;
    }
    if (match) {
      touched.add(match);
      const changed: string[] = [];
      for (const field of IMPORTED_FIELDS) {
        const value = record[field];
        if (value === undefined || isDeepStrictEqual(match[field], value)) continue;
        match[field] = value;
        changed.push(field);
      }
      const links = addLinks(match, record.links);
      changed.push(...links.map((k) => `links.${k}`));
      const summary = { id: String(match.id), title: String(match.title) };
      if (changed.length) report.updated.push({ ...summary, fields: changed });
      else report.unchanged.push(summary);
      continue;
    }
    const id = record.id !== undefined && !taken.has(record.id) ? record.id : newId(record, taken);
    taken.add(id);
    const entry: Entry = { id: /^\d+$/.test(id) ? Number(id) : id };
    for (const field of IMPORTED_FIELDS) if (record[field] !== undefined) entry[field] = record[field];
    addLinks(entry, record.links);
    entries.push(entry);
    touched.add(entry);
    byId.set(id, entry);
    byTitle.set(normaliseTitle(record.title), entry);
    report.added.push({ id, title: record.title, ...(id !== record.id && record.id !== undefined ? { note: `id ${record.id} is taken by "${String(sameId?.title ?? "")}", another paper` } : {}) });
  }
  return { entries, report };
}

/** Whether an entry and a record name a common author (by family name); true when either lists none. */
function shareAnAuthor(entry: Entry, record: ImportedRecord): boolean {
  const theirs = Array.isArray(entry.authors) ? entry.authors : [];
  if (theirs.length === 0 || !record.authors?.length) return true;
  const families = record.authors.map((a) => normaliseTitle(a.family));
  return theirs.some((a) => {
    // A person id such as `kevin-leach` holds the family name; an inline author names it.
    const text = typeof a === "string" ? normaliseTitle(a.replace(/-/g, " ")) : normaliseTitle(String((a as { family?: unknown }).family ?? ""));
    return families.some((f) => f !== "" && ` ${text} `.includes(` ${f} `));
  });
}

/** Add the links `entry` lacks (a link set by hand is never replaced); returns the keys added. */
function addLinks(entry: Entry, links: ImportedRecord["links"]): string[] {
  if (!links) return [];
  const current = (typeof entry.links === "object" && entry.links !== null ? entry.links : {}) as Record<string, unknown>;
  const added = Object.entries(links).filter(([key, url]) => url !== undefined && current[key] === undefined);
  if (added.length) entry.links = { ...current, ...Object.fromEntries(added) };
  return added.map(([key]) => key);
}

/** A slug id not yet taken: `title-words`, then `title-words-2`, … */
export function uniqueSlug(record: ImportedRecord, taken: Set<string>): string {
  const base = slugify(record.title);
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
