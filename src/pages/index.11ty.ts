// The home page: banner, key facts, news, about, the social post.
import { banner, bannerPreloads } from "../components/banner.ts";
import { prose } from "../render/context.ts";
import { keyFacts, newsList, socialCard } from "../components/home.ts";
import { html } from "../lib/html.ts";
import { editionPage } from "./page-template.ts";
import { eventJsonLd, jsonLdScript } from "../seo/json-ld.ts";

const page = editionPage({
  path: "",
  title: (ctx) => ctx.edition.edition.title,
  description: (ctx) => ctx.edition.about?.front.description,
  ownHeading: true,
  head: (ctx, share) => html`${bannerPreloads(ctx)}
${jsonLdScript(eventJsonLd(ctx, share))}`,
  render: (ctx) => html`<div class="hero">
      ${banner(ctx)}
      <h1 class="hero__title">${ctx.edition.edition.title}</h1>
      ${keyFacts(ctx)}
    </div>
    <div class="home-columns">
      <div class="home-columns__main">
        ${newsList(ctx)}
        ${ctx.edition.about
          ? html`<section class="about prose" aria-labelledby="about-heading">
              <h2 id="about-heading">${ctx.edition.about.front.title}</h2>
              ${prose(ctx, ctx.edition.about.body)}
            </section>`
          : ""}
      </div>
      ${socialCard(ctx)}
    </div>`,
});

export const data = page.data;
export const render = page.render;
