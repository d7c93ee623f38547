// Important Dates.
import { datesList } from "../components/dates.ts";
import { hasPage } from "../content/pages.ts";
import { isMultiDay } from "../lib/attendance.ts";
import { editionPage } from "../lib/page-template.ts";

const page = editionPage({
  path: "dates/",
  title: () => "Important Dates",
  description: (ctx) => `Deadlines and the workshop ${isMultiDay(ctx.edition.edition) ? "days" : "day"} of ${ctx.model.site.short_name} ${ctx.edition.year}.`,
  when: (ctx) => hasPage(ctx.edition, "dates"),
  render: (ctx) => datesList(ctx),
  scripts: ["dates"],
});

export const data = page.data;
export const render = page.render;
