// OpenReview: submission notes as its API v2 returns them (a JSON array, or `{ "notes": [...] }`),
// every field `{ "value": … }` under `content`. A note is accepted when its venueid is the
// workshop's; its presentation kind is what `venue` adds to the workshop's name
// ("ICLR 2025 Workshop DL4C Oral" → "Oral"). Only an allow-list is read: title, author names,
// abstract, keywords, and the public forum and PDF links. `authorids` (e-mail addresses and
// profile ids), readers, signatures, replies (reviews, decisions, comments) are never read.
import { kindMapping, unmappedKind, type KindMapping, type Labels } from "./kinds.ts";
import { clean, cleanKeywords, hasEmail, ImportError, importedMarkdown, splitName, uniqueProblems, type ImportedAuthor, type ImportedRecord, type ImportProblem, type ParseResult } from "./types.ts";
import { PAPER_ID } from "../lib/paper-urls.ts";

export interface OpenReviewOptions {
  /** The workshop's venue id; else the most common venueid that is not a submission state. */
  venueId?: string;
  /** `--map`: presentation kind → label ids. */
  map?: Record<string, string>;
  labels: Labels;
}

export const OPENREVIEW_SITE = "https://openreview.net";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A venueid that says where a submission stands rather than that it was accepted. */
function submissionState(venueId: string): string | undefined {
  if (/Desk_Rejected_Submission$/.test(venueId)) return "desk rejected";
  if (/Withdrawn_Submission$/.test(venueId)) return "withdrawn";
  if (/Rejected_Submission$/.test(venueId)) return "rejected";
  if (/Submission$/.test(venueId)) return "no decision yet";
  return undefined;
}

/** The most common venueid that is not a submission state; problems when two are as common. */
function workshopVenueId(venueIds: readonly (string | undefined)[], file: string, problems: ImportProblem[]): string | undefined {
  const counts = new Map<string, number>();
  for (const id of venueIds) if (id && !submissionState(id)) counts.set(id, (counts.get(id) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (ranked.length > 1 && ranked[0]![1] === ranked[1]![1]) {
    problems.push({ record: file, field: "venueid", message: `"${ranked[0]![0]}" and "${ranked[1]![0]}" are equally common; pass --venue-id` });
  }
  return ranked[0]?.[0];
}

const words = (text: string) => text.split(" ").filter(Boolean);

/**
 * The workshop's name in `venue`: what venues with a known kind have before it, else what all
 * accepted venues have in common.
 */
function venueName(venues: readonly string[], mapping: KindMapping): string | undefined {
  const names = new Map<string, number>();
  for (const venue of venues) {
    const split = knownKind(venue, mapping);
    if (split) names.set(split.name, (names.get(split.name) ?? 0) + 1);
  }
  const best = [...names].sort((a, b) => b[1] - a[1])[0];
  if (best) return best[0];
  const distinct = [...new Set(venues)];
  if (distinct.length <= 1) return distinct[0];
  const first = words(distinct[0]!);
  let n = first.length;
  for (const venue of distinct.slice(1)) {
    const w = words(venue);
    let i = 0;
    while (i < n && i < w.length && w[i] === first[i]) i++;
    n = i;
  }
  return first.slice(0, n).join(" ");
}

/** `… Workshop DL4C Oral` → name and kind, when the venue ends with a kind the mapping knows. */
function knownKind(venue: string, mapping: KindMapping): { name: string; kind: string } | undefined {
  const w = words(venue);
  for (let n = Math.min(3, w.length - 1); n >= 1; n--) {
    const kind = w.slice(-n).join(" ");
    if (mapping.known.has(kind.toLowerCase())) return { name: w.slice(0, -n).join(" "), kind };
  }
  return undefined;
}

function kindOf(venue: string | undefined, name: string | undefined, mapping: KindMapping): string | undefined {
  if (!venue) return undefined;
  const known = knownKind(venue, mapping);
  if (known) return known.kind;
  if (name === undefined || venue === name) return undefined;
  return venue.startsWith(`${name} `) ? venue.slice(name.length + 1).trim() || undefined : undefined;
}

export function parseOpenReview(text: string, file: string, options: OpenReviewOptions): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new ImportError([{ record: file, field: "", message: `is not valid JSON (${(error as Error).message})` }]);
  }
  const notes = Array.isArray(data) ? data : isRecord(data) && Array.isArray(data.notes) ? data.notes : undefined;
  if (!notes) throw new ImportError([{ record: file, field: "", message: 'must be a JSON array of notes or { "notes": [...] } (OpenReview API v2)' }]);

  const problems: ImportProblem[] = [];
  const mapping = kindMapping(options.map ?? {}, options.labels, problems);
  const labelOf = (note: unknown, i: number) => {
    const number = isRecord(note) && Number.isInteger(note.number) ? String(note.number) : undefined;
    const id = isRecord(note) ? clean(note.id) : undefined;
    return `note ${i + 1}${number ? ` (number ${number})` : id ? ` (id ${id})` : ""}`;
  };
  /** Fields already reported as misshapen, so "is required" is not said of them too. */
  const misshapen = new Set<string>();
  /** `content.<key>.value`, with a problem when the field is not shaped as API v2 gives it. */
  const value = (note: Record<string, unknown>, label: string, key: string): unknown => {
    const content = isRecord(note.content) ? note.content : {};
    const field = content[key];
    if (field === undefined) return undefined;
    if (!isRecord(field) || !("value" in field)) {
      problems.push({ record: label, field: `content.${key}`, message: 'must be { "value": … } as OpenReview\'s API v2 gives it' });
      misshapen.add(`${label}\u0000content.${key}`);
      return undefined;
    }
    return field.value;
  };

  const venueIdOf = (note: unknown, i: number) => (isRecord(note) ? clean(value(note, labelOf(note, i), "venueid")) : undefined);
  const venueIds = notes.map(venueIdOf);
  const workshop = options.venueId ?? workshopVenueId(venueIds, file, problems);
  const accepted = notes.filter((_, i) => workshop !== undefined && venueIds[i] === workshop);
  const name = venueName(
    accepted.flatMap((note, i) => (isRecord(note) ? (clean(value(note, labelOf(note, i), "venue")) ?? []) : [])),
    mapping,
  );

  const result: ParseResult = { records: [], skipped: [] };
  notes.forEach((note, i) => {
    const label = labelOf(note, i);
    const problem = (field: string, message: string) => {
      if (!misshapen.has(`${label}\u0000${field}`)) problems.push({ record: label, field, message });
    };
    if (!isRecord(note)) return problem("", "is not an object");
    if (!isRecord(note.content)) return problem("content", "is required (the note's fields)");
    const venueId = venueIds[i];
    if (venueId !== workshop || workshop === undefined) {
      const state = venueId ? submissionState(venueId) : undefined;
      result.skipped.push({ label, reason: !venueId ? "has no venueid" : state ? `${state} (venueid "${venueId}")` : `venueid "${venueId}" is not the workshop's ("${workshop ?? ""}")` });
      return;
    }

    let id: string | undefined;
    if (note.number !== undefined) {
      if (Number.isInteger(note.number) && (note.number as number) >= 0) id = String(note.number);
      else problem("number", `"${String(note.number)}" is not a whole number`);
    } else {
      const forum = clean(note.forum);
      if (!forum) problem("number", "is required (or forum)");
      else if (!PAPER_ID.test(forum)) problem("forum", `"${forum}" cannot be an id: use letters, digits, - and _`);
      else id = forum;
    }

    const title = clean(value(note, label, "title"));
    if (!title) problem("content.title", "is required");

    // Names only: content.authorids (e-mail addresses, profile ids) is never read.
    const authors: ImportedAuthor[] = [];
    const names = value(note, label, "authors");
    if (!Array.isArray(names) || names.length === 0) problem("content.authors", "must list at least one author (export the notes as a program chair, who can read them)");
    else
      names.forEach((raw, j) => {
        const text = clean(raw);
        if (!text) return problem(`content.authors[${j}]`, "is empty");
        if (hasEmail(text) || text.startsWith("~")) return problem(`content.authors[${j}]`, "is an e-mail address or a profile id, not a name");
        const author = splitName(text);
        if (author) authors.push(author);
        else problem(`content.authors[${j}]`, `"${text}" needs a given and a family name`);
      });

    const abstract = importedMarkdown(value(note, label, "abstract"));
    const keywords = cleanKeywords(value(note, label, "keywords"));

    const venue = clean(value(note, label, "venue"));
    const kind = kindOf(venue, name, mapping);
    const target = kind === undefined ? {} : mapping.resolve(kind);
    if (!target) problem("content.venue", `"${venue}": ${unmappedKind(kind!, mapping)}`);

    // A link helps a visitor only when the note is public.
    const links: { pdf?: string; forum?: string } = {};
    const isPublic = Array.isArray(note.readers) && note.readers.includes("everyone");
    const forum = clean(note.forum) ?? clean(note.id);
    const noteId = clean(note.id);
    if (isPublic && forum && /^[A-Za-z0-9_-]+$/.test(forum)) links.forum = `${OPENREVIEW_SITE}/forum?id=${forum}`;
    if (isPublic && noteId && /^[A-Za-z0-9_-]+$/.test(noteId) && clean(value(note, label, "pdf"))) links.pdf = `${OPENREVIEW_SITE}/pdf?id=${noteId}`;

    if (id && title) {
      const record: ImportedRecord = { label, id, title, authors, ...(target ?? {}) };
      if (abstract) record.abstract = abstract;
      if (keywords) record.keywords = keywords;
      if (Object.keys(links).length) record.links = links;
      result.records.push(record);
    }
  });
  if (problems.length > 0) throw new ImportError(uniqueProblems(problems));
  return result;
}
