// Owns the workshop banner artwork: a code-editor window showing the workshop as a highlighted call, as SVG paths only.

import { escapeHtml } from "../lib/html.ts";
import { lineText, multiLineCall, singleLineCall, type CallArg, type CodeLine } from "./banner-code.ts";
import { measureText, shapeText, type FontSpec } from "./fonts.ts";
import { bannerPalette, DEFAULT_IMAGE_THEME, type BannerTheme } from "./palettes.ts";

export type BannerShape = "desktop" | "mobile";

export interface BannerOptions {
  call: string;
  args: CallArg[];
  theme: BannerTheme;
  shape: BannerShape;
  /** Label on the editor tab; defaults to `workshop.py`. */
  file?: string;
  /** The theme's accent for this scheme: it tints the backdrop and colours the caret and the tab's icon. */
  accent?: string;
}

export interface BannerSvg {
  svg: string;
  width: number;
  height: number;
  /** Number of code lines drawn (each is a `<g data-line="n">`). */
  lines: number;
  /** Font size the code was set in, in px. */
  fontSize: number;
}

interface ShapeLayout {
  /** Preferred canvas width; grows only when the code cannot fit at `minFont`. */
  width: number;
  /** Preferred canvas height as a fraction of the width; grows when the window needs more room. */
  aspect: number;
  maxFont: number;
  minFont: number;
  /** Smallest gap between the canvas edge and the window. */
  margin: number;
  padX: number;
  padY: number;
  titleBar: number;
  lineHeight: number;
  radius: number;
  labelSize: number;
}

const LAYOUTS: Record<BannerShape, ShapeLayout> = {
  desktop: {
    width: 1600,
    aspect: 1 / 4.4,
    maxFont: 28,
    minFont: 18,
    margin: 64,
    padX: 40,
    padY: 44,
    titleBar: 56,
    lineHeight: 1.7,
    radius: 16,
    labelSize: 17,
  },
  mobile: {
    width: 800,
    aspect: 0.85,
    maxFont: 30,
    minFont: 20,
    margin: 40,
    padX: 28,
    padY: 32,
    titleBar: 52,
    lineHeight: 1.75,
    radius: 16,
    labelSize: 17,
  },
};

const MONO: FontSpec = { family: "jetbrains-mono", weight: 400 };
const MONO_BOLD: FontSpec = { family: "jetbrains-mono", weight: 700 };

/** Round to two decimals for compact, stable SVG numbers. */
function n(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** Widths at font size 1 of the code area parts, so sizes scale linearly. */
function unitWidths(lines: CodeLine[]): { gutter: number; code: number } {
  const digits = Math.max(2, String(lines.length).length);
  return {
    gutter: measureText("0".repeat(digits), MONO, 1),
    code: Math.max(...lines.map((l) => measureText(lineText(l), MONO, 1))),
  };
}

export function bannerSvg(opts: BannerOptions): BannerSvg {
  const L = LAYOUTS[opts.shape];
  const palette = bannerPalette(opts.theme, opts.accent ?? DEFAULT_IMAGE_THEME.accent[opts.theme]);
  const lines = opts.shape === "desktop" ? singleLineCall(opts.call, opts.args) : multiLineCall(opts.call, opts.args);
  const unit = unitWidths(lines);

  // Code area: [padX | numbers | 1.5ch gap | code | 1ch caret room | padX]; chrome stays fixed, text scales.
  const gutterGap = 1.5 * measureText("0", MONO, 1);
  const caretRoom = measureText("0", MONO, 1);
  const textUnits = unit.gutter + gutterGap + unit.code + caretRoom;
  const fixed = 2 * L.margin + 2 * L.padX;
  const fitFont = Math.floor(((L.width - fixed) / textUnits) * 2) / 2;
  const fontSize = Math.max(L.minFont, Math.min(L.maxFont, fitFont));
  const width = Math.max(L.width, Math.ceil(fixed + textUnits * fontSize));

  const lineH = Math.round(fontSize * L.lineHeight);
  const windowH = L.titleBar + 2 * L.padY + lines.length * lineH;
  // The preferred height follows the preferred width: a canvas widened for long text keeps its margins.
  const height = Math.max(Math.round(L.width * L.aspect), windowH + 2 * L.margin);
  const winX = L.margin;
  const winW = width - 2 * L.margin;
  const winY = Math.round((height - windowH) / 2);

  const codeTop = winY + L.titleBar + L.padY;
  const gutterRight = winX + L.padX + unit.gutter * fontSize;
  const codeX = Math.round(gutterRight + gutterGap * fontSize);
  // Baseline sits so the line box is visually centred: ascent of caps ~0.73em above, descent ~0.2em below.
  const baselineOffset = Math.round((lineH + fontSize * 0.73 - fontSize * 0.2) / 2);

  const parts: string[] = [];
  const t = palette.text;
  let lastLineEnd = codeX;
  lines.forEach((line, i) => {
    const baseline = codeTop + i * lineH + baselineOffset;
    const label = String(i + 1);
    const numX = gutterRight - measureText(label, MONO, fontSize);
    const paths = [`<path fill="${t.lineNumber}" d="${shapeText(label, { font: MONO, size: fontSize, x: numX, y: baseline }).d}"/>`];
    let x = codeX;
    for (const token of line) {
      const shaped = shapeText(token.text, { font: MONO, size: fontSize, x, y: baseline });
      if (shaped.d) paths.push(`<path fill="${t[token.kind]}" d="${shaped.d}"/>`);
      x += shaped.width;
    }
    lastLineEnd = x;
    parts.push(`<g data-line="${i + 1}">${paths.join("")}</g>`);
  });

  const lastBaseline = codeTop + (lines.length - 1) * lineH + baselineOffset;
  const caret = `<rect x="${n(lastLineEnd + fontSize * 0.12)}" y="${n(lastBaseline - fontSize * 0.86)}" width="${n(Math.max(2, fontSize * 0.09))}" height="${n(fontSize * 1.08)}" rx="1" fill="${palette.accent}" opacity="0.85"/>`;

  const chrome = windowChrome(opts.file ?? "workshop.py", { winX, winY, winW, windowH, L, palette });
  const label = escapeHtml(lines.map(lineText).join("\n"));
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${label}">` +
    `<defs>` +
    `<linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${palette.backdrop[0]}"/><stop offset="1" stop-color="${palette.backdrop[1]}"/></linearGradient>` +
    `<clipPath id="win"><rect x="${winX}" y="${winY}" width="${winW}" height="${windowH}" rx="${L.radius}"/></clipPath>` +
    `</defs>` +
    `<rect width="${width}" height="${height}" fill="url(#bg)"/>` +
    chrome +
    `<g data-code="">${parts.join("")}${caret}</g>` +
    `</svg>`;
  return { svg, width, height, lines: lines.length, fontSize };
}

/** Layers of the soft shadow: enough to look smooth at banner sizes. */
const SHADOW_LAYERS = 8;

/**
 * A soft shadow under a rounded rectangle, as layers that grow by `spread` in all and fade out.
 * An SVG blur filter looks the same but takes librsvg fifteen times as long to draw as the rest
 * of the banner; these layers cost nothing. Their alphas compound to `opacity` in the middle.
 */
function softShadow(g: { x: number; y: number; w: number; h: number; r: number; spread: number; colour: string; opacity: number }): string {
  const layer = 1 - Math.pow(1 - g.opacity, 1 / SHADOW_LAYERS);
  let out = "";
  for (let i = SHADOW_LAYERS; i >= 1; i--) {
    const grow = (g.spread * i) / SHADOW_LAYERS;
    out += `<rect x="${n(g.x - grow)}" y="${n(g.y - grow)}" width="${n(g.w + 2 * grow)}" height="${n(g.h + 2 * grow)}" rx="${n(g.r + grow)}" fill="${g.colour}" fill-opacity="${layer.toFixed(3)}"/>`;
  }
  return out;
}

function windowChrome(
  file: string,
  g: { winX: number; winY: number; winW: number; windowH: number; L: ShapeLayout; palette: ReturnType<typeof bannerPalette> },
): string {
  const { winX, winY, winW, windowH, L, palette } = g;
  const midY = winY + L.titleBar / 2;
  const dots = palette.dots
    .map((c, i) => `<circle cx="${winX + 26 + i * 22}" cy="${midY}" r="7" fill="${c}"/>`)
    .join("");

  const labelW = measureText(file, MONO_BOLD, L.labelSize);
  const tabX = winX + 112;
  const tabPadX = 18;
  const iconW = 10;
  const tabW = Math.ceil(tabPadX + iconW + 10 + labelW + tabPadX);
  const tabTop = winY + 10;
  const tabBottom = winY + L.titleBar;
  const r = 8;
  const tab =
    `<path fill="${palette.tab}" d="M${tabX} ${tabBottom}V${tabTop + r}Q${tabX} ${tabTop} ${tabX + r} ${tabTop}H${tabX + tabW - r}Q${tabX + tabW} ${tabTop} ${tabX + tabW} ${tabTop + r}V${tabBottom}Z"/>` +
    `<path fill="none" stroke="${palette.border}" d="M${tabX + 0.5} ${tabBottom}V${tabTop + r}Q${tabX + 0.5} ${tabTop + 0.5} ${tabX + r} ${tabTop + 0.5}H${tabX + tabW - r}Q${tabX + tabW - 0.5} ${tabTop + 0.5} ${tabX + tabW - 0.5} ${tabTop + r}V${tabBottom}"/>`;
  const labelBaseline = Math.round((tabTop + tabBottom) / 2 + L.labelSize * 0.36);
  const iconX = tabX + tabPadX;
  const icon =
    `<rect x="${iconX}" y="${labelBaseline - 11}" width="${iconW}" height="${iconW}" rx="2" fill="${palette.accent}"/>` +
    `<rect x="${iconX + 4}" y="${labelBaseline - 7}" width="${iconW}" height="${iconW}" rx="2" fill="${palette.text.param}" opacity="0.9"/>`;
  const labelPath = shapeText(file, { font: MONO_BOLD, size: L.labelSize, x: iconX + iconW + 12, y: labelBaseline }).d;

  return (
    softShadow({ x: winX, y: winY + Math.round(L.margin / 4), w: winW, h: windowH, r: L.radius, spread: Math.round(L.margin / 2), colour: palette.shadow, opacity: palette.shadowOpacity * 0.6 }) +
    `<rect x="${winX}" y="${winY}" width="${winW}" height="${windowH}" rx="${L.radius}" fill="${palette.surface}"/>` +
    `<g clip-path="url(#win)">` +
    `<rect x="${winX}" y="${winY}" width="${winW}" height="${L.titleBar}" fill="${palette.titleBar}"/>` +
    `<rect x="${winX}" y="${winY + L.titleBar - 1}" width="${winW}" height="1" fill="${palette.border}"/>` +
    tab +
    `</g>` +
    `<rect x="${winX + 0.5}" y="${winY + 0.5}" width="${winW - 1}" height="${windowH - 1}" rx="${L.radius - 0.5}" fill="none" stroke="${palette.border}"/>` +
    dots +
    icon +
    `<path fill="${palette.text.tabLabel}" d="${labelPath}"/>`
  );
}
