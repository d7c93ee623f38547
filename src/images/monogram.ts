// Owns the portrait placeholder: initials on a colour picked from the person's id, as SVG paths only.
import { createHash } from "node:crypto";
import { fontMetrics, shapeText, type FontSpec } from "./fonts.ts";
import { MONOGRAM_BACKGROUNDS, MONOGRAM_TEXT } from "./palettes.ts";

const FONT: FontSpec = { family: "atkinson-hyperlegible", weight: 700 };

export function monogramSvg(opts: { initials: string; seed: string; size: number }): string {
  const { size } = opts;
  const index = createHash("sha256").update(opts.seed).digest()[0]! % MONOGRAM_BACKGROUNDS.length;
  const [from, to] = MONOGRAM_BACKGROUNDS[index]!;
  const fontSize = size * 0.4;
  const probe = shapeText(opts.initials, { font: FONT, size: fontSize });
  // Centre the ink box horizontally, and the cap height vertically, so accents (Ž, Ã) and tails (Q, J)
  // do not push the letters off the middle.
  const dx = size / 2 - (probe.bounds.x1 + probe.bounds.x2) / 2;
  const metrics = fontMetrics(FONT);
  const dy = size / 2 + (metrics.capHeight / metrics.unitsPerEm) * fontSize / 2;
  const text = shapeText(opts.initials, { font: FONT, size: fontSize, x: dx, y: dy });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>
<rect width="${size}" height="${size}" fill="url(#g)"/>
<path d="${text.d}" fill="${MONOGRAM_TEXT}"/>
</svg>`;
}
