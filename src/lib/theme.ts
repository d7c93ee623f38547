// Owns the site's colour maths: WCAG contrast, the accent checks, the nearest passing accent and
// the shades derived from it. The arithmetic is culori's (colour spaces, gamut mapping, WCAG 2
// contrast), so no conversion formula is written here.
import { createRequire } from "node:module";
import type * as Culori from "culori";
import type { Oklch } from "culori";

// culori's one-file CommonJS build: its ES modules are some 150 files, which take a build longer to
// load than all its colour maths takes to run.
const { converter, formatHex, toGamut, wcagContrast } = createRequire(import.meta.url)("culori") as typeof Culori;

export type Scheme = "light" | "dark";

/** The least contrast WCAG 2 AA asks of body text (SC 1.4.3). */
export const AA_TEXT = 4.5;

/**
 * The page colours the accent is drawn on (links on the page, in cards and on the light-grey
 * panels) and the text drawn on the accent (buttons, the current menu item), per scheme. They
 * match `--bg`, `--surface`, `--surface-2` and `--accent-contrast` in src/styles/site.css.
 */
export const PAGE_COLOURS: Record<Scheme, { backgrounds: readonly string[]; onAccent: string }> = {
  light: { backgrounds: ["#fbfbf8", "#ffffff", "#f1f3f7"], onAccent: "#ffffff" },
  dark: { backgrounds: ["#0e1320", "#151c2c", "#1c2538"], onAccent: "#0e1320" },
};

const toOklch = converter("oklch");
const intoSrgb = toGamut("rgb", "oklch");

/** WCAG 2 contrast ratio between two colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  return wcagContrast(a, b);
}

/** A CSS colour written as `#rrggbb`. */
export function hexColour(colour: string): string {
  const hex = formatHex(colour);
  if (!hex) throw new Error(`Not a colour: ${colour}`);
  return hex;
}

/** A ratio as written in messages, cut (not rounded) to one decimal, so 4.47 never reads as 4.5. */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 10) / 10).toFixed(1)}:1`;
}

function oklch(hex: string): Oklch {
  const colour = toOklch(hex);
  if (!colour) throw new Error(`Not a colour: ${hex}`);
  return colour;
}

/** An OKLCH colour brought into sRGB (chroma reduced, hue kept) and written as #rrggbb. */
function hexOf(colour: Oklch): string {
  return formatHex(intoSrgb({ ...colour, l: Math.min(1, Math.max(0, colour.l)) }));
}

/** The first way `accent` fails AA in `scheme`, or undefined when it passes everywhere. */
export function accentFailure(accent: string, scheme: Scheme): { ratio: number; against: string; role: "background" | "button text" } | undefined {
  const { backgrounds, onAccent } = PAGE_COLOURS[scheme];
  let worst: { ratio: number; against: string } | undefined;
  for (const background of backgrounds) {
    const ratio = contrastRatio(accent, background);
    if (ratio < AA_TEXT && (!worst || ratio < worst.ratio)) worst = { ratio, against: background };
  }
  if (worst) return { ...worst, role: "background" };
  const ratio = contrastRatio(onAccent, accent);
  return ratio < AA_TEXT ? { ratio, against: onAccent, role: "button text" } : undefined;
}

/**
 * The passing colour nearest to `accent`: its OKLCH lightness moved in steps of 0.005 (hue and
 * chroma kept, as far as sRGB allows), trying darker and lighter alike, the smaller move first.
 */
export function nearestPassingAccent(accent: string, scheme: Scheme): string | undefined {
  const start = oklch(accent);
  for (let step = 1; step <= 200; step++) {
    for (const sign of [-1, 1]) {
      const l = start.l + sign * step * 0.005;
      if (l < 0 || l > 1) continue;
      const candidate = hexOf({ ...start, l });
      if (!accentFailure(candidate, scheme)) return candidate;
    }
  }
  return undefined;
}

/** Why `accent` cannot be the accent of `scheme`, as a content message; undefined when it can. */
export function accentProblem(accent: string, scheme: Scheme): string | undefined {
  const failure = accentFailure(accent, scheme);
  if (!failure) return undefined;
  const nearest = nearestPassingAccent(accent, scheme);
  const what =
    failure.role === "background"
      ? `contrast ${formatRatio(failure.ratio)} on the background ${failure.against}`
      : `contrast ${formatRatio(failure.ratio)} with the button text ${failure.against} on it`;
  return `${what}, below ${AA_TEXT}:1; ${nearest ? `the nearest colour that passes is ${nearest}` : "no colour of its hue passes"}`;
}

/**
 * The hover shade of an accent: further from the page (darker on light pages, lighter on dark
 * ones), so it keeps at least the accent's contrast with the page and with the button text.
 */
export function accentHover(accent: string, scheme: Scheme): string {
  const c = oklch(accent);
  return scheme === "light" ? hexOf({ ...c, l: c.l - 0.09, c: c.c * 0.8 }) : hexOf({ ...c, l: c.l + 0.085, c: c.c * 0.6 });
}

/**
 * Two pale (light) or deep (dark) tints of the accent's hue for a picture's backdrop, the second
 * turned towards violet. With the default accent they are the banner's original backdrop colours.
 */
export function accentBackdrop(accent: string, scheme: Scheme): [string, string] {
  const h = oklch(accent).h ?? 264;
  const tint = (l: number, c: number, turn: number) => hexOf({ mode: "oklch", l, c, h: (h + turn + 360) % 360 });
  return scheme === "light" ? [tint(0.936, 0.025, 10), tint(0.94, 0.027, 55)] : [tint(0.194, 0.034, 4), tint(0.223, 0.059, 34)];
}

/**
 * Badge colours for paper types, by the type's place in cfp.yaml (1-based, cycling): a background
 * and a text colour per scheme, every pair at least 4.5:1.
 */
export const TYPE_BADGES: readonly Record<Scheme, { bg: string; text: string }>[] = [
  { light: { bg: "#e3ebfb", text: "#17398a" }, dark: { bg: "#1f3260", text: "#cfe0ff" } }, // blue
  { light: { bg: "#efe5fa", text: "#5b2591" }, dark: { bg: "#3a2556", text: "#ead9ff" } }, // violet
  { light: { bg: "#dcf1ee", text: "#0b5a52" }, dark: { bg: "#163d3a", text: "#c4f1ea" } }, // teal
  { light: { bg: "#fbe4ea", text: "#8a1f3d" }, dark: { bg: "#4d1f2c", text: "#ffd6e0" } }, // rose
];

/** The badge number (1 … TYPE_BADGES.length) of the paper type at `index` (0-based) in cfp.yaml. */
export function typeBadgeNumber(index: number): number {
  return (index % TYPE_BADGES.length) + 1;
}

/**
 * The badge class of a paper type, by its place in cfp.yaml's `paper_types` (`badge--type-1`, `-2`
 * … cycling a small palette), never by its id: content names no style.
 */
export function typeBadgeClass(paperTypes: readonly { id: string }[], typeId: string): string {
  const index = paperTypes.findIndex((t) => t.id === typeId);
  return `badge--type-${typeBadgeNumber(Math.max(0, index))}`;
}
