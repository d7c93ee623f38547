import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { loadSite } from "../../src/content/load.ts";
import { html } from "../../src/lib/html.ts";
import { LABELS, labelTable, siteTexts } from "../../src/lib/labels.ts";
import { siteLanguage } from "../../src/lib/language.ts";
import { placeholdersOf, Texts } from "../../src/lib/text.ts";
import { labelsSchema } from "../../src/schemas/labels.ts";
import { copyContent, edit, problemsOf } from "../helpers.ts";

const us = siteLanguage("en-US").format;
const gb = siteLanguage("en-GB").format;

test("en-US: days, weekdays, months and times the American way", () => {
  assert.equal(us.day("2026-12-12"), "December 12, 2026");
  assert.equal(us.dayWithWeekday("2026-12-12"), "Saturday, December 12, 2026");
  assert.equal(us.dayShort("2026-12-12"), "Dec 12, 2026");
  assert.equal(us.time("23:59"), "11:59 PM");
  assert.equal(us.time("09:05"), "9:05 AM");
  assert.equal(us.day("2023-10"), "October 2023", "a news item dated by its month");
  assert.equal(us.month("2023-10"), "October 2023");
  assert.equal(us.dayTime("2026-12-12", "23:59"), "December 12, 2026, 11:59 PM");
});

test("en-GB: days and times the British way", () => {
  assert.equal(gb.day("2026-12-12"), "12 December 2026");
  assert.equal(gb.dayWithWeekday("2026-12-12"), "Saturday, 12 December 2026");
  assert.equal(gb.dayShort("2026-12-12"), "12 Dec 2026");
  assert.equal(gb.time("23:59"), "23:59");
  assert.equal(gb.time("09:05"), "09:05");
  assert.equal(gb.day("2023-10"), "October 2023");
  assert.equal(gb.weekdayDayMonth("2024-04-20"), "Sat 20 Apr");
});

test("day ranges come from Intl's formatRange", () => {
  const range = (locale: string) =>
    new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).formatRange(Date.UTC(2026, 11, 12), Date.UTC(2026, 11, 13));
  assert.equal(us.dayRange("2026-12-12", "2026-12-13"), range("en-US"));
  assert.match(us.dayRange("2026-12-12", "2026-12-13"), /^December 12\s?–\s?13, 2026$/u);
  assert.equal(gb.dayRange("2026-12-12", "2026-12-13"), range("en-GB"));
  assert.match(gb.dayRange("2026-12-12", "2026-12-13"), /^12\s?–\s?13 December 2026$/u);
  assert.match(gb.dayRange("2026-12-30", "2027-01-02"), /^30 December 2026\s?–\s?2 January 2027$/u);
  assert.equal(gb.dayRange("2026-12-12", "2026-12-12"), "12 December 2026", "one day is no range");
});

test("another language: French days, times and countdown words", () => {
  const fr = siteLanguage("fr").format;
  assert.equal(fr.day("2026-12-12"), "12 décembre 2026");
  assert.equal(fr.time("23:59"), "23:59");
  assert.match(fr.duration(3 * 86_400_000 + 3_600_000), /^3\sjours et 1\sheure$/u);
  assert.equal(us.duration(3 * 86_400_000 + 3_600_000), "3 days, 1 hour");
});

test("zone names take their words from the texts", () => {
  const at = Date.UTC(2024, 6, 1);
  assert.equal(gb.zone("America/Los_Angeles", at), "Los Angeles time (UTC−07:00)");
  assert.equal(gb.zone("AoE", at), "AoE (UTC−12)");
  assert.equal(gb.zone("+05:30", at), "UTC+05:30");
  const fr = siteLanguage("fr", { zone_named: "heure de {city} (UTC{offset})", duration_under_minute: "moins d’une minute" }).format;
  assert.equal(fr.zone("America/Los_Angeles", at), "heure de Los Angeles (UTC−07:00)");
  assert.equal(fr.duration(10_000), "moins d’une minute");
});

test("texts: placeholders, numbers, plural and ordinal forms by the language's rules", () => {
  const en = new Texts("en", {
    hello: "Hello {name}, {name}!",
    papers: { one: "{count} paper", other: "{count} papers" },
    nth: { one: "{nth}st", two: "{nth}nd", few: "{nth}rd", other: "{nth}th" },
  });
  assert.equal(en.get("hello", { name: "Ada" }), "Hello Ada, Ada!");
  assert.equal(en.get("papers", { count: 1 }), "1 paper");
  assert.equal(en.get("papers", { count: 0 }), "0 papers");
  assert.equal(en.get("papers", { count: 1234 }), "1,234 papers");
  assert.deepEqual([1, 2, 3, 4, 11, 12, 13, 22, 101].map((n) => en.get("nth", { nth: n })), ["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "22nd", "101st"]);
  assert.throws(() => en.get("papers"), /needs a number/);
  // French takes the singular for 0 as well.
  const fr = new Texts("fr", { papers: { one: "{count} article", other: "{count} articles" } });
  assert.equal(fr.get("papers", { count: 0 }), "0 article");
  assert.equal(fr.get("papers", { count: 2 }), "2 articles");
  // What a page hands a browser script reads back the same.
  const back = Texts.fromJson<"papers">("en", en.json(["papers"]));
  assert.equal(back.get("papers", { count: 2 }), "2 papers");
  assert.deepEqual(placeholdersOf({ one: "{count} of {total}", other: "{count} of {total} {x}" }), ["count", "total", "x"]);
});

test("the table: a site's texts over the English defaults, the rest English", () => {
  const table = labelTable({ program: "Schedule" });
  assert.equal(table.program, "Schedule");
  assert.equal(table.keynotes, "Keynotes");
  assert.equal(Object.keys(table).length, Object.keys(LABELS).length);
  const text = siteTexts("en", { archive_link: "Zur Ausgabe {edition}" });
  assert.equal(text.get("archive_link", { edition: "LLM4Code 2026" }), "Zur Ausgabe LLM4Code 2026");
  assert.equal(text.get("skip_link"), "Skip to content");
  // Text is escaped, markup passed in as a value is kept.
  const line = text.html("footer_colocated", { title: "A <b> & C", conference: html`<a href="/x">ICSE</a>` }).toString();
  assert.equal(line, `A &lt;b&gt; &amp; C, co-located with <a href="/x">ICSE</a>.`);
  for (const [key, label] of Object.entries(LABELS)) assert.ok(label.description.length > 10, `${key} has a description`);
});

test("labels schema: every key optional, described, strict, placeholders checked", () => {
  assert.deepEqual(labelsSchema.parse({}), {});
  assert.deepEqual(labelsSchema.parse({ program: "Schedule", papers_lead: { one: "{count} article", other: "{count} articles" } }), {
    program: "Schedule",
    papers_lead: { one: "{count} article", other: "{count} articles" },
  });
  assert.equal(labelsSchema.safeParse({ programme: "Schedule" }).success, false);
  assert.equal(labelsSchema.safeParse({ program: { other: "x" } }).success, false, "a plain text takes no forms");
  assert.equal(labelsSchema.safeParse({ papers_lead: { one: "x" } }).success, false, "forms need other");
  assert.match(labelsSchema.shape.program.description ?? "", /Menu label and title of the program page\. Default: Program/);
});

test("content/labels.yaml: loaded over the defaults; unknown keys and placeholders are content errors at file:line:col", () => {
  const { root, content, assets } = copyContent();
  writeFileSync(path.join(content, "labels.yaml"), "# Our own words\nprogram: Schedule\n");
  const model = loadSite({ contentDir: content, assetsDir: assets, relativeTo: root });
  assert.equal(model.labels.program, "Schedule");
  assert.equal(model.labels.keynotes, undefined);

  writeFileSync(path.join(content, "labels.yaml"), "program: Schedule\nkeynote: Talks\narchive_link: Go to {year}\nnews: [1]\n");
  assert.deepEqual(problemsOf(content, assets, root), [
    `content/labels.yaml:2:1 labels.keynote: unknown field (did you mean "keynotes"?)`,
    "content/labels.yaml:3:15 labels.archive_link: uses {year}, which archive_link does not fill (it can use {edition})",
    "content/labels.yaml:4:7 labels.news: expected string, received array",
  ]);
});

test("site.language must be a language tag Intl supports", () => {
  const { root, content, assets } = copyContent();
  edit(path.join(content, "site.yaml"), /^language: .*$/m, "language: en_GB");
  assert.deepEqual(problemsOf(content, assets, root), [
    "content/site.yaml:9:11 site.language: must be a language tag (BCP 47) that Intl supports, e.g. en-GB, en-US, fr, pt-BR",
  ]);
  edit(path.join(content, "site.yaml"), /^language: .*$/m, "language: tlh");
  assert.equal(problemsOf(content, assets, root).length, 1);
  edit(path.join(content, "site.yaml"), /^language: .*$/m, "language: pt-BR");
  assert.equal(loadSite({ contentDir: content, assetsDir: assets }).site.language, "pt-BR");
});
