// The bad-input suite: every content file broken in every way an organizer (or a hostile pull
// request) could break it. Each case must fail with a clear `file:line:col field: message` and
// write nothing, or build a site where the input is inert (the XSS payloads; see also
// tests/e2e/injection.spec.ts, which proves it in Chromium).
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { parse, stringify } from "yaml";
import { buildSite } from "../../scripts/build.ts";
import { ContentError } from "../../src/content/errors.ts";
import { LIMITS } from "../../src/schemas/common.ts";
import { copyContent, edit, problemsOf } from "../helpers.ts";

/** Every YAML content file of a content folder, relative to it. */
function yamlFiles(dir: string, relative = ""): string[] {
  return readdirSync(path.join(dir, relative))
    .sort()
    .flatMap((name) => {
      const child = relative ? `${relative}/${name}` : name;
      if (statSync(path.join(dir, child)).isDirectory()) return child === "schemas" ? [] : yamlFiles(dir, child);
      return name.endsWith(".yaml") ? [child] : [];
    });
}

const WHERE = /^content\/\S+:\d+:\d+ /;

test("malformed YAML in any file is reported with its file and line", () => {
  const { root, content, assets } = copyContent();
  const files = yamlFiles(content);
  assert.ok(files.length >= 9, `only ${files.length} YAML files`);
  for (const file of files) writeFileSync(path.join(content, file), `${readFileSync(path.join(content, file), "utf8")}\nbroken: [unclosed\n\t- tab: indent\n`);
  writeFileSync(path.join(content, "2024/pages/about.md"), `---\ntitle: "About\n  nav_order: [\n---\nText\n`);
  const problems = problemsOf(content, assets, root);
  for (const file of [...files, "2024/pages/about.md"]) {
    assert.ok(problems.some((p) => p.startsWith(`content/${file}:`) && /YAML syntax: /.test(p) && WHERE.test(p)), `no syntax problem for ${file}:\n${problems.join("\n")}`);
  }
});

test("a file of the wrong shape (a text where a list or map belongs) is reported, not crashed on", () => {
  const { root, content, assets } = copyContent();
  const files = yamlFiles(content);
  for (const file of files) writeFileSync(path.join(content, file), `just some text\n`);
  const problems = problemsOf(content, assets, root);
  for (const file of files) {
    assert.ok(problems.some((p) => p.startsWith(`content/${file}:1:1 `) && /expected (array|object|record), received string/.test(p)), `${file}:\n${problems.join("\n")}`);
  }
});

test("wrong types in fields are reported at the field", () => {
  const { root, content, assets } = copyContent();
  edit(path.join(content, "2024/edition.yaml"), "year: 2024", "year: [2024]");
  edit(path.join(content, "2024/edition.yaml"), "date: 2024-04-20", "date: 20")
  edit(path.join(content, "2024/papers.yaml"), /archival: true/, "archival: yes please");
  edit(path.join(content, "2024/papers.yaml"), /title: An Empirical Study[^\n]*/, "title: {nested: map}");
  edit(path.join(content, "site.yaml"), "social:\n", "social: x\nsocial_was:\n");
  const problems = problemsOf(content, assets, root);
  for (const expected of [
    /^content\/2024\/edition\.yaml:4:7 edition\.year: expected number, received array$/,
    /^content\/2024\/edition\.yaml:\d+:7 edition\.date: expected string, received number$/,
    /^content\/2024\/papers\.yaml:\d+:\d+ papers\[0\]\.title: expected string, received object$/,
    /^content\/2024\/papers\.yaml:\d+:\d+ papers\[0\]\.archival: expected boolean, received string$/,
    /^content\/site\.yaml:\d+:9 site\.social: expected array, received string$/,
    /^content\/site\.yaml:\d+:1 site\.social_was: unknown field/,
  ]) {
    assert.ok(problems.some((p) => expected.test(p)), `${expected}:\n${problems.join("\n")}`);
  }
});

test("an unknown key in any map of any file is named, with its place", () => {
  const { root, content, assets } = copyContent();
  let maps = 0;
  for (const file of yamlFiles(content)) {
    const data = parse(readFileSync(path.join(content, file), "utf8"));
    const visit = (node: unknown, isRecord: boolean): void => {
      if (Array.isArray(node)) node.forEach((n) => visit(n, false));
      else if (node && typeof node === "object") {
        // people.yaml maps ids to people and `aliases` maps paths to paths: their keys are data by design.
        for (const [key, value] of Object.entries(node)) visit(value, key === "aliases");
        if (!isRecord) {
          (node as Record<string, unknown>).colloquy_unknown_field = 1;
          maps++;
        }
      }
    };
    visit(data, file === "people.yaml");
    writeFileSync(path.join(content, file), stringify(data));
  }
  const problems = problemsOf(content, assets, root);
  const unknown = problems.filter((p) => /colloquy_unknown_field: unknown field$/.test(p) && WHERE.test(p));
  // Inline authors are one of two allowed forms (an id or a name); a bad one is reported as such.
  const union = problems.filter((p) => /: does not match any allowed form/.test(p));
  assert.equal(unknown.length + union.length, maps, problems.filter((p) => !unknown.includes(p) && !union.includes(p)).join("\n"));
  assert.ok(unknown.length > 50, `only ${unknown.length} unknown fields reported`);
});

const BAD_URLS = ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "  javascript:alert(1)", "java\tscript:alert(1)", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "vbscript:msgbox(1)", "//evil.example/x", "/relative/path"];

for (const bad of BAD_URLS) {
  test(`every URL field refuses ${JSON.stringify(bad)} with file:line:field`, () => {
    const { root, content, assets } = copyContent();
    let fields = 0;
    for (const file of yamlFiles(content)) {
      const data = parse(readFileSync(path.join(content, file), "utf8"));
      const visit = (node: Record<string | number, unknown>): void => {
        for (const [key, value] of Object.entries(node)) {
          if (typeof value === "string" && /^https?:\/\//.test(value)) {
            node[key] = bad;
            fields++;
          } else if (value && typeof value === "object") visit(value as Record<string, unknown>);
        }
      };
      visit(data);
      writeFileSync(path.join(content, file), stringify(data));
    }
    assert.ok(fields > 40, `only ${fields} URL fields`);
    const problems = problemsOf(content, assets, root);
    assert.equal(problems.length, fields, problems.join("\n"));
    for (const p of problems) assert.match(p, /^content\/\S+:\d+:\d+ \S+: must be an absolute http:\/\/ or https:\/\/ URL$/);
    const fileAndField = (p: string) => `${p.split(":")[0]} ${p.split(" ")[1]}`;
    assert.equal(new Set(problems.map(fileAndField)).size, fields, "each field is named");
  });
}

test("links in Markdown with unsafe schemes render as text, not links", async () => {
  const { content, assets } = copyContent();
  const links = BAD_URLS.slice(0, 6).map((u, i) => `[link ${i}](${u.trim()})`).join("\n\n");
  writeFileSync(path.join(content, "2024/pages/about.md"), `---\ntitle: About\n---\n\n${links}\n\n<a href="javascript:alert(2)">raw</a>\n\n<javascript:alert(3)>\n\n![img](javascript:alert(4))\n`);
  const out = await buildSite({ output: path.join(mkdtempSync(path.join(os.tmpdir(), "colloquy-bad-")), "site"), content, assets, quiet: true });
  const home = readFileSync(path.join(out, "2024", "index.html"), "utf8");
  assert.equal(/(href|src)="\s*(javascript|vbscript|data):/i.test(home), false);
  assert.match(home, /&lt;a href=.javascript:alert\(2\).&gt;raw&lt;\/a&gt;/);
  assert.match(home, /\[link 0\]\(javascript:alert\(1\)\)/);
});

test("dangling references are reported where they are made", () => {
  const { root, content, assets } = copyContent();
  edit(path.join(content, "2024/committee.yaml"), /- bram-adams/, "- nobody-at-all");
  edit(path.join(content, "2024/speakers.yaml"), "- person: loubna-ben-allal", "- person: ghost-speaker");
  edit(path.join(content, "2024/papers.yaml"), /type: research/, "type: keynote-paper");
  edit(path.join(content, "2024/papers.yaml"), /archival: true/, "archival: true\n  award: golden-mug");
  edit(path.join(content, "2024/papers.yaml"), /- \{given: Sanka, family: Rasnayaka\}/, "- sanka-who");
  writeFileSync(
    path.join(content, "2024/program.yaml"),
    "zone: Europe/Lisbon\ndays:\n  - date: 2024-04-20\n    slots:\n      - start: '09:00'\n        end: '10:00'\n        title: Keynote\n        kind: keynote\n        speaker: nobody\n        chair: no-chair\n      - start: '10:00'\n        end: '11:00'\n        title: Papers\n        kind: papers\n        papers: [999]\n",
  );
  const problems = problemsOf(content, assets, root);
  for (const expected of [
    /committee\.yaml:\d+:\d+ committee\.program_committee\[\d+\]: no person "nobody-at-all" in content\/people\.yaml/,
    /speakers\.yaml:\d+:\d+ speakers\[0\]\.person: no person "ghost-speaker"/,
    /papers\.yaml:\d+:\d+ papers\[0\]\.type: unknown paper type "keynote-paper"/,
    /papers\.yaml:\d+:\d+ papers\[0\]\.award: unknown award "golden-mug"/,
    /papers\.yaml:\d+:\d+ papers\[0\]\.authors\[0\]: no person "sanka-who"/,
    /program\.yaml:\d+:\d+ program\.days\[0\]\.slots\[0\]\.speaker: no keynote by "nobody"/,
    /program\.yaml:\d+:\d+ program\.days\[0\]\.slots\[0\]\.chair: no person "no-chair"/,
    /program\.yaml:\d+:\d+ program\.days\[0\]\.slots\[1\]\.papers\[0\]: no paper "999"/,
  ]) {
    assert.ok(problems.some((p) => expected.test(p)), `${expected}:\n${problems.join("\n")}`);
  }
});

test("duplicate ids, duplicate keys and duplicate slugs are refused", () => {
  const { root, content, assets } = copyContent();
  edit(path.join(content, "2024/dates.yaml"), "- id: notification", "- id: submission");
  edit(path.join(content, "2024/papers.yaml"), "- id: 5\n", "- id: 18\n");
  const people = readFileSync(path.join(content, "people.yaml"), "utf8");
  const firstId = /^([a-z0-9-]+):$/m.exec(people)![1]!;
  writeFileSync(path.join(content, "people.yaml"), `${people}\n${firstId}:\n  given: Twin\n  family: Entry\n`);
  writeFileSync(path.join(content, "2024/pages/venue.md"), "---\ntitle: Venue\nslug: travel\n---\nText\n");
  writeFileSync(path.join(content, "2024/pages/travel.md"), "---\ntitle: Travel\n---\nText\n");
  const problems = problemsOf(content, assets, root);
  for (const expected of [
    /dates\.yaml:\d+:\d+ dates\[1\]\.id: duplicate date id "submission" \(also at index 0\)/,
    /papers\.yaml:\d+:\d+ papers\[1\]\.id: duplicate paper id "18"/,
    /people\.yaml:\d+:\d+ YAML syntax: Map keys must be unique/,
    /pages\/(venue|travel)\.md:1:1 slug: "travel" is also the slug of/,
  ]) {
    assert.ok(problems.some((p) => expected.test(p)), `${expected}:\n${problems.join("\n")}`);
  }
});

test("absurd sizes fail with a clear limit: a 5 MB title, 100,000 news items, a 40 MB file, an alias bomb", () => {
  const { root, content, assets } = copyContent();
  edit(path.join(content, "2024/edition.yaml"), /^title: .*$/m, `title: ${"A".repeat(5 * 1024 * 1024)}`);
  writeFileSync(path.join(content, "2024/news.yaml"), Array.from({ length: 100_000 }, (_, i) => `- date: 2024-01-01\n  text: News ${i}\n`).join(""));
  writeFileSync(path.join(content, "2024/pages/huge.md"), `---\ntitle: Huge\n---\n${"x".repeat(40 * 1024 * 1024)}\n`);
  const bomb = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
  for (let i = 0; i < 9; i++) bomb.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(", ")}]`);
  writeFileSync(path.join(content, "2024/cfp.yaml"), `${bomb.join("\n")}\n`);
  const started = performance.now();
  const problems = problemsOf(content, assets, root);
  assert.ok(performance.now() - started < 30_000, "rejected quickly");
  for (const expected of [
    new RegExp(`^content/2024/edition\\.yaml:\\d+:\\d+ edition\\.title: is too long: at most ${LIMITS.text.toLocaleString("en")} characters$`),
    new RegExp(`^content/2024/news\\.yaml:1:1 news: has too many items: at most ${LIMITS.news.toLocaleString("en")}`),
    /^content\/2024\/pages\/huge\.md is 40\.0 MB; a content file may be at most 32\.0 MB$/,
    /^content\/2024\/cfp\.yaml:1:1 YAML: Excessive alias count/,
  ]) {
    assert.ok(problems.some((p) => expected.test(p)), `${expected}:\n${problems.map((p) => p.slice(0, 200)).join("\n")}`);
  }
});

test("bad input writes nothing: the build stops before the output folder exists", async () => {
  const { content, assets } = copyContent();
  edit(path.join(content, "2024/edition.yaml"), "url: https://llm4code2024.hotcrp.com/", "url: JaVaScRiPt:alert(1)");
  const out = path.join(mkdtempSync(path.join(os.tmpdir(), "colloquy-bad-")), "site");
  await assert.rejects(buildSite({ output: out, content, assets, quiet: true }), (error: unknown) => {
    assert.ok(error instanceof ContentError);
    assert.match(error.message, /edition\.yaml:17:8 edition\.submission\.url: must be an absolute http:\/\/ or https:\/\/ URL/);
    return true;
  });
  assert.equal(existsSync(out), false);
});
