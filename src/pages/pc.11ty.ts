// Program Committee, sorted by family name.
import { editionName } from "../content/model.ts";
import { personList } from "../components/people.ts";
import { html } from "../lib/html.ts";
import { byFamilyName } from "../lib/people.ts";
import { builtIn, editionPage } from "./page-template.ts";

const page = editionPage({
  ...builtIn("pc"),
  title: (ctx) => ctx.text.get("pc"),
  description: (ctx) => ctx.text.get("pc_description", { count: ctx.edition.programCommittee.length, edition: editionName(ctx.model.site, ctx.edition.year) }),
  render: (ctx) => html`<p class="lead">${ctx.text.get("pc_lead", { count: ctx.edition.programCommittee.length })}</p>
    ${personList(byFamilyName(ctx.edition.programCommittee), "people people--columns")}`,
});

export const data = page.data;
export const render = page.render;
