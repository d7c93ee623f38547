// Keynote cards: portrait (resized by the image pipeline), name, affiliation, talk.
import type { ResolvedSpeaker } from "../content/model.ts";
import { assetUrl, prose, srcsetOf, type RenderContext } from "../render/context.ts";
import { html, type SafeHtml } from "../lib/html.ts";
import { fullName } from "../lib/people.ts";
import { personName } from "./people.ts";
import { keynoteSlot } from "./program.ts";

function portrait(ctx: RenderContext, speaker: ResolvedSpeaker): SafeHtml {
  const image = ctx.images.speakers[speaker.who.id];
  if (!image) return html``;
  const fallback = image.sources[image.sources.length - 1]!;
  return html`<picture class="speaker__photo">
    ${image.sources.slice(0, -1).map((s) => html`<source type="${s.type}" srcset="${srcsetOf(ctx, s.files)}" sizes="10rem">`)}
    <img src="${assetUrl(ctx, fallback.files[0]!.path)}" srcset="${srcsetOf(ctx, fallback.files)}" sizes="10rem" width="${image.width}" height="${image.height}" alt="${speaker.photoFile ? ctx.text.get("portrait_of", { name: fullName(speaker.who) }) : ""}" loading="lazy" decoding="async">
  </picture>`;
}

export function speakerCard(ctx: RenderContext, speaker: ResolvedSpeaker): SafeHtml {
  const id = `keynote-${speaker.who.id}`;
  const t = ctx.text;
  const ofTalk = html`<span class="visually-hidden"> ${t.get("of_title", { title: speaker.title })}</span>`;
  const links = [
    speaker.slides ? html`<li><a href="${speaker.slides}">${t.get("link_slides")}${ofTalk}</a></li>` : "",
    speaker.video ? html`<li><a href="${speaker.video}">${t.get("link_recording")}${ofTalk}</a></li>` : "",
  ];
  return html`<article class="speaker" id="${id}" aria-labelledby="${id}-title">
    ${portrait(ctx, speaker)}
    <div class="speaker__text">
      <h2 class="speaker__talk" id="${id}-title">${speaker.title}</h2>
      <p class="speaker__who"><span class="speaker__name">${personName(speaker.who)}</span>${speaker.who.affiliation ? html`, <span>${speaker.who.affiliation}</span>` : ""}</p>
      ${keynoteSlot(ctx, speaker.who.id)}
      ${speaker.abstract ? html`<div class="prose speaker__abstract">${prose(ctx, speaker.abstract)}</div>` : ""}
      ${speaker.bio ? html`<h3>${t.get("about_speaker")}</h3><div class="prose">${prose(ctx, speaker.bio)}</div>` : ""}
      ${speaker.slides || speaker.video ? html`<ul class="speaker__links">${links}</ul>` : ""}
    </div>
  </article>`;
}
