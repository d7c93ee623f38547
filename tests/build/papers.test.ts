import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { before, test } from "node:test";
import { parse as parseBibtex } from "@retorquere/bibtex-parser";
import { buildSite } from "../../scripts/build.ts";
import { importPapers } from "../../scripts/import-papers.ts";
import { bibEscape } from "../../src/content/bibtex.ts";
import { copyContent, fixture, ROOT } from "../helpers.ts";
import { walk } from "./links.ts";

const tmp = () => mkdtempSync(path.join(os.tmpdir(), "colloquy-papers-"));
let out = "";
let prefixed = "";

before(async () => {
  out = await buildSite({ ...fixture(), output: path.join(tmp(), "site"), quiet: true });
  prefixed = await buildSite({ ...fixture(), output: path.join(tmp(), "site"), pathPrefix: "/llm4code/", quiet: true });
});

const page = (site: string, rel: string) => readFileSync(path.join(site, rel), "utf8");
const metas = (html: string, name: string) => [...html.matchAll(new RegExp(`<meta name="${name}" content="([^"]*)">`, "g"))].map((m) => m[1]);

test("a page per paper, only at the edition's permanent prefix", () => {
  const ids = readdirSync(path.join(out, "2024/papers")).filter((f) => /^\d+$/.test(f));
  assert.equal(ids.length, 24);
  assert.ok(!existsSync(path.join(out, "papers/a-benchmark-for-language-models")), "no per-paper pages at the root copy");
  assert.match(page(out, "papers/index.html"), /<a href="\/2026\/papers\/a-benchmark-for-language-models\/">A Benchmark/);
  const list = page(out, "2024/papers/index.html");
  assert.match(list, /<h3 class="paper__title"><a href="\/2024\/papers\/5\/">Applying Large Language Models/);
  assert.match(page(prefixed, "2024/papers/index.html"), /href="\/llm4code\/2024\/papers\/5\/"/);
  assert.match(list, /<details class="paper__abstract">|<li class="paper" id="paper-5">/);
});

test("a paper's page: citation_* meta tags for Google Scholar", () => {
  const html = page(out, "2024/papers/13/index.html");
  assert.deepEqual(metas(html, "citation_title"), ["Can It Edit? Evaluating the Ability of Large Language Models to Follow Code Editing Instructions"]);
  assert.deepEqual(metas(html, "citation_author"), ["Cassano, Federico", "Li, Luisa", "Sethi, Akul", "Shinn, Noah", "Brennan-Jones, Abby", "Lozhkov, Anton", "Anderson, Carolyn", "Guha, Arjun"]);
  assert.deepEqual(metas(html, "citation_publication_date"), ["2024/04/20"]);
  assert.deepEqual(metas(html, "citation_pdf_url"), ["https://llm4code.github.io/2024/assets/pdf/papers/13.pdf"]);
  assert.deepEqual(metas(html, "citation_abstract_html_url"), ["https://llm4code.github.io/2024/papers/13/"]);
  assert.equal(metas(html, "citation_conference_title").length, 1);
  assert.match(html, /<link rel="canonical" href="https:\/\/llm4code\.github\.io\/2024\/papers\/13\/">/);
  // Meta tags are in <head>, the BibTeX entry and the download link in the body.
  assert.ok(html.indexOf('name="citation_title"') < html.indexOf("</head>"));
  assert.match(html, /<a class="button" href="\/2024\/papers\/13\/13\.bib" download>Download \.bib<\/a>/);
});

test("BibTeX: every .bib file parses back to the paper's record, and the page shows the same entry", () => {
  const ids = readdirSync(path.join(out, "2024/papers"), { withFileTypes: true }).filter((f) => f.isDirectory() && existsSync(path.join(out, "2024/papers", f.name, `${f.name}.bib`)));
  assert.equal(ids.length, 24);
  for (const { name: id } of ids) {
    const file = `${id}/${id}.bib`;
    const text = page(out, `2024/papers/${file}`);
    const lib = parseBibtex(text, { sentenceCase: false });
    assert.deepEqual(lib.errors, [], file);
    assert.equal(lib.entries.length, 1, file);
    const html = page(out, `2024/papers/${id}/index.html`);
    const entry = lib.entries[0]!;
    assert.equal(entry.key, `llm4code2024-${id}`);
    assert.equal(entry.fields.title, metas(html, "citation_title")[0]!.replaceAll("&amp;", "&").replaceAll("&#39;", "'").replaceAll("&quot;", '"'));
    assert.deepEqual(
      (entry.fields.author as unknown as { lastName: string; firstName: string }[]).map((a) => `${a.lastName}, ${a.firstName}`),
      metas(html, "citation_author"),
    );
    assert.equal(entry.fields.year, "2024");
    assert.ok(html.includes(text.trimEnd().replaceAll("&", "&amp;").replaceAll("'", "&#39;").replaceAll('"', "&quot;")) || html.includes(text.trimEnd()), `${id}: the page shows the .bib entry`);
  }
  const archival = parseBibtex(page(out, "2024/papers/5/5.bib"), { sentenceCase: false }).entries[0]!;
  assert.equal(archival.type, "inproceedings");
  assert.match(String(archival.fields.booktitle), /^Proceedings of the First International Workshop on Large Language Models for Code \(LLM4Code 2024\)$/);
  assert.equal(parseBibtex(page(out, "2024/papers/13/13.bib")).entries[0]!.type, "misc");
  // Special characters survive the round trip.
  const tricky = `@misc{k,\n  title = {{${bibEscape("50% of A&B: $x_y {z} #1 ~ ^ \\")}}}\n}\n`;
  assert.equal(parseBibtex(tricky, { sentenceCase: false }).entries[0]!.fields.title, "50% of A&B: $x_y {z} #1 ~ ^ \\");
});

test("related reading: a page per edition when reading.yaml exists, with its own search index", () => {
  const html = page(out, "2024/reading/index.html");
  assert.equal((html.match(/<li class="paper" id="/g) ?? []).length, 249);
  assert.match(html, /UI2Code\^N: A Visual Language Model/);
  assert.ok(!html.includes(">SubscribeUI2Code"), "page furniture is not in a title");
  assert.ok(existsSync(path.join(out, "2024/reading/index.html")));
  assert.ok(existsSync(path.join(out, "2024/reading/search/pagefind.js")));
  assert.ok(existsSync(path.join(out, "2024/papers/search/pagefind.js")));
  assert.match(page(out, "2024/papers/index.html"), /data-bundle="\/2024\/papers\/search\/"/);
  assert.match(page(prefixed, "papers/index.html"), /data-bundle="\/llm4code\/2026\/papers\/search\/"/);
  assert.ok(!existsSync(path.join(out, "2024/papers/search/pagefind-ui.js")), "Pagefind's own interface is not shipped");
});

test("a HotCRP import: e-mail addresses, conflicts and reviews appear nowhere in the built site", async () => {
  const { content, assets, root } = copyContent();
  const messages: string[] = [];
  const status = await importPapers([path.join(ROOT, "tests/fixtures/import/hotcrp.json"), "--format", "hotcrp", "--edition", "2024", "--content", content], (s) => messages.push(s), (s) => messages.push(s));
  assert.equal(status, 0, messages.join("\n"));
  const site = await buildSite({ output: path.join(root, "site"), content, assets, quiet: true });
  // The shipped 2024 edition has a paper 7 with other authors: the import keeps it and gives the
  // HotCRP paper an id made from its title.
  assert.match(messages.join("\n"), /teaching-models-to-read-stack-traces: Teaching Models to Read Stack Traces \(id 7 is taken by "MoonBit/);
  assert.match(page(site, "2024/papers/7/index.html"), /MoonBit/);
  const paper = page(site, "2024/papers/teaching-models-to-read-stack-traces/index.html");
  assert.match(paper, /Teaching Models to Read Stack Traces/);
  assert.match(paper, /Lakeside University/);
  const secrets = ["private-mail.test", "SECRET-REVIEW-TEXT", "conflicted.reviewer", "sha2-deadbeef"];
  let searched = 0;
  for (const file of walk(site)) {
    let bytes = readFileSync(file);
    // Pagefind's index files are gzip-compressed: look inside them too.
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
    const text = bytes.toString("utf8");
    for (const secret of secrets) assert.ok(!text.includes(secret), `${secret} found in ${path.relative(site, file)}`);
    searched++;
  }
  // The search index does hold the imported paper (so the scan above saw its data).
  const fragments = walk(path.join(site, "2024/papers/search/fragment")).map((f) => gunzipSync(readFileSync(f)).toString("utf8"));
  assert.ok(fragments.some((f) => f.includes("Teaching Models to Read Stack Traces")));
  assert.ok(searched > 100);
  rmSync(root, { recursive: true, force: true });
});
