import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import type { EditionModel } from "../../src/content/model.ts";
import { loadSite } from "../../src/content/load.ts";
import { copyContent, edit, fixture, problemsOf } from "../helpers.ts";

test("the default content is valid and complete", () => {
  const model = loadSite({ contentDir: fixture().content, assetsDir: fixture().assets });
  assert.equal(model.current.year, 2026);
  assert.deepEqual(model.editions.map((e) => e.year), [2024, 2025, 2026]);
  const e = model.editions[0]!;
  assert.equal(e.papers.length, 24);
  assert.equal(e.papers.filter((p) => p.paperType.id === "position").length, 5);
  assert.equal(e.papers.filter((p) => !p.archival).length, 5);
  assert.deepEqual(e.papers.filter((p) => p.awardInfo).map((p) => p.awardInfo!.id).sort(), ["best-paper", "best-presentation", "best-presentation"]);
  assert.equal(e.programCommittee.length, 37);
  assert.deepEqual(e.organization.map((r) => r.members.length), [4, 2, 2]);
  assert.equal(e.speakers.length, 2);
  assert.ok(e.about, "about.md is the home page prose");
  assert.equal(e.news[0]!.date, "2024-02-26", "news is newest first");

  const [, e2025, e2026] = model.editions as [EditionModel, EditionModel, EditionModel];
  assert.deepEqual([e2025.papers.length, e2025.programCommittee.length, e2025.speakers.length], [29, 50, 2]);
  assert.deepEqual([e2026.papers.length, e2026.programCommittee.length, e2026.speakers.length], [31, 43, 3]);
  assert.equal(e2026.papers.filter((p) => p.archival === undefined).length, 31, "2026 does not say which papers are archival");
});

test("a person is defined once; an edition records the affiliation they had at the time", () => {
  const model = loadSite({ contentDir: fixture().content, assetsDir: fixture().assets });
  const lou = (year: number) => model.editions.find((e) => e.year === year)!.organization.flatMap((r) => r.members).find((m) => m.id === "yiling-lou")!;
  assert.equal(model.people["yiling-lou"]!.affiliation, "UIUC");
  assert.deepEqual([lou(2024).affiliation, lou(2024).country], ["Fudan University", "China"]);
  assert.deepEqual([lou(2025).affiliation, lou(2025).country], ["Fudan University", "China"]);
  assert.deepEqual([lou(2026).affiliation, lou(2026).country], ["UIUC", "USA"]);
});

test("every problem is reported at once, with file:line:column and field path", () => {
  const { root, content, assets } = copyContent();
  edit(path.join(content, "2024/news.yaml"), "- date: 2024-02-26", "- date: 2024-02-30");
  edit(path.join(content, "2024/news.yaml"), "  text: For announcements", "  txet: For announcements");
  edit(path.join(content, "2024/committee.yaml"), "- bram-adams", "- bram-adamz");
  edit(path.join(content, "2024/edition.yaml"), "ordinal: 1", "ordinal: first");
  edit(path.join(content, "2024/cfp.yaml"), "review: double-blind", "review: tripple-blind");
  assert.deepEqual(problemsOf(content, assets, root), [
    "content/2024/cfp.yaml:31:9 cfp.review: Invalid option: expected one of \"double-blind\"|\"single-blind\"|\"open\"",
    "content/2024/committee.yaml:23:3 committee.program_committee[0]: no person \"bram-adamz\" in content/people.yaml",
    "content/2024/edition.yaml:5:10 edition.ordinal: expected number, received string",
    "content/2024/news.yaml:4:9 news[0].date: is not a real calendar date",
    "content/2024/news.yaml:8:3 news[2].text: is required",
    "content/2024/news.yaml:9:3 news[2].txet: unknown field (did you mean \"text\"?)",
  ]);
});

test("YAML syntax errors name the line", () => {
  const { root, content, assets } = copyContent();
  writeFileSync(path.join(content, "2024/news.yaml"), "- date: 2024-01-01\n  text: [unclosed\n");
  const problems = problemsOf(content, assets, root);
  assert.equal(problems.length, 1);
  assert.match(problems[0]!, /^content\/2024\/news\.yaml:\d+:\d+ YAML syntax: /);
});

test("front matter is checked with real line numbers; reserved and duplicate slugs are refused", () => {
  const { root, content, assets } = copyContent();
  writeFileSync(path.join(content, "2024/pages/venue.md"), "---\ntitle: Venue\nnav_order: soon\n---\nText\n");
  writeFileSync(path.join(content, "2024/pages/papers.md"), "---\ntitle: Clash\n---\nText\n");
  assert.deepEqual(problemsOf(content, assets, root), [
    'content/2024/pages/papers.md:2:1 slug: "papers" is used by a built-in page; choose another slug',
    "content/2024/pages/venue.md:3:12 front matter.nav_order: expected number, received string",
  ]);
});

test("unsafe URLs, duplicate ids and missing files are errors", () => {
  const { root, content, assets } = copyContent();
  edit(path.join(content, "2024/edition.yaml"), "url: https://llm4code2024.hotcrp.com/", "url: javascript:alert(1)");
  edit(path.join(content, "2024/papers.yaml"), "- id: 5\n", "- id: 18\n");
  edit(path.join(content, "2024/speakers.yaml"), "- person: loubna-ben-allal\n", "- person: loubna-ben-allal\n  photo: people/missing.jpg\n");
  edit(path.join(content, "site.yaml"), "current_edition: 2026", "current_edition: 2031");
  edit(path.join(content, "2024/papers.yaml"), /type: position/, "type: positon");
  const problems = problemsOf(content, assets, root);
  assert.deepEqual(problems, [
    "content/2024/edition.yaml:17:8 edition.submission.url: must be an absolute http:// or https:// URL",
    'content/2024/papers.yaml:14:7 papers[1].id: duplicate paper id "18" (also at index 0)',
    'content/2024/papers.yaml:221:9 papers[19].type: unknown paper type "positon"; cfp.yaml defines "research", "position"',
    "content/2024/speakers.yaml:5:10 speakers[0].photo: file assets/2024/people/missing.jpg does not exist",
    "content/site.yaml:8:18 site.current_edition: there is no folder content/2031/",
  ]);
});

test("a paper cannot take the list's own addresses as its id (papers/page/, papers/search/)", () => {
  const { root, content, assets } = copyContent();
  edit(path.join(content, "2024/papers.yaml"), "- id: 5\n", "- id: search\n");
  edit(path.join(content, "2025/papers.yaml"), /- id: [^\n]+\n/, "- id: page\n");
  const problems = problemsOf(content, assets, root);
  assert.equal(problems.length, 2, problems.join("\n"));
  assert.match(problems[0]!, /^content\/2024\/papers\.yaml:\d+:\d+ papers\[\d+\]\.id: "page" and "search" are taken by the papers list's own addresses$/);
  assert.match(problems[1]!, /^content\/2025\/papers\.yaml:\d+:\d+ papers\[0\]\.id: "page" and "search" are taken/);
});

test("the JSON Schemas for editors flag unknown keys and carry the field descriptions", async () => {
  const { jsonSchemas } = await import("../../src/schemas/json-schema.ts");
  const papers = JSON.parse(jsonSchemas()["papers.schema.json"]!);
  assert.equal(papers.items.additionalProperties, false, "unknown keys are flagged in editors too");
  assert.match(papers.items.properties.type.description, /paper type id/);
});
