// The papers list's grouping (cfp.yaml `group_by`) across list pages: every paper once, in its
// group's order, and a group split between pages says it continues.
import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import { paperGroups } from "../../src/components/paper-list.ts";
import { listPageOf, paperGroupsOf, papersInOrder, PAPERS_PER_PAGE } from "../../src/content/paper-order.ts";
import type { EditionModel, ResolvedPaper } from "../../src/content/model.ts";
import { loadSite } from "../../src/content/load.ts";
import type { RenderContext } from "../../src/render/context.ts";
import { Urls } from "../../src/lib/urls.ts";
import { siteLanguage } from "../../src/lib/language.ts";
import { fixture } from "../helpers.ts";
import { Kept } from "../../src/lib/kept.ts";

const model = loadSite({ contentDir: fixture().content, assetsDir: fixture().assets });
const base = model.editions.find((e) => e.year === 2024)!;

/** An edition of `n` made-up papers, kinds and sessions in turn, grouped as `groupBy` says. */
function edition(n: number, groupBy: EditionModel["cfp"]["group_by"]): EditionModel {
  const [oral, spotlight, poster] = base.cfp.presentations;
  const kinds = [poster, oral, undefined, spotlight, poster];
  const papers: ResolvedPaper[] = Array.from({ length: n }, (_, i) => {
    const kind = kinds[i % kinds.length];
    return {
      ...base.papers[0]!,
      id: `p${i}`,
      title: `Paper ${String(i).padStart(4, "0")}`,
      ...(kind ? { presentationInfo: kind, presentation: kind.id } : { presentationInfo: undefined, presentation: undefined }),
      session: i % 3 === 0 ? undefined : i % 3 === 1 ? "Zeta session" : "Alpha session",
    };
  });
  return { ...base, cfp: { ...base.cfp, group_by: groupBy }, papers, program: undefined };
}

function ctx(e: EditionModel): RenderContext {
  return { model, edition: e, urls: new Urls("/", "https://example.org"), base: "/2024/", permanentBase: "/2024/", atRoot: false, archived: false, images: {} as RenderContext["images"], ...siteLanguage("en-GB"), kept: new Kept() };
}

const titles = (html: string) => [...html.matchAll(/<h3 class="paper__title"><a [^>]*>([^<]*)</g)].map((m) => m[1]);
const heads = (html: string) => [...html.matchAll(/<h2 id="([^"]+)">([^<]*)<span class="count">\((\d+)\)<\/span>( <span class="count">continued<\/span>)?/g)].map((m) => `${m[1]} ${m[3]}${m[4] ? " continued" : ""}`);

test("grouped by presentation across pages: every paper once, group by group, continued headings", () => {
  const e = edition(450, "presentation");
  assert.deepEqual(paperGroupsOf(e).map((g) => [g.id, g.papers.length]), [
    ["group-presentation-oral", 90],
    ["group-presentation-spotlight", 90],
    ["group-presentation-poster", 180],
    ["group-presentation-other", 90],
  ]);
  const pages = [0, 1, 2].map((p) => paperGroups(ctx(e), p).toString());
  assert.deepEqual(pages.map(heads), [
    ["group-presentation-oral 90", "group-presentation-spotlight 90", "group-presentation-poster 180"],
    ["group-presentation-poster 180 continued", "group-presentation-other 90"],
    ["group-presentation-other 90 continued"],
  ]);
  const listed = pages.flatMap(titles);
  assert.equal(listed.length, 450);
  assert.equal(new Set(listed).size, 450);
  assert.deepEqual(listed, papersInOrder(e).map((p) => p.title));
  // Within a group, by title; each paper's own page links to the list page that shows it.
  const orals = paperGroupsOf(e)[0]!.papers.map((p) => p.title);
  assert.deepEqual(orals, [...orals].sort());
  for (const paper of e.papers) assert.ok(titles(pages[listPageOf(e, paper)]!).includes(paper.title));
  assert.equal(PAPERS_PER_PAGE, 200);
});

test("grouped by session: program slots first, then sessions named by hand (sorted), then the rest", () => {
  const plain = edition(12, "session");
  assert.deepEqual(paperGroupsOf(plain).map((g) => [g.id, g.title(siteLanguage("en-GB").text), g.papers.length]), [
    ["group-session-alpha-session", "Alpha session", 4],
    ["group-session-zeta-session", "Zeta session", 4],
    ["group-session-other", "Not yet scheduled", 4],
  ]);
  const withProgram: EditionModel = {
    ...plain,
    // Another edition: the order and slots kept on the first one are not its own.
    paperOrder: undefined,
    slots: undefined,
    program: {
      zone: "Europe/Lisbon",
      partial: false,
      days: [{ date: "2024-04-20", slots: [{ id: "talks", start: "10:30", end: "11:30", kind: "paper-session", title: "Talks & demos", papers: ["p1", "p3"], speakers: [] }] }],
    } as unknown as EditionModel["program"],
  };
  const groups = paperGroupsOf(withProgram);
  assert.deepEqual(groups.map((g) => [g.id, g.papers.map((p) => p.id)]), [
    ["group-session-talks", ["p1", "p3"]],
    ["group-session-alpha-session", ["p2", "p5", "p8", "p11"]],
    ["group-session-zeta-session", ["p4", "p7", "p10"]],
    ["group-session-other", ["p0", "p6", "p9"]],
  ], "a slot of the program wins over the session field");
  assert.match(paperGroups(ctx(withProgram)).toString(), /<section class="paper-group" aria-labelledby="group-session-talks">\s*<h2 id="group-session-talks">Talks &amp; demos <span class="count">\(2\)<\/span><\/h2>/);
});

test("grouped by type by default, in cfp.yaml's order", () => {
  assert.equal(base.cfp.group_by, "type");
  const groups = paperGroupsOf(base);
  assert.deepEqual(groups.map((g) => g.id), base.cfp.paper_types.filter((t) => base.papers.some((p) => p.paperType.id === t.id)).map((t) => `group-${t.id}`));
});
