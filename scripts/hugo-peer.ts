// The benchmark's peer for large editions: a minimal Hugo site holding the same synthetic papers,
// a page and a `.bib` file per paper and a list paginated by 200 like Colloquy's. Its pages mark
// the paper as what Pagefind indexes (`data-pagefind-body`), so the list pages are not indexed,
// as Colloquy's search covers papers only.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { stringify } from "yaml";
import { PAPERS_PER_PAGE } from "../src/content/paper-order.ts";

const CONFIG = `baseURL = "https://example.org/"
title = "Synthetic workshop"
languageCode = "en"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT"]
paginate = ${PAPERS_PER_PAGE}

[mediaTypes."text/x-bibtex"]
suffixes = ["bib"]

[outputFormats.bib]
mediaType = "text/x-bibtex"
baseName = "cite"
isPlainText = true

[outputs]
page = ["html", "bib"]
`;

const LAYOUTS: Record<string, string> = {
  "_default/baseof.html": `<!DOCTYPE html>
<html lang="{{ site.LanguageCode }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ if not .IsHome }}{{ .Title }} · {{ end }}{{ site.Title }}</title>
</head>
<body>
<header><a href="{{ "/" | relURL }}">{{ site.Title }}</a> <nav><a href="{{ "/papers/" | relURL }}">Papers</a></nav></header>
<main>{{ block "main" . }}{{ end }}</main>
</body>
</html>
`,
  "index.html": `{{ define "main" }}<h1>{{ site.Title }}</h1>
<p><a href="{{ "/papers/" | relURL }}">{{ len site.RegularPages }} accepted papers</a></p>
{{ end }}`,
  "_default/list.html": `{{ define "main" }}<h1>{{ .Title }}</h1>
{{ $pager := .Paginate .Pages }}
<ol start="{{ add 1 (mul (sub $pager.PageNumber 1) $pager.PageSize) }}">
{{ range $pager.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a><br>{{ range $i, $a := .Params.authors }}{{ if $i }}, {{ end }}{{ $a.given }} {{ $a.family }}{{ end }} · {{ .Params.paper_type }}{{ with .Params.award }} · {{ . }}{{ end }}</li>
{{ end }}</ol>
<nav aria-label="Pages">{{ with $pager.Prev }}<a href="{{ .URL }}">Previous</a> {{ end }}Page {{ $pager.PageNumber }} of {{ $pager.TotalPages }}{{ with $pager.Next }} <a href="{{ .URL }}">Next</a>{{ end }}</nav>
{{ end }}`,
  "_default/single.html": `{{ define "main" }}<article data-pagefind-body>
<h1>{{ .Title }}</h1>
<ul>{{ range .Params.authors }}<li>{{ .given }} {{ .family }} ({{ .affiliation }})</li>{{ end }}</ul>
<p>{{ .Params.paper_type }}{{ if .Params.archival }}, archival{{ end }}{{ with .Params.award }} · {{ . }}{{ end }}</p>
<h2>Abstract</h2>
{{ .Content }}
<p>{{ with .Params.pdf }}<a href="{{ . }}">PDF</a> · {{ end }}{{ with .OutputFormats.Get "bib" }}<a href="{{ .RelPermalink }}">BibTeX</a>{{ end }}</p>
</article>
{{ end }}`,
  "_default/single.bib": `@inproceedings{paper{{ .Params.id }},
  title = { {{- .Title -}} },
  author = { {{- range $i, $a := .Params.authors }}{{ if $i }} and {{ end }}{{ $a.family }}, {{ $a.given }}{{ end -}} },
  year = {2024}
}
`,
};

/** A paper's content file: its fields as front matter, its abstract as the Markdown body. */
function paperFile(paper: Record<string, unknown>): string {
  const { abstract, links, type, ...rest } = paper as { abstract: string; links?: { pdf?: string }; type: string };
  const front = { ...rest, weight: paper.id, paper_type: type, ...(links?.pdf ? { pdf: links.pdf } : {}) };
  return `---\n${stringify(front, { lineWidth: 0 })}---\n\n${abstract}\n`;
}

/** Write (or rewrite) one paper's content file. */
export function writeHugoPaper(site: string, paper: Record<string, unknown>): void {
  writeFileSync(path.join(site, "content", "papers", `${String(paper.id)}.md`), paperFile(paper));
}

/** Write the whole Hugo site into `site` (an empty folder). */
export function writeHugoSite(site: string, papers: readonly Record<string, unknown>[]): void {
  mkdirSync(path.join(site, "content", "papers"), { recursive: true });
  writeFileSync(path.join(site, "hugo.toml"), CONFIG);
  writeFileSync(path.join(site, "content", "papers", "_index.md"), "---\ntitle: Papers\n---\n");
  for (const [file, text] of Object.entries(LAYOUTS)) {
    mkdirSync(path.dirname(path.join(site, "layouts", file)), { recursive: true });
    writeFileSync(path.join(site, "layouts", file), text);
  }
  for (const paper of papers) writeHugoPaper(site, paper);
}
