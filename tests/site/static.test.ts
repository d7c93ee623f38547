// Site checks on every page of the two builds `npm run check:site` made of the content (at `/`
// and under a base path): rules that hold for any content, with no expected count or text.
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import { jsonSchemas } from "../../src/schemas/json-schema.ts";
import { checkLinks, walk } from "../build/links.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the site checks with \`npm run check:site\`.`);
  return value;
}
const content = required("SITE_CHECK_CONTENT");
const builds = [
  { name: "the build at /", dir: required("SITE_CHECK_ROOT_DIR"), prefix: "/" },
  { name: `the build at ${required("SITE_CHECK_PREFIX")}`, dir: required("SITE_CHECK_PREFIXED_DIR"), prefix: required("SITE_CHECK_PREFIX") },
];

/** The site's origin, from the home page's canonical URL. */
function originOf(dir: string): string {
  const home = readFileSync(path.join(dir, "index.html"), "utf8");
  const canonical = /<link rel="canonical" href="([^"]+)">/.exec(home)?.[1];
  assert.ok(canonical, "the home page names its canonical URL");
  return new URL(canonical).origin;
}

for (const { name, dir, prefix } of builds) {
  test(`${name}: every internal link, asset and srcset resolves, under the base path`, () => {
    const report = checkLinks(dir, prefix, originOf(dir));
    assert.ok(report.pages.length > 0, "the build has pages");
    assert.deepEqual(report.unprefixed, [], "links that leave the base path");
    assert.deepEqual(report.broken, [], "links, assets or srcset candidates with no file (or no #fragment)");
  });
}

test("html-validate finds no error on any page", async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const errors: string[] = [];
  const dir = builds[1]!.dir;
  for (const file of walk(dir).filter((f) => f.endsWith(".html")).sort()) {
    const rel = path.relative(dir, file).split(path.sep).join("/");
    // Validated under the repository's .htmlvalidate.json (the build lives in a temporary folder).
    const report = await validator.validateString(readFileSync(file, "utf8"), path.join(ROOT, "_site", rel));
    for (const result of report.results) for (const m of result.messages) errors.push(`${rel}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
  assert.deepEqual(errors, []);
});

test("the JSON Schemas beside the content, for editors, are the engine's current ones", (t) => {
  const dir = path.join(content, "schemas");
  if (!existsSync(dir)) return t.skip("the content has no schemas/ folder");
  const stale = Object.entries(jsonSchemas())
    .filter(([file, text]) => !existsSync(path.join(dir, file)) || readFileSync(path.join(dir, file), "utf8") !== text)
    .map(([file]) => file);
  assert.deepEqual(stale, [], "run `npm run schemas` to bring them up to date");
});
