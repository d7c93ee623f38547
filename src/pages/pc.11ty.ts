// Program Committee, sorted by family name.
import { personList } from "../components/people.ts";
import { hasPage } from "../content/pages.ts";
import { html } from "../lib/html.ts";
import { byFamilyName } from "../lib/people.ts";
import { editionPage } from "../lib/page-template.ts";

const page = editionPage({
  path: "pc/",
  title: () => "Program Committee",
  description: (ctx) => `The ${ctx.edition.programCommittee.length} members of the ${ctx.model.site.short_name} ${ctx.edition.year} program committee.`,
  when: (ctx) => hasPage(ctx.edition, "pc"),
  render: (ctx) => html`<p class="lead">${ctx.edition.programCommittee.length} members, in order of family name.</p>
    ${personList(byFamilyName(ctx.edition.programCommittee), "people people--columns")}`,
});

export const data = page.data;
export const render = page.render;
