import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import { banner } from "../../src/components/banner.ts";
import { datesList } from "../../src/components/dates.ts";
import { keyFacts, newsList, socialCard } from "../../src/components/home.ts";
import { ordinal } from "../../src/lib/labels.ts";
import { navItems } from "../../src/components/nav.ts";
import { BUILT_IN_PAGES, hasPage, RESERVED_SLUGS } from "../../src/content/pages.ts";
import { builtIn } from "../../src/pages/page-template.ts";
import { badgeLegend, paperCard } from "../../src/components/paper-list.ts";
import { programTable } from "../../src/components/program.ts";
import { programSchema } from "../../src/schemas/program.ts";
import { loadSite } from "../../src/content/load.ts";
import type { EncodedImage } from "../../src/images/pipeline.ts";
import { basePage, trimLines } from "../../src/layouts/base.ts";
import type { RenderContext } from "../../src/render/context.ts";
import { siteLanguage } from "../../src/lib/language.ts";
import { html } from "../../src/lib/html.ts";
import { byFamilyName } from "../../src/lib/people.ts";
import { Urls } from "../../src/lib/urls.ts";
import { fixture } from "../helpers.ts";
import { Kept } from "../../src/lib/kept.ts";

function fakeImage(name: string, width: number, height: number): EncodedImage {
  const formats = [
    ["avif", "image/avif"],
    ["webp", "image/webp"],
    ["png", "image/png"],
  ] as const;
  return {
    width,
    height,
    sources: formats.map(([format, type]) => ({
      format,
      type,
      files: [width / 2, width].map((w) => ({ path: `img/${name}-${w}.${format}`, width: w, height: Math.round((height * w) / width) })),
    })),
  } as EncodedImage;
}

function context(prefix = "/"): RenderContext {
  const model = loadSite({ contentDir: fixture().content, assetsDir: fixture().assets });
  // These tests pin the facts of the 2024 edition, rendered as if it were at the site root.
  const edition = model.editions.find((e) => e.year === 2024)!;
  return {
    model: { ...model, current: edition },
    edition,
    urls: new Urls(prefix, "https://example.org"),
    base: "/",
    permanentBase: `/${edition.year}/`,
    atRoot: true,
    archived: false,
    ...siteLanguage(model.site.language, model.labels),
    kept: new Kept(),
    images: {
      brand: { favicon: fakeImage("favicon", 180, 180) },
      banner: {
        "light-desktop": fakeImage("banner-light-desktop", 1600, 500),
        "dark-desktop": fakeImage("banner-dark-desktop", 1600, 500),
        "light-mobile": fakeImage("banner-light-mobile", 800, 760),
        "dark-mobile": fakeImage("banner-dark-mobile", 800, 760),
      },
      speakers: {},
      share: async (key, title) => ({ path: `img/share-${key.replace(/\W/g, "") || "home"}.png`, width: 1200, height: 630, alt: title }),
    },
  };
}

test("banner: a picture per theme, mobile and desktop sources in AVIF/WebP/PNG, sized lazy img with alt", () => {
  const out = banner(context("/llm4code/")).toString();
  const pictures = [...out.matchAll(/<picture class="banner__variant" data-theme="(\w+)">([\s\S]*?)<\/picture>/g)];
  assert.deepEqual(pictures.map((m) => m[1]), ["light", "dark"]);
  for (const [, theme, body] of pictures) {
    const sources = [...body!.matchAll(/<source data-theme="(\w+)" data-shape="(\w+)"(?: media="([^"]+)")? type="([^"]+)"/g)].map((m) => m.slice(1).join("|"));
    assert.deepEqual(sources, [
      `${theme}|mobile|(max-width: 600px)|image/avif`,
      `${theme}|mobile|(max-width: 600px)|image/webp`,
      `${theme}|mobile|(max-width: 600px)|image/png`,
      `${theme}|desktop||image/avif`,
      `${theme}|desktop||image/webp`,
    ]);
    assert.match(body!, new RegExp(`<img src="/llm4code/img/banner-${theme}-desktop-1600\\.png" srcset="[^"]+" sizes="[^"]+" width="1600" height="500" alt="LLM4Code 2024: workshop at ICSE, 20 April 2024, in Lisbon, Portugal\\." loading="lazy" fetchpriority="high"`));
  }
  assert.match(out, /srcset="\/llm4code\/img\/banner-dark-mobile-400\.avif 400w, \/llm4code\/img\/banner-dark-mobile-800\.avif 800w"/);
  assert.match(out, /data-shape="mobile"[^>]*width="800" height="760"/, "sources carry their own size (art direction without layout shift)");
});

test("key facts and news come from the edition", () => {
  const ctx = context();
  const facts = keyFacts(ctx).toString();
  assert.match(facts, /First edition/);
  assert.match(facts, /<a href="https:\/\/conf\.researchr\.org\/home\/icse-2024">ICSE 2024<\/a>/);
  assert.match(facts, /Lisbon, Portugal/);
  assert.match(facts, /<time datetime="2024-04-20">Saturday, 20 April 2024<\/time>/);
  const news = newsList(ctx).toString();
  assert.match(news, /<time datetime="2024-02-26">26 February 2024<\/time>/);
  assert.match(news, /href="\/papers\/"/);
  assert.equal(ordinal(ctx.text, 2), "Second");
  assert.equal(ordinal(ctx.text, 12), "12th");
  assert.equal(ordinal(ctx.text, 13), "13th");
  assert.equal(ordinal(ctx.text, 23), "23rd");
});

test("social post is a static card: no script, no iframe, link to the post", () => {
  const out = socialCard(context()).toString();
  assert.equal(/<script|<iframe|platform\.twitter/.test(out), false);
  assert.match(out, /<blockquote class="social-card__post" cite="https:\/\/twitter\.com\/llm4code\/status\/1712181254970281991">/);
  assert.match(out, /View the post on X/);
});

test("paper card: badges with words, links with context for screen readers", () => {
  const ctx = context();
  const paper = ctx.edition.papers.find((p) => p.id === "95")!;
  const out = paperCard(ctx, paper).toString();
  assert.match(out, /<li class="paper" id="paper-95">/);
  assert.match(out, /Research paper<\/li>/);
  assert.match(out, /Non-archival<\/li>/);
  assert.match(out, /Best Presentation Award<\/li>/);
  assert.match(out, /<a href="https:\/\/llm4code\.github\.io\/2024\/assets\/pdf\/papers\/95\.pdf">PDF<span class="visually-hidden">: StudentEval/);
  const legend = badgeLegend(ctx).toString();
  assert.match(legend, /Position paper/);
  assert.match(legend, /Best Paper Award/);
});

test("dates: <time> with the zone's offset, sorted, earlier values struck through, calendar links", () => {
  const ctx = context();
  const out = datesList(ctx).toString();
  assert.match(out, /<time datetime="2023-12-07T23:59-12:00">7 December 2023, 23:59<\/time><span class="date__zone"> AoE \(UTC−12\)<\/span>/);
  assert.match(out, /data-start="2023-12-08T11:59:00Z" data-end="2023-12-08T11:59:00Z" data-kind="deadline"/);
  assert.match(out, /Earlier dates: <del><time datetime="2023-12-21T23:59-12:00">21 December 2023, 23:59<\/time><\/del>, <del><time datetime="2024-01-11T23:59-12:00">11 January 2024, 23:59<\/time><\/del>/);
  // The workshop is a whole day in Lisbon: from its midnight (UTC+1 in April) to the next.
  assert.match(out, /<li class="date" id="workshop" data-start="2024-04-19T23:00:00Z" data-end="2024-04-20T23:00:00Z" data-kind="event" data-all-day="true">/);
  assert.match(out, /<time datetime="2024-04-20">20 April 2024<\/time><span class="date__zone"> Lisbon time \(UTC\+01:00\)/);
  assert.match(out, /<a class="date__add" href="\/dates\/submission\.ics" type="text\/calendar">Add to calendar<span class="visually-hidden">: Paper submission<\/span><\/a>/);
  assert.match(out, /<a href="\/dates\.ics" type="text\/calendar">/);
  const order = [...out.matchAll(/<li class="date" id="([a-z-]+)"/g)].map((m) => m[1]);
  assert.deepEqual(order, ["submission", "notification", "camera-ready", "workshop"]);
});

test("program: a real table in the workshop's zone, linking papers and keynotes, with slot ids and calendar links", () => {
  const ctx = context();
  const program = programSchema.parse({
    zone: "Europe/Lisbon",
    room: "Room 1",
    days: [
      {
        date: "2024-04-20",
        slots: [
          { start: "09:00", end: "10:00", kind: "keynote", title: "Keynote", speaker: "loubna-ben-allal" },
          { id: "papers-1", start: "10:30", end: "11:30", kind: "paper-session", title: "Papers 1", papers: ["21", "95"], chair: "lin-tan", room: "Room 2" },
        ],
      },
    ],
  });
  const out = programTable(ctx, program).toString();
  assert.match(out, /<caption data-caption data-workshop-caption="Times are in Lisbon time \(UTC\+01:00\)\.">Times are in Lisbon time \(UTC\+01:00\)\.<\/caption>/);
  assert.match(out, /<th scope="col">Time<\/th>/);
  assert.match(out, /<tr class="slot slot--keynote" id="slot-2024-04-20-0900" data-start="2024-04-20T08:00:00Z" data-end="2024-04-20T09:00:00Z">/);
  assert.match(out, /<time datetime="2024-04-20T09:00\+01:00" data-utc="2024-04-20T08:00:00Z">09:00<\/time>/);
  assert.match(out, /href="\/speakers\/#keynote-loubna-ben-allal"/);
  assert.match(out, /href="\/2024\/papers\/21\/"/);
  assert.match(out, /Chair: Lin Tan/);
  assert.match(out, /Room: Room 1<\/p>[\s\S]*Room: Room 2<\/p>/, "the program's room, then the slot's own");
  assert.match(out, /<span class="kind kind--paper-session">Paper session<\/span>/);
  assert.match(out, /href="\/program\/papers-1\.ics"/);
  assert.match(out, /<legend>Show times in<\/legend>/);
});

test("menu: built-in pages in order, current page marked, empty pages left out", () => {
  const ctx = context();
  assert.deepEqual(
    navItems(ctx).map((i) => i.label),
    ["Home", "Program", "Keynotes", "Papers", "Related Reading", "Call for Papers", "Dates", "Organization", "Program Committee"],
  );
  const empty = { ...ctx, edition: { ...ctx.edition, papers: [], reading: [], speakers: [], dates: [] } };
  assert.deepEqual(
    navItems(empty).map((i) => i.label),
    ["Home", "Program", "Call for Papers", "Organization", "Program Committee"],
  );
});

test("built-in pages: one registry decides the menu, the page modules, the aliases' targets and the reserved slugs", async () => {
  const ctx = context();
  const empty = { ...ctx, edition: { ...ctx.edition, speakers: [], programCommittee: [] } };
  for (const page of BUILT_IN_PAGES) assert.ok(RESERVED_SLUGS.includes(page.slug), `${page.slug} is reserved`);
  const menu = (c: RenderContext) => navItems(c).map((i) => i.path);
  assert.ok(menu(ctx).includes("speakers/") && menu(ctx).includes("pc/"));
  assert.ok(!menu(empty).includes("speakers/") && !menu(empty).includes("pc/"));
  assert.equal(hasPage(empty.edition, "speakers"), false);
  assert.equal(hasPage(empty.edition, "call"), true);
  for (const slug of ["speakers", "pc"] as const) {
    assert.deepEqual(builtIn(slug).path, `${slug}/`);
    const module = (await import(`../../src/pages/${slug}.11ty.ts`)) as { data: { pagination: { before: (items: RenderContext[]) => RenderContext[] } } };
    assert.deepEqual(module.data.pagination.before([ctx, empty]), [ctx], `${slug}/ is built only where the edition has it`);
  }
});

test("page shell: one h1, lang, skip link, canonical, prefixed assets, no inline script or style", () => {
  const out = basePage({ ctx: context("/repo/"), title: "Accepted Papers", path: "papers/", body: html`<p>x</p>` });
  assert.equal((out.match(/<h1/g) ?? []).length, 1);
  assert.match(out, /<html lang="en-GB">/);
  assert.match(out, /<a class="skip-link" href="#main">/);
  assert.match(out, /<link rel="canonical" href="https:\/\/example\.org\/repo\/2024\/papers\/">/);
  assert.match(out, /<a href="\/repo\/papers\/" aria-current="page">Papers<\/a>/);
  assert.match(out, /<script src="\/repo\/js\/theme\.js"><\/script>/);
  assert.equal(/<script>|<style|style="/.test(out), false, "no inline script or style");
  assert.match(out, /<title>Accepted Papers · LLM4Code 2024<\/title>/);
});

test("people sort by family name, ignoring accents and case", () => {
  const sorted = byFamilyName([
    { given: "B", family: "Zhang" },
    { given: "A", family: "Ábel" },
    { given: "C", family: "ben Allal" },
    { given: "A", family: "Zhang" },
  ]);
  assert.deepEqual(sorted.map((p) => `${p.given} ${p.family}`), ["A Ábel", "C ben Allal", "A Zhang", "B Zhang"]);
});

test("trimLines takes the spaces and tabs off the ends of lines, and nothing else", () => {
  const cases: [string, string][] = [
    ["", ""],
    ["no newline  ", "no newline  "],
    ["a  \n", "a\n"],
    ["  \n\t\n \t \n", "\n\n\n"],
    ["<li>\n    \n    <p>x</p>  \n</li>", "<li>\n\n    <p>x</p>\n</li>"],
    ["keeps  inner  spaces\n  and indentation\n", "keeps  inner  spaces\n  and indentation\n"],
    ["last line  ", "last line  "],
  ];
  for (const [text, trimmed] of cases) assert.equal(trimLines(text), trimmed, JSON.stringify(text));
  // Whatever the mix, the same as removing every run of spaces and tabs before a newline.
  const pieces = [" ", "\t", "\n", "a", "  \n"];
  for (let n = 0; n < 500; n++) {
    let text = "";
    for (let i = 0; i < 14; i++) text += pieces[(n * 7 + i * i * 3 + (n >> i)) % pieces.length];
    assert.equal(trimLines(text), text.replace(/[ \t]+\n/g, "\n"), JSON.stringify(text));
  }
});
