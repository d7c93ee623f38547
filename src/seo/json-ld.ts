// Structured data (https://schema.org) as JSON-LD: an `Event` for the workshop on its home page and
// a `ScholarlyArticle` for a paper. A `<script type="application/ld+json">` is a data block, never
// executed, so the Content-Security-Policy's `script-src 'self'` does not apply to it.
import { editionName, type PersonRef, type ResolvedPaper } from "../content/model.ts";
import type { ShareImage } from "../images/share-image.ts";
import { attendanceOf, lastDayOf, onlineOf, placeOf, type AttendanceMode } from "../content/attendance.ts";
import type { RenderContext } from "../render/context.ts";
import { safe, type SafeHtml } from "../lib/html.ts";
import { fullName } from "../lib/people.ts";

export type JsonLd = Record<string, unknown>;

const SCHEMA = "https://schema.org";

function personLd(person: PersonRef): JsonLd {
  return {
    "@type": "Person",
    name: fullName(person),
    ...(person.affiliation ? { affiliation: { "@type": "Organization", name: person.affiliation } } : {}),
    ...(person.url ? { url: person.url } : {}),
  };
}

function absoluteImage(ctx: RenderContext, image: ShareImage | undefined): string[] {
  return image ? [ctx.urls.absolute(`/${image.path}`)] : [];
}

const ATTENDANCE_MODES: Record<AttendanceMode, string> = {
  "in-person": `${SCHEMA}/OfflineEventAttendanceMode`,
  online: `${SCHEMA}/OnlineEventAttendanceMode`,
  hybrid: `${SCHEMA}/MixedEventAttendanceMode`,
};

/**
 * Where the edition takes place: a `Place`, a `VirtualLocation` (its url the attendees' link, or
 * the edition's home page when the organizers publish none), or both for a hybrid edition.
 */
function locationLd(ctx: RenderContext): JsonLd | JsonLd[] {
  const e = ctx.edition.edition;
  const online = onlineOf(e);
  const places: JsonLd[] = [];
  if (e.location) {
    places.push({
      "@type": "Place",
      name: placeOf(e)!,
      address: { "@type": "PostalAddress", addressLocality: e.location.city, addressCountry: e.location.country },
    });
  }
  if (online) {
    places.push({
      "@type": "VirtualLocation",
      url: online.url ?? ctx.urls.absolute(ctx.permanentBase),
      ...(online.platform ? { name: online.platform } : {}),
    });
  }
  return places.length === 1 ? places[0]! : places;
}

/** The edition as a schema.org `Event`: name, days, place and/or online location, organizer, the conference it is part of, keynote speakers. */
export function eventJsonLd(ctx: RenderContext, image?: ShareImage): JsonLd {
  const { site } = ctx.model;
  const e = ctx.edition.edition;
  const description = ctx.edition.about?.front.description ?? site.description;
  return {
    "@context": SCHEMA,
    "@type": "Event",
    name: e.title,
    alternateName: editionName(site, ctx.edition.year),
    description,
    startDate: e.date,
    endDate: lastDayOf(e),
    eventStatus: `${SCHEMA}/EventScheduled`,
    eventAttendanceMode: ATTENDANCE_MODES[attendanceOf(e)],
    location: locationLd(ctx),
    organizer: { "@type": "Organization", name: site.name, url: ctx.urls.absolute("/") },
    ...(e.colocated_with ? { superEvent: { "@type": "Event", name: e.colocated_with.name, url: e.colocated_with.url } } : {}),
    url: ctx.urls.absolute(ctx.permanentBase),
    inLanguage: site.language,
    ...(image ? { image: absoluteImage(ctx, image) } : {}),
    ...(ctx.edition.speakers.length > 0 ? { performer: ctx.edition.speakers.map((s) => personLd(s.who)) } : {}),
  };
}

export interface ArticleOptions {
  /** Absolute URL of the paper's own page; default: its entry on the edition's papers page. */
  url?: string;
  /** The image shown with the paper (e.g. the papers section's share image). */
  image?: ShareImage;
}

/** A paper as a schema.org `ScholarlyArticle`: headline, authors with affiliations, abstract, DOI and links. */
export function scholarlyArticleJsonLd(ctx: RenderContext, paper: ResolvedPaper, options: ArticleOptions = {}): JsonLd {
  const links = paper.links;
  const doiUrl = links.doi ? `https://doi.org/${links.doi}` : undefined;
  const sameAs = [doiUrl, links.pdf, links.preprint].filter((u): u is string => Boolean(u));
  return {
    "@context": SCHEMA,
    "@type": "ScholarlyArticle",
    headline: paper.title,
    name: paper.title,
    author: paper.authors.map(personLd),
    ...(paper.abstract ? { abstract: paper.abstract } : {}),
    genre: paper.paperType.name,
    ...(paper.keywords?.length ? { keywords: paper.keywords.join(", ") } : {}),
    ...(paper.awardInfo ? { award: paper.awardInfo.name } : {}),
    ...(links.doi ? { identifier: { "@type": "PropertyValue", propertyID: "DOI", value: links.doi } } : {}),
    ...(sameAs.length > 0 ? { sameAs } : {}),
    url: options.url ?? ctx.urls.absolute(`${ctx.permanentBase}papers/#paper-${paper.id}`),
    datePublished: ctx.edition.edition.date,
    inLanguage: ctx.model.site.language,
    ...(options.image ? { image: absoluteImage(ctx, options.image) } : {}),
    isPartOf: {
      "@type": "CreativeWorkSeries",
      name: `${editionName(ctx.model.site, ctx.edition.year)}: ${ctx.edition.edition.title}`,
      url: ctx.urls.absolute(ctx.permanentBase),
    },
  };
}

/**
 * JSON-LD in a `<script type="application/ld+json">`. `<`, `>`, `&` and the JavaScript line
 * separators are written as \u escapes, so no text from the data can close the element.
 */
export function jsonLdScript(data: JsonLd): SafeHtml {
  const raw = JSON.stringify(data);
  const json = /[<>&\u2028\u2029]/.test(raw) ? raw.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`) : raw;
  return safe(`<script type="application/ld+json">${json}</script>`);
}
