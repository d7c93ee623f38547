// BibTeX entries for accepted papers: special characters escaped, titles brace-protected so
// styles keep their capitals, archival papers as @inproceedings, the others as @misc.
import { editionName, type EditionModel, type ResolvedPaper, type SiteModel } from "./model.ts";
import type { Texts } from "../lib/text.ts";

const LATEX: Record<string, string> = {
  "\\": "\\textbackslash{}",
  "{": "\\{",
  "}": "\\}",
  "&": "\\&",
  "%": "\\%",
  $: "\\$",
  "#": "\\#",
  _: "\\_",
  "~": "\\textasciitilde{}",
  "^": "\\textasciicircum{}",
};

/** Escape text for a BibTeX field value. */
export function bibEscape(text: string): string {
  return text.replace(/\s+/g, " ").trim().replace(/[\\{}&%$#_~^]/g, (c) => LATEX[c]!);
}

/** The citation key, e.g. `llm4code2024-5`. */
export function citationKey(site: SiteModel["site"], edition: EditionModel, paper: ResolvedPaper): string {
  return `${site.short_name}${edition.year}-${paper.id}`.toLowerCase().replace(/[^a-z0-9-]/g, "");
}

/** The interface texts a BibTeX entry uses. */
export type BibtexText = Texts<"proceedings" | "bibtex_non_archival" | "bibtex_non_archival_standalone">;

/** The proceedings' title, e.g. `Proceedings of the First International Workshop on … (LLM4Code 2024)`. */
export function proceedingsTitle(site: SiteModel["site"], edition: EditionModel, text: BibtexText): string {
  return text.get("proceedings", { title: edition.edition.title.replace(/^The /, "the "), edition: editionName(site, edition.year) });
}

export function bibtexEntry(site: SiteModel["site"], edition: EditionModel, paper: ResolvedPaper, pageUrl: string, text: BibtexText): string {
  const fields: [string, string][] = [
    ["title", `{${bibEscape(paper.title)}}`],
    ["author", paper.authors.map((a) => `${bibEscape(a.family)}, ${bibEscape(a.given)}`).join(" and ")],
  ];
  if (paper.archival) fields.push(["booktitle", bibEscape(proceedingsTitle(site, edition, text))]);
  else {
    const conference = edition.edition.colocated_with?.name;
    fields.push(["howpublished", bibEscape(conference ? text.get("bibtex_non_archival", { title: edition.edition.title, conference }) : text.get("bibtex_non_archival_standalone", { title: edition.edition.title }))]);
  }
  fields.push(["year", String(edition.year)]);
  fields.push(["month", edition.edition.date.slice(5, 7).replace(/^0/, "")]);
  if (paper.links.doi) fields.push(["doi", bibEscape(paper.links.doi)]);
  if (paper.keywords?.length) fields.push(["keywords", paper.keywords.map(bibEscape).join(", ")]);
  const url = paper.links.doi ? `https://doi.org/${paper.links.doi}` : (paper.links.pdf ?? pageUrl);
  fields.push(["url", url.replace(/[{}\s]/g, encodeURIComponent)]);
  const body = fields.map(([k, v]) => `  ${k} = {${v}}`).join(",\n");
  return `@${paper.archival ? "inproceedings" : "misc"}{${citationKey(site, edition, paper)},\n${body}\n}\n`;
}
