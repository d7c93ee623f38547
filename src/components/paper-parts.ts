// What the papers list and a paper's own page both show: its badges and its links.
import type { ResolvedPaper } from "../content/model.ts";
import { html, type SafeHtml } from "../lib/html.ts";
import type { LabelKey } from "../lib/labels.ts";
import { typeBadgeClass } from "../lib/theme.ts";
import { icons } from "./icons.ts";
import { prose, type RenderContext } from "../render/context.ts";

const LINK_LABELS: [keyof ResolvedPaper["links"], LabelKey][] = [
  ["pdf", "link_pdf"],
  ["doi", "link_doi"],
  ["preprint", "link_preprint"],
  ["slides", "link_slides"],
  ["video", "link_video"],
  ["code", "link_code"],
  ["forum", "link_forum"],
];

export function badges(ctx: RenderContext, paper: ResolvedPaper): SafeHtml {
  return html`<ul class="badges" aria-label="${ctx.text.get("badges_label")}">
    <li class="badge badge--type ${typeBadgeClass(ctx.edition.cfp.paper_types, paper.paperType.id)}">${paper.paperType.name}</li>
    ${paper.presentationInfo ? html`<li class="badge badge--presentation">${paper.presentationInfo.name}</li>` : ""}
    ${paper.archival !== false ? "" : html`<li class="badge badge--non-archival">${ctx.text.get("non_archival")}</li>`}
    ${paper.awardInfo ? html`<li class="badge badge--award">${icons.trophy}${paper.awardInfo.name}</li>` : ""}
  </ul>`;
}

function linkHref(key: keyof ResolvedPaper["links"], value: string): string {
  return key === "doi" ? `https://doi.org/${value}` : value;
}

export function paperLinks(ctx: RenderContext, paper: ResolvedPaper): SafeHtml {
  const links = LINK_LABELS.flatMap(([key, label]) => {
    const value = paper.links[key];
    if (!value) return [];
    return [html`<li><a href="${linkHref(key, value)}">${ctx.text.get(label)}<span class="visually-hidden">: ${paper.title}</span></a></li>`];
  });
  return links.length ? html`<ul class="paper__links">${links}</ul>` : html``;
}

/** A paper's abstract as HTML, rendered once per build run (the list and the paper's page both show it). */
export function abstractHtml(ctx: RenderContext, paper: ResolvedPaper): SafeHtml {
  paper.abstractHtml ??= prose(ctx, paper.abstract ?? "", ctx.urls);
  return paper.abstractHtml;
}
