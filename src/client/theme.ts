// Theme: follows the system, or the visitor's choice kept in localStorage. Loaded in <head>
// (a small blocking file, allowed by a strict CSP) so the chosen theme applies before first paint.
// It also points the banner's <picture> sources at the chosen theme, so only that variant loads.

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

function effective(): Theme {
  return stored() ?? (systemDark.matches ? "dark" : "light");
}

/** The media query of a banner source for the current choice (null: the system decides). */
function mediaFor(source: HTMLSourceElement, choice: Theme | null): string {
  const theme = source.dataset.theme;
  const shape = source.dataset.shape === "mobile" ? "(max-width: 600px)" : "";
  if (choice) return theme === choice ? shape || "all" : "not all";
  const parts = [shape, theme === "dark" ? "(prefers-color-scheme: dark)" : ""].filter(Boolean);
  return parts.length ? parts.join(" and ") : "all";
}

function updateSources(scope: ParentNode): void {
  const choice = stored();
  scope.querySelectorAll<HTMLSourceElement>("picture.banner source[data-theme]").forEach((source) => {
    const media = mediaFor(source, choice);
    if (source.media !== media) source.media = media;
  });
}

function apply(): void {
  const choice = stored();
  if (choice) root.dataset.theme = choice;
  else delete root.dataset.theme;
  const button = document.getElementById("theme-toggle");
  if (button) button.setAttribute("aria-pressed", String(effective() === "dark"));
  updateSources(document);
}

apply();

// Banner sources are parsed after this script. To pick the right variant before the browser
// chooses one, each <source is="theme-source"> is a customized built-in element: the parser runs
// attributeChangedCallback synchronously, before the source joins its <picture>. Browsers without
// customized built-ins get the MutationObserver fallback (and the fix-up at DOMContentLoaded).
let observer: MutationObserver | undefined;
try {
  class ThemeSource extends HTMLSourceElement {
    static observedAttributes = ["media", "data-theme"];
    attributeChangedCallback(): void {
      const media = mediaFor(this, stored());
      if (this.dataset.theme && this.media !== media) this.media = media;
    }
  }
  customElements.define("theme-source", ThemeSource, { extends: "source" });
  if (!(document.createElement("source", { is: "theme-source" }) instanceof ThemeSource)) throw new Error("unsupported");
} catch {
  observer = new MutationObserver((records) => {
    for (const record of records) {
      record.addedNodes.forEach((node) => {
        if (node instanceof HTMLSourceElement && node.dataset.theme) {
          const media = mediaFor(node, stored());
          if (node.media !== media) node.media = media;
        }
      });
    }
  });
  observer.observe(root, { childList: true, subtree: true });
}

document.addEventListener("DOMContentLoaded", () => {
  observer?.disconnect();
  const button = document.getElementById("theme-toggle");
  if (button) {
    button.hidden = false;
    button.addEventListener("click", () => {
      const next: Theme = effective() === "dark" ? "light" : "dark";
      try {
        localStorage.setItem(KEY, next);
      } catch {
        // Private mode without storage: the choice lasts for this page only.
        root.dataset.theme = next;
      }
      apply();
      if (!stored()) root.dataset.theme = next;
    });
  }
  apply();
});

systemDark.addEventListener("change", apply);

// Another tab changed the theme.
window.addEventListener("storage", (event) => {
  if (event.key === KEY) apply();
});
