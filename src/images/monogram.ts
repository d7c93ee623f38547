// Owns the monogram: initials on a colour (picked from a seed, or given), as SVG paths only. It is
// the portrait placeholder and, made from the short name on the accent, the favicon without a logo.
import { createHash } from "node:crypto";
import { fontMetrics, shapeText, type FontFamily, type FontSpec } from "./fonts.ts";
import { DEFAULT_IMAGE_THEME, MONOGRAM_BACKGROUNDS, MONOGRAM_TEXT } from "./palettes.ts";

export interface MonogramOptions {
  initials: string;
  /** Picks the background among MONOGRAM_BACKGROUNDS when `background` is not given. */
  seed: string;
  size: number;
  /** Gradient stops (top-left, bottom-right); white text must reach 4.5:1 on both. */
  background?: [string, string];
  /** Corner radius in px (default square corners). */
  radius?: number;
  /** The text font (default Atkinson Hyperlegible). */
  font?: FontFamily;
  /** Share of the size the letters take (default 0.4). */
  scale?: number;
}

/** The letters of a monogram for a name that is one word or several: `LLM4Code` → `L`, `ML Systems` → `MS`. */
export function nameInitials(name: string): string {
  const words = name.split(/[\s\-_/]+/).filter(Boolean);
  return words
    .slice(0, 2)
    .map((w) => Array.from(w)[0] ?? "")
    .join("")
    .toLocaleUpperCase("en");
}

export function monogramSvg(opts: MonogramOptions): string {
  const { size } = opts;
  const FONT: FontSpec = { family: opts.font ?? DEFAULT_IMAGE_THEME.font, weight: 700 };
  const index = createHash("sha256").update(opts.seed).digest()[0]! % MONOGRAM_BACKGROUNDS.length;
  const [from, to] = opts.background ?? MONOGRAM_BACKGROUNDS[index]!;
  const fontSize = size * (opts.scale ?? 0.4);
  const probe = shapeText(opts.initials, { font: FONT, size: fontSize });
  // Centre the ink box horizontally, and the cap height vertically, so accents (Ž, Ã) and tails (Q, J)
  // do not push the letters off the middle.
  const dx = size / 2 - (probe.bounds.x1 + probe.bounds.x2) / 2;
  const metrics = fontMetrics(FONT);
  const dy = size / 2 + (metrics.capHeight / metrics.unitsPerEm) * fontSize / 2;
  const text = shapeText(opts.initials, { font: FONT, size: fontSize, x: dx, y: dy });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>
<rect width="${size}" height="${size}"${opts.radius ? ` rx="${opts.radius}"` : ""} fill="url(#g)"/>
<path d="${text.d}" fill="${MONOGRAM_TEXT}"/>
</svg>`;
}
