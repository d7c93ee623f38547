// Call for Papers: intro, paper types, format and review, archival options, awards, topics, policies.
import { editionName } from "../content/model.ts";
import { pageUrl, prose, type RenderContext } from "../render/context.ts";
import { html } from "../lib/html.ts";
import type { LabelKey } from "../lib/labels.ts";
import { builtIn, editionPage } from "./page-template.ts";

const REVIEW: Record<string, LabelKey> = {
  "double-blind": "review_double_blind",
  "single-blind": "review_single_blind",
  open: "review_open",
};

/** A paper type's page limits: `4–8 pages, plus references`. */
function pagesText(ctx: RenderContext, pages: { min?: number | undefined; max: number }, referencesIncluded: boolean | undefined): string {
  const t = ctx.text;
  const limits = pages.min ? t.get("pages_range", { min: pages.min, max: pages.max }) : t.get("pages_up_to", { max: pages.max });
  return t.get(referencesIncluded ? "references_included" : "references_extra", { pages: limits });
}

const page = editionPage({
  ...builtIn("call"),
  title: (ctx) => ctx.text.get("call"),
  description: (ctx) => ctx.text.get("call_description", { edition: editionName(ctx.model.site, ctx.edition.year) }),
  render: (ctx) => {
    const { cfp, edition, dates } = ctx.edition;
    const t = ctx.text;
    const submission = dates.find((d) => d.id === "submission");
    return html`<div class="prose">${prose(ctx, cfp.intro)}</div>
      ${edition.submission
        ? html`<p class="call-to-action"><a class="button" href="${edition.submission.url}">${edition.submission.system ? t.get("submit_on", { system: edition.submission.system }) : t.get("submit")}</a>${submission ? html` <span>${t.html("deadline", { date: html`<a href="${pageUrl(ctx, `dates/#${submission.id}`)}">${ctx.format.day(submission.date)}</a>` })}</span>` : ""}</p>`
        : ""}
      <section aria-labelledby="types-heading">
        <h2 id="types-heading">${t.get("what_to_submit")}</h2>
        <ul class="cards">
          ${cfp.paper_types.flatMap((t) => (t.in_call && t.pages ? [{ ...t, pages: t.pages }] : [])).map(
            (type) => html`<li class="card">
              <h3>${type.name}</h3>
              <p class="card__pages">${pagesText(ctx, type.pages, type.references_included)}</p>
              ${type.description ? html`<p>${type.description}</p>` : ""}
              ${type.scope.length ? html`<p>${t.get("for_example", { list: type.scope.join(", ") })}</p>` : ""}
            </li>`,
          )}
        </ul>
        <p>${t.html("format_follow", { format: cfp.format.url ? html`<a href="${cfp.format.url}">${cfp.format.name}</a>` : cfp.format.name })} ${REVIEW[cfp.review] ? t.get(REVIEW[cfp.review]!) : ""}</p>
      </section>
      <section aria-labelledby="archival-heading">
        <h2 id="archival-heading">${t.get("archival_heading")}</h2>
        <p>${cfp.archival.archival}</p>
        ${cfp.archival.non_archival ? html`<p>${cfp.archival.non_archival}</p>` : ""}
      </section>
      ${cfp.awards.length
        ? html`<section aria-labelledby="awards-heading">
            <h2 id="awards-heading">${t.get("awards")}</h2>
            <ul>${cfp.awards.map((a) => html`<li><strong>${a.name}</strong>${a.description ? html` — ${a.description}` : ""}</li>`)}</ul>
          </section>`
        : ""}
      ${cfp.topics.length
        ? html`<section aria-labelledby="topics-heading">
            <h2 id="topics-heading">${t.get("topics")}</h2>
            <div class="topics">
              ${cfp.topics.map((g) => html`<section class="topics__group"><h3>${g.group}</h3><ul>${g.items.map((i) => html`<li>${i}</li>`)}</ul></section>`)}
            </div>
          </section>`
        : ""}
      ${cfp.policies ? html`<section aria-labelledby="policies-heading" class="prose"><h2 id="policies-heading">${t.get("policies")}</h2>${prose(ctx, cfp.policies)}</section>` : ""}`;
  },
});

export const data = page.data;
export const render = page.render;
