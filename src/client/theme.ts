// Theme: follows the system, or the visitor's choice kept in localStorage. Loaded in <head>
// (a small blocking file, allowed by a strict CSP) so the chosen theme applies before first paint,
// and before the stylesheet decides which of the banner's two pictures is shown (and downloaded).

const KEY = "colloquy-theme";
type Theme = "light" | "dark";

const root = document.documentElement;
const systemDark = window.matchMedia("(prefers-color-scheme: dark)");

function stored(): Theme | null {
  try {
    const value = localStorage.getItem(KEY);
    return value === "light" || value === "dark" ? value : null;
  } catch {
    return null;
  }
}

/** The visitor's choice; null while the system decides. */
let choice: Theme | null = stored();

const effective = (): Theme => choice ?? (systemDark.matches ? "dark" : "light");

function apply(): void {
  if (choice) root.dataset.theme = choice;
  else delete root.dataset.theme;
  document.getElementById("theme-toggle")?.setAttribute("aria-pressed", String(effective() === "dark"));
}

apply();

/**
 * The home page's banner shows one variant per theme and screen shape; its images are lazy so
 * the hidden theme's is never fetched. Start the visible one now, at high priority, from the
 * preload hints the page keeps inert in `<template id="banner-preloads">` (before this script).
 */
function preloadBanner(): void {
  const template = document.getElementById("banner-preloads");
  if (!(template instanceof HTMLTemplateElement)) return;
  template.content.querySelectorAll<HTMLElement>(`[data-theme="${effective()}"]`).forEach((hint) => {
    const { media = "", type = "", srcset = "", sizes = "", theme = "", shape = "" } = hint.dataset;
    if (!window.matchMedia(media).matches) return;
    const link = document.createElement("link");
    link.rel = "preload";
    link.as = "image";
    link.type = type;
    link.imageSrcset = srcset;
    link.imageSizes = sizes;
    link.fetchPriority = "high";
    link.dataset.theme = theme;
    link.dataset.shape = shape;
    document.head.appendChild(link);
  });
}

preloadBanner();

/**
 * Make the visible theme's banner image eager as soon as the parser creates it, before the first
 * layout: a lazy image is sized from its `<img>` until it is near the viewport, so without this
 * the phone variant (taller than the wide one) would push the page down when it arrives. The
 * other theme's image stays lazy and hidden, and is never fetched.
 */
function eagerBanner(): void {
  if (!document.getElementById("banner-preloads")) return;
  const selector = `.banner__variant[data-theme="${effective()}"] img`;
  const observer = new MutationObserver(() => {
    const img = document.querySelector<HTMLImageElement>(selector);
    if (!img) return;
    img.loading = "eager";
    observer.disconnect();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  document.addEventListener("DOMContentLoaded", () => observer.disconnect());
}

eagerBanner();

document.addEventListener("DOMContentLoaded", () => {
  const button = document.getElementById("theme-toggle");
  if (button) {
    button.hidden = false;
    button.addEventListener("click", () => {
      choice = effective() === "dark" ? "light" : "dark";
      try {
        localStorage.setItem(KEY, choice);
      } catch {
        // Storage is unavailable (private mode): the choice lasts for this page only.
      }
      apply();
    });
  }
  apply();
});

systemDark.addEventListener("change", apply);

// Another tab changed the theme.
window.addEventListener("storage", (event) => {
  if (event.key === KEY) {
    choice = stored();
    apply();
  }
});
