// Program Committee, sorted by family name.
import { personList } from "../components/people.ts";
import { hasPage } from "../content/pages.ts";
import { html } from "../lib/html.ts";
import { byFamilyName } from "../lib/people.ts";
import { editionPage } from "./page-template.ts";

const page = editionPage({
  path: "pc/",
  title: (ctx) => ctx.text.get("pc"),
  description: (ctx) => ctx.text.get("pc_description", { count: ctx.edition.programCommittee.length, edition: `${ctx.model.site.short_name} ${ctx.edition.year}` }),
  when: (ctx) => hasPage(ctx.edition, "pc"),
  render: (ctx) => html`<p class="lead">${ctx.text.get("pc_lead", { count: ctx.edition.programCommittee.length })}</p>
    ${personList(byFamilyName(ctx.edition.programCommittee), "people people--columns")}`,
});

export const data = page.data;
export const render = page.render;
