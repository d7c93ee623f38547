// The order of an edition's papers: grouped as cfp.yaml's `group_by` says (type, presentation
// kind or session), sorted by title, and split into list pages for large editions.
import type { SiteTexts } from "../lib/labels.ts";
import { titleCollator } from "../lib/people.ts";
import type { EditionModel, ResolvedPaper } from "./model.ts";
import { editionSlots } from "./program.ts";

/** Papers per list page: large editions are split so a page stays light. */
export const PAPERS_PER_PAGE = 200;

/** A heading of the papers list and the papers under it, sorted by title. */
export interface PaperGroup {
  /** The heading's id, e.g. `group-research`. */
  id: string;
  /** The heading, in the site's words (a session's name is the program's own). */
  title: (text: SiteTexts) => string;
  papers: ResolvedPaper[];
}

/** `Code generation I` → `code-generation-i`, for heading ids. */
function slug(text: string): string {
  return (
    text
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "session"
  );
}

/** The groups of the list as cfp.yaml's `group_by` asks; empty groups are left out. */
function groupPapers(edition: EditionModel): PaperGroup[] {
  const byTitle = [...edition.papers].sort((a, b) => titleCollator.compare(a.title, b.title));
  const groups: PaperGroup[] = [];
  const put = (id: string, title: PaperGroup["title"], papers: ResolvedPaper[]) => {
    if (papers.length) groups.push({ id, title, papers });
  };
  const { cfp } = edition;
  if (cfp.group_by === "presentation") {
    for (const kind of cfp.presentations) put(`group-presentation-${kind.id}`, (t) => t.get("presentation_group", { presentation: kind.name }), byTitle.filter((p) => p.presentationInfo?.id === kind.id));
    put("group-presentation-other", (t) => t.get("group_other_presentation"), byTitle.filter((p) => !p.presentationInfo));
  } else if (cfp.group_by === "session") {
    // Sessions of the program, in its order; then the `session` names given by hand; then the rest.
    const slotOf = new Map<string, string>();
    const slots = editionSlots(edition).filter((t) => t.slot.papers.length > 0);
    for (const t of slots) for (const id of t.slot.papers) if (!slotOf.has(id)) slotOf.set(id, t.id);
    for (const t of slots) put(`group-session-${t.id}`, () => t.slot.title, byTitle.filter((p) => slotOf.get(p.id) === t.id));
    const named = byTitle.filter((p) => !slotOf.has(p.id) && p.session);
    const names = [...new Set(named.map((p) => p.session!))].sort(titleCollator.compare);
    const taken = new Set(groups.map((g) => g.id));
    for (const name of names) {
      let id = `group-session-${slug(name)}`;
      for (let n = 2; taken.has(id); n++) id = `group-session-${slug(name)}-${n}`;
      taken.add(id);
      put(id, () => name, named.filter((p) => p.session === name));
    }
    put("group-session-other", (t) => t.get("group_unscheduled"), byTitle.filter((p) => !slotOf.has(p.id) && !p.session));
  } else {
    for (const type of cfp.paper_types) put(`group-${type.id}`, (t) => t.get("type_group", { type: type.name }), byTitle.filter((p) => p.paperType.id === type.id));
  }
  return groups;
}

export interface PaperOrder {
  groups: PaperGroup[];
  papers: ResolvedPaper[];
  /** Each paper's place (0-based) in list order and its group. */
  place: Map<ResolvedPaper, { position: number; group: PaperGroup }>;
  /** What the papers use, for the search form's filters: awards and presentation kinds (ids), keywords. */
  uses: { awards: Set<string>; presentations: Set<string>; keywords: boolean };
}

/** The list's groups and order, worked out once per edition and kept on it. */
function listOrder(edition: EditionModel): PaperOrder {
  if (!edition.paperOrder) {
    const groups = groupPapers(edition);
    const papers = groups.flatMap((g) => g.papers);
    const place = new Map<ResolvedPaper, { position: number; group: PaperGroup }>();
    let position = 0;
    for (const group of groups) for (const paper of group.papers) place.set(paper, { position: position++, group });
    const uses = { awards: new Set<string>(), presentations: new Set<string>(), keywords: false };
    for (const paper of papers) {
      if (paper.awardInfo) uses.awards.add(paper.awardInfo.id);
      if (paper.presentationInfo) uses.presentations.add(paper.presentationInfo.id);
      if (paper.keywords?.length) uses.keywords = true;
    }
    edition.paperOrder = { groups, papers, place, uses };
  }
  return edition.paperOrder;
}

/** Papers in list order: group by group (cfp.yaml's `group_by`, by type unless it says otherwise), then by title. */
export function papersInOrder(edition: EditionModel): ResolvedPaper[] {
  return listOrder(edition).papers;
}

/** What the edition's papers use: awards and presentation kinds by id, and whether any has keywords. */
export function paperUses(edition: EditionModel): PaperOrder["uses"] {
  return listOrder(edition).uses;
}

/** The list's groups, in order. */
export function paperGroupsOf(edition: EditionModel): PaperGroup[] {
  return listOrder(edition).groups;
}

/** A paper's place (0-based) in list order. */
function positionOf(edition: EditionModel, paper: ResolvedPaper): number {
  return listOrder(edition).place.get(paper)?.position ?? 0;
}

/** The list page (0-based) a paper is on. */
export function listPageOf(edition: EditionModel, paper: ResolvedPaper): number {
  return Math.floor(positionOf(edition, paper) / PAPERS_PER_PAGE);
}

export function listPageCount(edition: EditionModel): number {
  return Math.max(1, Math.ceil(edition.papers.length / PAPERS_PER_PAGE));
}
