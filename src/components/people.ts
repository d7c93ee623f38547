// People lists: a name (linked to their page when known) with affiliation and country.
import type { PersonRef } from "../content/model.ts";
import { html, type SafeHtml } from "../lib/html.ts";
import { fullName } from "../lib/people.ts";

export function personName(p: PersonRef): SafeHtml {
  return p.url ? html`<a href="${p.url}">${fullName(p)}</a>` : html`${fullName(p)}`;
}

export function affiliationLine(p: PersonRef): string {
  return [p.affiliation, p.country].filter(Boolean).join(", ");
}

export function personList(people: readonly PersonRef[], className = "people"): SafeHtml {
  return html`<ul class="${className}">
    ${people.map((p) => {
      const where = affiliationLine(p);
      return html`<li><span class="people__name">${personName(p)}</span>${where ? html`<span class="people__where">${where}</span>` : ""}</li>`;
    })}
  </ul>`;
}
