// Program: the schedule from program.yaml, or a link to the conference's program.
import { programTable } from "../components/program.ts";
import { hasPage } from "../content/pages.ts";
import { isMultiDay } from "../lib/attendance.ts";
import { html } from "../lib/html.ts";
import { editionPage } from "../lib/page-template.ts";

/** Fixed texts for a workshop that is not part of a conference's program, or lasts several days. */
const TEXT = {
  seeFullProgram: "See the full program",
  fullProgram: "The full program",
  fullDayOnSite: "The full day, with any last-minute changes, is on the program site.",
  fullProgramOnSite: "The full program, with any last-minute changes, is on the program site.",
  publishedElsewhere: "The workshop’s schedule is published on its program site, together with rooms and any last-minute changes.",
} as const;

const page = editionPage({
  path: "program/",
  title: () => "Program",
  description: (ctx) => `The schedule of ${ctx.model.site.short_name} ${ctx.edition.year}.`,
  when: (ctx) => hasPage(ctx.edition, "program"),
  scripts: ["program"],
  render: (ctx) => {
    const { program, edition } = ctx.edition;
    const host = edition.colocated_with;
    const external = edition.program_url
      ? html`<p><a class="button" href="${edition.program_url}">${host ? `See the ${ctx.model.site.short_name} program on the ${host.short} site` : TEXT.seeFullProgram}</a></p>`
      : "";
    if (program) {
      const multiDay = isMultiDay(edition);
      const full = host
        ? `${multiDay ? TEXT.fullProgram : "The full day"}, with any last-minute changes, is part of the ${host.name} program.`
        : multiDay ? TEXT.fullProgramOnSite : TEXT.fullDayOnSite;
      return html`${program.partial && edition.program_url
        ? html`<p class="lead">Below are the sessions known so far. ${full}</p>${external}`
        : ""}${programTable(ctx, program)}`;
    }
    return html`<p class="lead">${host ? `The workshop’s schedule is published as part of the ${host.name} program, together with rooms and any last-minute changes.` : TEXT.publishedElsewhere}</p>
      ${external}`;
  },
});

export const data = page.data;
export const render = page.render;
