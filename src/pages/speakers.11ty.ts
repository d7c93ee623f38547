// Keynotes.
import { editionName } from "../content/model.ts";
import { speakerCard } from "../components/speakers.ts";
import { html } from "../lib/html.ts";
import { builtIn, editionPage } from "./page-template.ts";

const page = editionPage({
  ...builtIn("speakers"),
  title: (ctx) => ctx.text.get("keynotes"),
  description: (ctx) => ctx.text.get("keynotes_description", { edition: editionName(ctx.model.site, ctx.edition.year) }),
  render: (ctx) => html`<div class="speakers">${ctx.edition.speakers.map((s) => speakerCard(ctx, s))}</div>`,
});

export const data = page.data;
export const render = page.render;
