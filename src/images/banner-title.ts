// Owns the typographic banner (theme.banner: title): the workshop's name set large in the text
// font over an accent rule, then its date and place, on a backdrop tinted with the accent. Text is
// drawn as SVG paths only, like every generated picture.
import { escapeHtml } from "../lib/html.ts";
import type { BannerShape } from "./banner-svg.ts";
import { drawableText, fontMetrics, measureText, shapeText, type FontFamily, type FontSpec } from "./fonts.ts";
import { bannerPalette, DEFAULT_IMAGE_THEME, TEXT_COLOUR, type BannerTheme } from "./palettes.ts";

export interface TitleBannerOptions {
  /** The workshop's name as shown, e.g. `LLM4Code`. */
  name: string;
  /** The day (or days) as written on the banner, e.g. `Apr 20, 2024`. */
  date: string;
  /** Where, e.g. `Lisbon, Portugal`. */
  place: string;
  theme: BannerTheme;
  shape: BannerShape;
  accent?: string;
  font?: FontFamily;
}

export interface TitleBannerSvg {
  svg: string;
  width: number;
  height: number;
  /** The lines drawn, top to bottom. */
  lines: string[];
  /** Size the name was set in, in px. */
  nameSize: number;
}

interface TitleLayout {
  width: number;
  height: number;
  padX: number;
  maxName: number;
  minName: number;
  detail: number;
  minDetail: number;
  /** Date and place on one line (desktop) or two (mobile). */
  oneLine: boolean;
}

/** The same canvas sizes as the code banner, so the page keeps its proportions whichever banner it shows. */
const LAYOUTS: Record<BannerShape, TitleLayout> = {
  desktop: { width: 1600, height: 364, padX: 112, maxName: 150, minName: 48, detail: 46, minDetail: 24, oneLine: true },
  mobile: { width: 800, height: 680, padX: 64, maxName: 150, minName: 40, detail: 50, minDetail: 24, oneLine: false },
};

function n(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** The largest size from `max` down to `min` at which `text` fits `width` (at least `min`). */
function fitSize(text: string, font: FontSpec, max: number, min: number, width: number): number {
  const unit = measureText(text, font, 1);
  if (unit <= 0) return max;
  return Math.max(min, Math.min(max, Math.floor((width / unit) * 2) / 2));
}

export function titleBannerSvg(opts: TitleBannerOptions): TitleBannerSvg {
  const L = LAYOUTS[opts.shape];
  const family = opts.font ?? DEFAULT_IMAGE_THEME.font;
  const bold: FontSpec = { family, weight: 700 };
  const regular: FontSpec = { family, weight: 400 };
  const palette = bannerPalette(opts.theme, opts.accent ?? DEFAULT_IMAGE_THEME.accent[opts.theme]);
  const textWidth = L.width - 2 * L.padX;

  const name = drawableText(opts.name, bold);
  const details = (L.oneLine ? [[opts.date, opts.place].filter(Boolean).join(" · ")] : [opts.date, opts.place])
    .map((line) => drawableText(line, regular))
    .filter(Boolean);

  const nameSize = fitSize(name, bold, L.maxName, L.minName, textWidth);
  const detailSize = Math.min(...details.map((line) => fitSize(line, regular, L.detail, L.minDetail, textWidth)), L.detail);
  const cap = (spec: FontSpec, size: number) => {
    const m = fontMetrics(spec);
    return (m.capHeight / m.unitsPerEm) * size;
  };

  // Block: name (cap height), gap, accent rule, gap, then the detail lines; centred vertically.
  const ruleH = Math.max(8, Math.round(nameSize * 0.08));
  const gapAbove = Math.round(nameSize * 0.32);
  const gapBelow = Math.round(detailSize * 0.9);
  const detailLineH = Math.round(detailSize * 1.35);
  const nameCap = cap(bold, nameSize);
  const detailCap = cap(regular, detailSize);
  const blockH = nameCap + gapAbove + ruleH + gapBelow + detailCap + (details.length - 1) * detailLineH;
  const top = Math.round((L.height - blockH) / 2);
  const nameBaseline = Math.round(top + nameCap);
  const ruleY = nameBaseline + gapAbove;
  const firstDetail = Math.round(ruleY + ruleH + gapBelow + detailCap);

  const namePath = shapeText(name, { font: bold, size: nameSize, x: L.padX, y: nameBaseline });
  const ruleW = Math.max(ruleH * 6, Math.min(textWidth, Math.round(namePath.width * 0.4)));
  const detailPaths = details
    .map((line, i) => shapeText(line, { font: regular, size: detailSize, x: L.padX, y: firstDetail + i * detailLineH }).d)
    .filter(Boolean)
    .map((d) => `<path fill="${TEXT_COLOUR[opts.theme]}" d="${d}"/>`)
    .join("");

  const lines = [name, ...details];
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${L.width}" height="${L.height}" viewBox="0 0 ${L.width} ${L.height}" role="img" aria-label="${escapeHtml(lines.join(", "))}">` +
    `<defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${palette.backdrop[0]}"/><stop offset="1" stop-color="${palette.backdrop[1]}"/></linearGradient></defs>` +
    `<rect width="${L.width}" height="${L.height}" fill="url(#bg)"/>` +
    `<g data-name="">${namePath.d ? `<path fill="${palette.strong}" d="${namePath.d}"/>` : ""}</g>` +
    `<rect data-rule="" x="${L.padX}" y="${n(ruleY)}" width="${ruleW}" height="${ruleH}" rx="${n(ruleH / 2)}" fill="${palette.accent}"/>` +
    `<g data-details="">${detailPaths}</g>` +
    `</svg>`;
  return { svg, width: L.width, height: L.height, lines, nameSize };
}
