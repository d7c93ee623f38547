// Program: the schedule from program.yaml, or a link to the conference's program.
import { programTable } from "../components/program.ts";
import { hasPage } from "../content/pages.ts";
import { html } from "../lib/html.ts";
import { editionPage } from "../lib/page-template.ts";

const page = editionPage({
  path: "program/",
  title: (ctx) => ctx.text.get("program"),
  description: (ctx) => ctx.text.get("program_description", { edition: `${ctx.model.site.short_name} ${ctx.edition.year}` }),
  when: (ctx) => hasPage(ctx.edition, "program"),
  scripts: ["program"],
  render: (ctx) => {
    const { program, edition } = ctx.edition;
    const t = ctx.text;
    const external = edition.program_url
      ? html`<p><a class="button" href="${edition.program_url}">${t.get("program_external", { name: ctx.model.site.short_name, conference: edition.colocated_with.short })}</a></p>`
      : "";
    if (program) {
      return html`${program.partial && edition.program_url
        ? html`<p class="lead">${t.get("program_partial", { conference: edition.colocated_with.name })}</p>${external}`
        : ""}${programTable(ctx, program)}`;
    }
    return html`<p class="lead">${t.get("program_elsewhere", { conference: edition.colocated_with.name })}</p>
      ${external}`;
  },
});

export const data = page.data;
export const render = page.render;
