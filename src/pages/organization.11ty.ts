// Organization: the organizing roles.
import { editionName } from "../content/model.ts";
import { personList } from "../components/people.ts";
import { html } from "../lib/html.ts";
import { builtIn, editionPage } from "./page-template.ts";

const page = editionPage({
  ...builtIn("organization"),
  title: (ctx) => ctx.text.get("organization"),
  description: (ctx) => ctx.text.get("organization_description", { edition: editionName(ctx.model.site, ctx.edition.year) }),
  render: (ctx) =>
    html`${ctx.edition.organization.map(
      (role, i) => html`<section aria-labelledby="role-${i}"><h2 id="role-${i}">${role.role}</h2>${personList(role.members, "people people--cards")}</section>`,
    )}`,
});

export const data = page.data;
export const render = page.render;
