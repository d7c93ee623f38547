// The link checker of the build tests finds each kind of problem it is there for.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { checkLinks } from "./links.ts";

const ORIGIN = "https://example.org";

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "colloquy-links-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const feed = (href: string) =>
  `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><id>${href}</id><link href="${href}"/>` +
  `<entry><id>${href}#n</id><link href="${href}"/><content type="html"><![CDATA[<a href="https://elsewhere.example/">x</a>]]></content></entry></feed>\n`;

test("a clean site under a base path passes, with its srcset, fragments, feed and stylesheet", () => {
  const dir = site({
    "index.html": `<link rel="canonical" href="${ORIGIN}/repo/"><a href="/repo/call/#dates">x</a><a href="#top">t</a><p id="top"></p><img src="/repo/a.png" srcset="/repo/a.png 1x, /repo/b.png 2x">`,
    "call/index.html": `<h2 id="dates">Dates</h2>`,
    "a.png": "",
    "b.png": "",
    "css/site.css": `body { background: url("../a.png"); }`,
    "feed.xml": feed(`${ORIGIN}/repo/`),
  });
  const report = checkLinks(dir, "/repo/", ORIGIN);
  assert.deepEqual(report.broken, []);
  assert.deepEqual(report.unprefixed, []);
  assert.equal(report.checked, 9);
});

test("missing files and fragments, links without the base path, malformed srcset and foreign feed links are reported", () => {
  const dir = site({
    "index.html": `<a href="/repo/nope/">x</a><a href="/repo/call/#gone">y</a><a href="#absent">z</a><a href="/call/">w</a><img src="/repo/a.png" srcset="/repo/a.png 1x 2x"><img srcset="/repo/c.png 2x">`,
    "call/index.html": `<h2 id="dates">Dates</h2>`,
    "a.png": "",
    "css/site.css": `body { background: url("../missing.png"); }`,
    "feed.xml": feed("https://elsewhere.example/"),
  });
  const report = checkLinks(dir, "/repo/", ORIGIN);
  assert.deepEqual(report.unprefixed, ["index.html → /call/"]);
  assert.deepEqual(report.broken.sort(), [
    "css/site.css → ../missing.png",
    "feed.xml → https://elsewhere.example/ (not on https://example.org)",
    "feed.xml → https://elsewhere.example/ (not on https://example.org)",
    "index.html → #absent",
    "index.html → /repo/c.png",
    "index.html → /repo/call/#gone (no #gone)",
    "index.html → /repo/nope/",
    'index.html → malformed srcset "/repo/a.png 1x 2x": Image candidate may have no more than one descriptor, found 2: 1x 2x',
  ].sort());
});
