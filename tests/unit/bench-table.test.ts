// The benchmark's comparison table (its text pinned) and the Hugo site it compares with; nothing
// is timed and Hugo does not run here.
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { parse as parseYaml } from "yaml";
import { formatTable, memory, seconds } from "../../scripts/bench-table.ts";
import { writeHugoPaper, writeHugoSite } from "../../scripts/hugo-peer.ts";
import { syntheticPapers } from "../../scripts/synthetic-papers.ts";

const MB = 1024 * 1024;

test("each work item stands beside its peer with Colloquy's ratio of time and memory; no peer gives dashes", () => {
  const table = formatTable([
    { work: "10,000 papers, first build with search", colloquy: { seconds: 35.4, peakBytes: 700 * MB }, peer: { name: "Hugo + Pagefind", figure: { seconds: 16.3, peakBytes: 1400 * MB } } },
    { work: "one paper changed", colloquy: { seconds: 2.5, peakBytes: 300 * MB }, peer: { name: "Hugo (no search)", figure: { seconds: 5, peakBytes: 150 * MB } } },
    { work: "default site, warm build", colloquy: { seconds: 1.94, peakBytes: 260 * MB } },
  ]);
  assert.equal(
    table,
    [
      "| work                                   | Colloquy       | peer                            | ratio (time, memory) |",
      "| -------------------------------------- | -------------- | ------------------------------- | -------------------- |",
      "| 10,000 papers, first build with search | 35.4 s, 700 MB | Hugo + Pagefind 16.3 s, 1.37 GB | 2.17×, 0.50×         |",
      "| one paper changed                      | 2.50 s, 300 MB | Hugo (no search) 5.00 s, 150 MB | 0.50×, 2.00×         |",
      "| default site, warm build               | 1.94 s, 260 MB | —                               | —                    |",
    ].join("\n"),
  );
});

test("seconds keep two decimals under ten, memory turns to GB from 1024 MB", () => {
  assert.deepEqual([seconds(0.456), seconds(9.994), seconds(12.34)], ["0.46 s", "9.99 s", "12.3 s"]);
  assert.deepEqual([memory(1023 * MB), memory(1024 * MB), memory(1.5 * 1024 * MB)], ["1023 MB", "1.00 GB", "1.50 GB"]);
});

test("the Hugo peer gets a content file per paper, its fields as front matter and its abstract as the body", () => {
  const site = mkdtempSync(path.join(os.tmpdir(), "colloquy-hugo-peer-"));
  try {
    const papers = syntheticPapers({ count: 3, types: ["full", "short"], awards: [] });
    writeHugoSite(site, papers);
    assert.deepEqual(readdirSync(path.join(site, "content", "papers")).sort(), ["1.md", "2.md", "3.md", "_index.md"]);
    writeHugoPaper(site, { ...papers[1]!, title: "Revised" });
    const [, front, body] = readFileSync(path.join(site, "content", "papers", "2.md"), "utf8").split("---\n");
    const fields = parseYaml(front!) as Record<string, unknown>;
    assert.equal(fields.title, "Revised");
    assert.equal(fields.paper_type, papers[1]!.type, "`type` is Hugo's own key, so the paper's type goes under another name");
    assert.equal(fields.weight, 2);
    assert.equal(body!.trim(), papers[1]!.abstract);
    assert.match(readFileSync(path.join(site, "hugo.toml"), "utf8"), /^paginate = 200$/m);
    assert.match(readFileSync(path.join(site, "layouts", "_default", "single.html"), "utf8"), /<article data-pagefind-body>/);
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
});
