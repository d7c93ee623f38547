// The light/dark switch. Hidden until the theme script runs (it does nothing without JavaScript,
// where the system preference applies).
import type { RenderContext } from "../render/context.ts";
import { html, type SafeHtml } from "../lib/html.ts";
import { icons } from "./icons.ts";

export function themeToggle(ctx: RenderContext): SafeHtml {
  return html`<button type="button" id="theme-toggle" class="theme-toggle" aria-pressed="false" hidden>
    <span class="theme-toggle__light">${icons.moon}</span><span class="theme-toggle__dark">${icons.sun}</span>
    <span class="theme-toggle__label">${ctx.text.get("theme_dark")}</span>
  </button>`;
}
