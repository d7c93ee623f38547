// The built-in pages, defined once: their slugs, menu labels and places, when an edition has
// them, and the names the generator keeps for itself. Built-in pages appear only when there is
// something to show, so the menu, the aliases, the slugs of Markdown pages and the pages
// themselves agree on what exists.
import type { LabelKey } from "../lib/labels.ts";
import type { EditionModel } from "./model.ts";

export interface BuiltInPage {
  /** The page's address inside its edition, `<slug>/`. */
  slug: string;
  /** Its menu label (a key of src/lib/labels.ts). */
  label: LabelKey;
  /** Its place in the menu; a Markdown page's nav_order goes between them. */
  navOrder: number;
  /** Whether the edition has the page. */
  exists: (e: EditionModel) => boolean;
}

export const BUILT_IN_PAGES = [
  { slug: "program", label: "program", navOrder: 10, exists: (e) => Boolean(e.program || e.edition.program_url) },
  { slug: "speakers", label: "keynotes", navOrder: 20, exists: (e) => e.speakers.length > 0 },
  { slug: "papers", label: "papers", navOrder: 30, exists: (e) => e.papers.length > 0 },
  { slug: "reading", label: "reading", navOrder: 35, exists: (e) => (e.reading?.length ?? 0) > 0 },
  { slug: "call", label: "call", navOrder: 40, exists: () => true },
  { slug: "dates", label: "dates", navOrder: 50, exists: (e) => e.dates.length > 0 },
  { slug: "organization", label: "organization", navOrder: 60, exists: () => true },
  { slug: "pc", label: "pc", navOrder: 70, exists: (e) => e.programCommittee.length > 0 },
] as const satisfies readonly BuiltInPage[];

export type BuiltInSlug = (typeof BUILT_IN_PAGES)[number]["slug"];

/** Top-level folders of the generator's own files: images, styles, scripts, fonts, brand pictures, the feed. */
const SITE_FOLDERS = ["img", "css", "js", "fonts", "brand", "feed"];

/** Slugs the generator uses itself; a Markdown page or an alias may not take them. */
export const RESERVED_SLUGS: readonly string[] = [...BUILT_IN_PAGES.map((p) => p.slug), ...SITE_FOLDERS];

/** The built-in page at `slug`. */
export function builtInPage(slug: BuiltInSlug): BuiltInPage {
  return BUILT_IN_PAGES.find((p) => p.slug === slug)!;
}

/** Whether the edition has a page at `slug` (a built-in page or a Markdown page). */
export function hasPage(e: EditionModel, slug: string): boolean {
  const builtIn = BUILT_IN_PAGES.find((p) => p.slug === slug);
  return builtIn ? builtIn.exists(e) : e.pages.some((p) => p.slug === slug);
}
