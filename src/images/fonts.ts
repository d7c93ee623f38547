// Owns the fonts used by generated images: locating @fontsource WOFF files and turning text into SVG path data.

import { readFileSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type opentype from "opentype.js";

export type FontFamily = "jetbrains-mono" | "atkinson-hyperlegible" | "source-sans-3";
export type FontWeight = 400 | 700;

export interface FontSpec {
  family: FontFamily;
  weight: FontWeight;
}

export interface TextShape {
  /** SVG path data for the whole string; empty for blank text. */
  d: string;
  /** Advance width in px. */
  width: number;
  /** Ink bounds in px (x1/y1 top-left, x2/y2 bottom-right); zero-size for blank text. */
  bounds: { x1: number; y1: number; x2: number; y2: number };
}

export interface FontMetrics {
  unitsPerEm: number;
  ascender: number;
  descender: number;
  capHeight: number;
}

/** Unicode subsets tried in order for every character; latin first, the rest only loaded on demand. */
const SUBSETS = ["latin", "latin-ext", "greek", "cyrillic", "cyrillic-ext", "vietnamese"] as const;

const require = createRequire(import.meta.url);
const parsed = new Map<string, opentype.Font>();
const slotsBySpec = new Map<string, FontSlot[]>();

interface FontSlot {
  file: string;
  font?: opentype.Font;
}

/** Folder of WOFF files shipped in a @fontsource package. */
export function fontDir(family: FontFamily): string {
  return join(dirname(require.resolve(`@fontsource/${family}/package.json`)), "files");
}

/** The WOFF 1 files (opentype.js cannot read WOFF 2) for a family and weight, in fallback order. */
export function fontFiles(spec: FontSpec): string[] {
  const dir = fontDir(spec.family);
  const files = SUBSETS.map((s) => join(dir, `${spec.family}-${s}-${spec.weight}-normal.woff`)).filter((f) =>
    existsSync(f),
  );
  if (files.length === 0) throw new Error(`No font files for ${spec.family} ${spec.weight} in ${dir}`);
  return files;
}

function loadFont(file: string): opentype.Font {
  let font = parsed.get(file);
  if (!font) {
    // Loaded on the first text drawn: a build whose drawings all come from the store never loads it.
    const { parse } = require("opentype.js") as typeof opentype;
    const buf = readFileSync(file);
    font = parse(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
    parsed.set(file, font);
  }
  return font;
}

function slots(spec: FontSpec): FontSlot[] {
  const key = `${spec.family}/${spec.weight}`;
  let list = slotsBySpec.get(key);
  if (!list) {
    list = fontFiles(spec).map((file) => ({ file }));
    slotsBySpec.set(key, list);
  }
  return list;
}

function slotFont(slot: FontSlot): opentype.Font {
  slot.font ??= loadFont(slot.file);
  return slot.font;
}

function primary(spec: FontSpec): opentype.Font {
  const first = slots(spec)[0];
  if (!first) throw new Error(`No font files for ${spec.family}`);
  return slotFont(first);
}

/** The first subset font that has a glyph for `ch`, or undefined. */
function fontFor(spec: FontSpec, ch: string): opentype.Font | undefined {
  for (const slot of slots(spec)) {
    const font = slotFont(slot);
    if (font.hasChar(ch)) return font;
  }
  return undefined;
}

function characters(text: string): string[] {
  return Array.from(text.normalize("NFC").replace(/[\t\n\r\f\v]/g, " "));
}

/** Characters of `text` that no subset of the font can draw (they would render as a box). */
export function missingGlyphs(text: string, spec: FontSpec): string[] {
  return [...new Set(characters(text).filter((ch) => !fontFor(spec, ch)))];
}

/** `text` without the characters the shipped font cannot draw (rather than drawn as boxes), spaces collapsed. */
export function drawableText(text: string, font: FontSpec): string {
  const missing = new Set(missingGlyphs(text, font));
  return Array.from(text.normalize("NFC"))
    .filter((ch) => !missing.has(ch))
    .join("")
    .replace(/\s+/g, " ")
    .trim();
}

/** Metrics of the primary (latin) font, in font units. */
export function fontMetrics(spec: FontSpec): FontMetrics {
  const font = primary(spec);
  const os2 = font.tables.os2 as { sCapHeight?: number } | undefined;
  return {
    unitsPerEm: font.unitsPerEm,
    ascender: font.ascender,
    descender: font.descender,
    capHeight: os2?.sCapHeight ?? font.ascender * 0.7,
  };
}

interface PlacedGlyph {
  glyph: opentype.Glyph;
  x: number;
}

/** Position each character of `text` on one line starting at x; returns the glyphs and the end x. */
function layout(text: string, spec: FontSpec, size: number, x: number): { glyphs: PlacedGlyph[]; end: number } {
  const glyphs: PlacedGlyph[] = [];
  let prev: { font: opentype.Font; glyph: opentype.Glyph } | undefined;
  for (const ch of characters(text)) {
    const font = fontFor(spec, ch) ?? primary(spec);
    const glyph = font.charToGlyph(ch);
    const scale = size / font.unitsPerEm;
    if (prev && prev.font === font) x += font.getKerningValue(prev.glyph, glyph) * scale;
    glyphs.push({ glyph, x });
    x += (glyph.advanceWidth ?? font.unitsPerEm / 2) * scale;
    prev = { font, glyph };
  }
  return { glyphs, end: x };
}

/** A coordinate with at most two decimals, never in exponent notation, never NaN or -0. */
function coord(value: number): string {
  const r = Math.round(value * 100) / 100;
  if (!Number.isFinite(r)) throw new Error(`Glyph coordinate is not finite: ${value}`);
  return r === 0 ? "0" : String(r);
}

/**
 * SVG path data for glyph outlines. Written here rather than with opentype's `toPathData`, whose
 * rounding turns coordinates with a tiny fractional part (e.g. 377.00000000000006) into "NaN",
 * and librsvg stops drawing a path at the first bad number.
 */
export function pathData(commands: readonly opentype.PathCommand[]): string {
  let d = "";
  let at = "";
  for (const c of commands) {
    if (c.type === "Z") {
      d += "Z";
      continue;
    }
    const end = `${coord(c.x)} ${coord(c.y)}`;
    if (c.type === "M") d += `M${end}`;
    else if (c.type === "L") d += end === at ? "" : `L${end}`;
    else if (c.type === "Q") d += `Q${coord(c.x1)} ${coord(c.y1)} ${end}`;
    else d += `C${coord(c.x1)} ${coord(c.y1)} ${coord(c.x2)} ${coord(c.y2)} ${end}`;
    at = end;
  }
  return d;
}

/**
 * Lay out `text` on one line starting at (x, baseline y) and return it as SVG path data.
 * Each character comes from the first subset file that has it; kerning applies within one file.
 */
export function shapeText(text: string, opts: { font: FontSpec; size: number; x?: number; y?: number }): TextShape {
  const x = opts.x ?? 0;
  const y = opts.y ?? 0;
  const { glyphs, end } = layout(text, opts.font, opts.size, x);
  const parts: string[] = [];
  const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  for (const placed of glyphs) {
    const path = placed.glyph.getPath(placed.x, y, opts.size);
    const d = pathData(path.commands);
    if (!d) continue;
    parts.push(d);
    const b = path.getBoundingBox();
    box.x1 = Math.min(box.x1, b.x1);
    box.y1 = Math.min(box.y1, b.y1);
    box.x2 = Math.max(box.x2, b.x2);
    box.y2 = Math.max(box.y2, b.y2);
  }
  const bounds = parts.length > 0 ? box : { x1: x, y1: y, x2: x, y2: y };
  return { d: parts.join(""), width: end - x, bounds };
}

/** Advance width of `text` in px at `size`. */
export function measureText(text: string, font: FontSpec, size: number): number {
  return layout(text, font, size, 0).end;
}
