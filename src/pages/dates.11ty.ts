// Important Dates.
import { editionName } from "../content/model.ts";
import { datesList } from "../components/dates.ts";
import { isMultiDay } from "../content/attendance.ts";
import { builtIn, editionPage } from "./page-template.ts";

const page = editionPage({
  ...builtIn("dates"),
  title: (ctx) => ctx.text.get("dates_title"),
  description: (ctx) => ctx.text.get("dates_description", { count: isMultiDay(ctx.edition.edition) ? 2 : 1, edition: editionName(ctx.model.site, ctx.edition.year) }),
  render: (ctx) => datesList(ctx),
  scripts: ["dates"],
});

export const data = page.data;
export const render = page.render;
