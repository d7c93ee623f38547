// Program: the schedule from program.yaml, or a link to the conference's program.
import { programTable } from "../components/program.ts";
import { hasPage } from "../content/pages.ts";
import { html } from "../lib/html.ts";
import { editionPage } from "../lib/page-template.ts";

const page = editionPage({
  path: "program/",
  title: () => "Program",
  description: (ctx) => `The schedule of ${ctx.model.site.short_name} ${ctx.edition.year}.`,
  when: (ctx) => hasPage(ctx.edition, "program"),
  scripts: ["program"],
  render: (ctx) => {
    const { program, edition } = ctx.edition;
    const external = edition.program_url
      ? html`<p><a class="button" href="${edition.program_url}">See the ${ctx.model.site.short_name} program on the ${edition.colocated_with.short} site</a></p>`
      : "";
    if (program) {
      return html`${program.partial && edition.program_url
        ? html`<p class="lead">Below are the sessions known so far. The full day, with any last-minute changes, is part of the ${edition.colocated_with.name} program.</p>${external}`
        : ""}${programTable(ctx, program)}`;
    }
    return html`<p class="lead">The workshop’s schedule is published as part of the ${edition.colocated_with.name} program, together with rooms and any last-minute changes.</p>
      ${external}`;
  },
});

export const data = page.data;
export const render = page.render;
