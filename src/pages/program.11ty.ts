// Program: the schedule from program.yaml, or a link to the conference's program.
import { editionName } from "../content/model.ts";
import { programTable } from "../components/program.ts";
import { isMultiDay } from "../content/attendance.ts";
import { html } from "../lib/html.ts";
import { builtIn, editionPage } from "./page-template.ts";


const page = editionPage({
  ...builtIn("program"),
  title: (ctx) => ctx.text.get("program"),
  description: (ctx) => ctx.text.get("program_description", { edition: editionName(ctx.model.site, ctx.edition.year) }),
  scripts: ["program"],
  render: (ctx) => {
    const { program, edition } = ctx.edition;
    const host = edition.colocated_with;
    const t = ctx.text;
    const external = edition.program_url
      ? html`<p><a class="button" href="${edition.program_url}">${host ? t.get("program_external", { name: ctx.model.site.short_name, conference: host.short }) : t.get("program_external_standalone")}</a></p>`
      : "";
    if (program) {
      const count = isMultiDay(edition) ? 2 : 1;
      const full = host ? t.get("program_full_colocated", { count, conference: host.name }) : t.get("program_full_standalone", { count });
      return html`${program.partial && edition.program_url
        ? html`<p class="lead">${t.get("program_partial")} ${full}</p>${external}`
        : ""}${programTable(ctx, program)}`;
    }
    return html`<p class="lead">${host ? t.get("program_elsewhere", { conference: host.name }) : t.get("program_elsewhere_standalone")}</p>
      ${external}`;
  },
});

export const data = page.data;
export const render = page.render;
