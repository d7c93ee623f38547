// Accepted papers: grouped by type, sorted by title, with labelled badges and a legend made from cfp.yaml.
import type { ResolvedPaper } from "../content/model.ts";
import type { RenderContext } from "../lib/context.ts";
import { html, type SafeHtml } from "../lib/html.ts";
import { fullName, titleCollator } from "../lib/people.ts";
import { icons } from "./icons.ts";
import { paperSlot } from "./program.ts";

const LINK_LABELS: [keyof ResolvedPaper["links"], string][] = [
  ["pdf", "PDF"],
  ["doi", "DOI"],
  ["preprint", "Preprint"],
  ["slides", "Slides"],
  ["video", "Video"],
  ["code", "Code"],
];

export function paperAnchor(paper: ResolvedPaper): string {
  return `paper-${paper.id}`;
}

export function badges(paper: ResolvedPaper): SafeHtml {
  return html`<ul class="badges" aria-label="Labels">
    <li class="badge badge--type badge--${paper.paperType.id}">${paper.paperType.name}</li>
    ${paper.archival !== false ? "" : html`<li class="badge badge--non-archival">Non-archival</li>`}
    ${paper.awardInfo ? html`<li class="badge badge--award">${icons.trophy}${paper.awardInfo.name}</li>` : ""}
  </ul>`;
}

function paperLinks(paper: ResolvedPaper): SafeHtml {
  const links = LINK_LABELS.flatMap(([key, label]) => {
    const value = paper.links[key];
    if (!value) return [];
    const href = key === "doi" ? `https://doi.org/${value}` : value;
    return [html`<li><a href="${href}">${label}<span class="visually-hidden">: ${paper.title}</span></a></li>`];
  });
  return links.length ? html`<ul class="paper__links">${links}</ul>` : html``;
}

export function paperCard(paper: ResolvedPaper, ctx?: RenderContext): SafeHtml {
  return html`<li class="paper" id="${paperAnchor(paper)}">
    <h3 class="paper__title">${paper.title}</h3>
    <p class="paper__authors">${paper.authors.map(fullName).join(", ")}</p>
    ${badges(paper)}
    ${paperLinks(paper)}
    ${ctx ? paperSlot(ctx, paper.id) : ""}
  </li>`;
}

/** The legend explaining every badge that appears on the page, from cfp.yaml. */
export function badgeLegend(ctx: RenderContext): SafeHtml {
  const { cfp, papers } = ctx.edition;
  const usedTypes = cfp.paper_types.filter((t) => papers.some((p) => p.paperType.id === t.id));
  const usedAwards = cfp.awards.filter((a) => papers.some((p) => p.awardInfo?.id === a.id));
  const hasNonArchival = papers.some((p) => p.archival === false);
  return html`<section class="legend" aria-labelledby="legend-heading">
    <h2 id="legend-heading" class="legend__heading">What the labels mean</h2>
    <dl>
      ${usedTypes.map((t) => html`<div><dt><span class="badge badge--type badge--${t.id}">${t.name}</span></dt><dd>${t.description ?? ""}</dd></div>`)}
      ${hasNonArchival ? html`<div><dt><span class="badge badge--non-archival">Non-archival</span></dt><dd>${cfp.archival.non_archival ?? "Not published in the proceedings."}</dd></div>` : ""}
      ${usedAwards.map((a) => html`<div><dt><span class="badge badge--award">${icons.trophy}${a.name}</span></dt><dd>${a.description ?? ""}</dd></div>`)}
    </dl>
  </section>`;
}

/** Papers grouped by type (in cfp.yaml's order), each group sorted by title. */
export function paperGroups(ctx: RenderContext): SafeHtml {
  const { cfp, papers } = ctx.edition;
  return html`${cfp.paper_types.map((type) => {
    const group = papers.filter((p) => p.paperType.id === type.id).sort((a, b) => titleCollator.compare(a.title, b.title));
    if (group.length === 0) return "";
    const plural = `${type.name}s`;
    return html`<section class="paper-group" aria-labelledby="group-${type.id}">
      <h2 id="group-${type.id}">${plural} <span class="count">(${group.length})</span></h2>
      <ol class="papers">${group.map((p) => paperCard(p, ctx))}</ol>
    </section>`;
  })}`;
}
