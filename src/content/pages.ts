// Which pages an edition has. Built-in pages appear only when there is something to show, so
// the menu, aliases and links agree on what exists.
import type { EditionModel } from "./model.ts";

/** Built-in pages by path slug, and when an edition has them. */
export const BUILT_IN_PAGES: Record<string, (e: EditionModel) => boolean> = {
  program: (e) => Boolean(e.program || e.edition.program_url),
  speakers: (e) => e.speakers.length > 0,
  papers: (e) => e.papers.length > 0,
  reading: (e) => (e.reading?.length ?? 0) > 0,
  call: () => true,
  dates: (e) => e.dates.length > 0,
  organization: () => true,
  pc: (e) => e.programCommittee.length > 0,
};

/** Whether the edition has a page at `slug` (a built-in page or a Markdown page). */
export function hasPage(e: EditionModel, slug: string): boolean {
  const builtIn = BUILT_IN_PAGES[slug];
  return builtIn ? builtIn(e) : e.pages.some((p) => p.slug === slug);
}
