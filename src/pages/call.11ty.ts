// Call for Papers: intro, paper types, format and review, archival options, awards, topics, policies.
import { pageUrl, editionLinks } from "../lib/context.ts";
import { formatDay } from "../lib/dates.ts";
import { html } from "../lib/html.ts";
import { markdown } from "../lib/markdown.ts";
import { editionPage } from "../lib/page-template.ts";

const REVIEW: Record<string, string> = {
  "double-blind": "Reviewing is double-blind: reviewers and authors do not learn each other’s names.",
  "single-blind": "Reviewing is single-blind: reviewers see the authors’ names.",
  open: "Reviewing is open: reviewers and authors know each other’s names.",
};

const page = editionPage({
  path: "call/",
  title: () => "Call for Papers",
  description: (ctx) => `How to submit a paper to ${ctx.model.site.short_name} ${ctx.edition.year}: paper types, format, topics and dates.`,
  render: (ctx) => {
    const { cfp, edition, dates } = ctx.edition;
    const submission = dates.find((d) => d.id === "submission");
    return html`<div class="prose">${markdown(cfp.intro, editionLinks(ctx))}</div>
      ${edition.submission
        ? html`<p class="call-to-action"><a class="button" href="${edition.submission.url}">Submit a paper${edition.submission.system ? ` on ${edition.submission.system}` : ""}</a>${submission ? html` <span>Deadline: <a href="${pageUrl(ctx, `dates/#${submission.id}`)}">${formatDay(submission.date)}</a></span>` : ""}</p>`
        : ""}
      <section aria-labelledby="types-heading">
        <h2 id="types-heading">What to submit</h2>
        <ul class="cards">
          ${cfp.paper_types.flatMap((t) => (t.in_call && t.pages ? [{ ...t, pages: t.pages }] : [])).map(
            (t) => html`<li class="card">
              <h3>${t.name}</h3>
              <p class="card__pages">${t.pages.min ? `${t.pages.min}–${t.pages.max}` : `Up to ${t.pages.max}`} pages, ${t.references_included ? "references included" : "plus references"}</p>
              ${t.description ? html`<p>${t.description}</p>` : ""}
              ${t.scope.length ? html`<p>For example: ${t.scope.join(", ")}.</p>` : ""}
            </li>`,
          )}
        </ul>
        <p>Papers follow the ${cfp.format.url ? html`<a href="${cfp.format.url}">${cfp.format.name}</a>` : cfp.format.name} format. ${REVIEW[cfp.review]}</p>
      </section>
      <section aria-labelledby="archival-heading">
        <h2 id="archival-heading">Archival and non-archival papers</h2>
        <p>${cfp.archival.archival}</p>
        ${cfp.archival.non_archival ? html`<p>${cfp.archival.non_archival}</p>` : ""}
      </section>
      ${cfp.awards.length
        ? html`<section aria-labelledby="awards-heading">
            <h2 id="awards-heading">Awards</h2>
            <ul>${cfp.awards.map((a) => html`<li><strong>${a.name}</strong>${a.description ? html` — ${a.description}` : ""}</li>`)}</ul>
          </section>`
        : ""}
      ${cfp.topics.length
        ? html`<section aria-labelledby="topics-heading">
            <h2 id="topics-heading">Topics</h2>
            <div class="topics">
              ${cfp.topics.map((g) => html`<section class="topics__group"><h3>${g.group}</h3><ul>${g.items.map((i) => html`<li>${i}</li>`)}</ul></section>`)}
            </div>
          </section>`
        : ""}
      ${cfp.policies ? html`<section aria-labelledby="policies-heading" class="prose"><h2 id="policies-heading">Policies</h2>${markdown(cfp.policies, editionLinks(ctx))}</section>` : ""}`;
  },
});

export const data = page.data;
export const render = page.render;
