// Owns the link-preview ("share") images: 1200×630 cards with a page's title on the edition's
// banner design (backdrop, editor window, the workshop call), text drawn as glyph outlines from the
// shipped fonts, encoded to PNG through the cached pipeline.
import { escapeHtml } from "../lib/html.ts";
import { lineText, singleLineCall, type CallArg } from "./banner-code.ts";
import { drawableText, measureText, shapeText, type FontSpec } from "./fonts.ts";
import { bannerPalette, DEFAULT_IMAGE_THEME, TEXT_COLOUR, type BannerTheme, type ImageTheme } from "./palettes.ts";
import { encodeDrawing, type PipelineOptions } from "./pipeline.ts";

export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;

const MONO: FontSpec = { family: "jetbrains-mono", weight: 400 };
const MONO_BOLD: FontSpec = { family: "jetbrains-mono", weight: 700 };

/** The logo's height in the title bar, in px. */
export const SHARE_LOGO_HEIGHT = 36;

export interface ShareCardOptions {
  /** The page title, drawn large and wrapped on up to three lines. */
  title: string;
  /** Label on the editor tab, e.g. `llm4code-2024`. */
  label: string;
  /** The workshop call shown under the title (the banner's code line). */
  call: string;
  args: CallArg[];
  /** The scheme the card is drawn in (default light). */
  theme?: BannerTheme;
  /** Accent, text font and logo (default: the look without a theme section). */
  look?: ImageTheme;
}

export interface ShareCardSvg {
  svg: string;
  /** The title as drawn, one entry per line (an ellipsis marks a cut). */
  lines: string[];
  fontSize: number;
}

/** Characters the shipped fonts cannot draw are left out rather than drawn as boxes. */
const drawable = drawableText;

/** The title font: the theme's text font, bold. */
function titleFont(look: ImageTheme): FontSpec {
  return { family: look.font, weight: 700 };
}

/** Greedy word wrap at `size`; a word wider than a line is broken between characters. */
export function wrapTitle(text: string, size: number, maxWidth: number, font: FontSpec = titleFont(DEFAULT_IMAGE_THEME)): string[] {
  const lines: string[] = [];
  let line = "";
  const fits = (s: string) => measureText(s, font, size) <= maxWidth;
  for (const word of text.split(" ").filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = "";
    let rest = word;
    while (!fits(rest)) {
      let cut = 1;
      const chars = Array.from(rest);
      while (cut < chars.length && fits(chars.slice(0, cut + 1).join(""))) cut++;
      lines.push(chars.slice(0, cut).join(""));
      rest = chars.slice(cut).join("");
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}

/** Fit the title: the largest size (72 → 44 px) at which it takes at most three lines, else cut with an ellipsis. */
function fitTitle(title: string, maxWidth: number, font: FontSpec): { lines: string[]; size: number } {
  for (let size = 72; size >= 44; size -= 4) {
    const lines = wrapTitle(title, size, maxWidth, font);
    if (lines.length <= 3) return { lines, size };
  }
  const size = 44;
  const lines = wrapTitle(title, size, maxWidth, font).slice(0, 3);
  let last = lines[2] ?? "";
  while (last && measureText(`${last}…`, font, size) > maxWidth) last = Array.from(last).slice(0, -1).join("");
  lines[2] = `${last.trimEnd()}…`;
  return { lines, size };
}

function n(value: number): string {
  return String(Math.round(value * 100) / 100);
}

export function shareCardSvg(opts: ShareCardOptions): ShareCardSvg {
  const theme = opts.theme ?? "light";
  const look = opts.look ?? DEFAULT_IMAGE_THEME;
  const palette = bannerPalette(theme, look.accent[theme]);
  const TITLE_FONT = titleFont(look);
  const W = SHARE_WIDTH;
  const H = SHARE_HEIGHT;
  const margin = 48;
  const winX = margin;
  const winY = margin;
  const winW = W - 2 * margin;
  const winH = H - 2 * margin;
  const titleBar = 60;
  const radius = 20;
  const padX = 56;
  const textWidth = winW - 2 * padX;

  const title = drawable(opts.title, TITLE_FONT) || drawable(opts.label, TITLE_FONT);
  const { lines, size } = fitTitle(title, textWidth, TITLE_FONT);
  const lineH = Math.round(size * 1.18);

  // The workshop call, shrunk to one line across the window.
  const code = singleLineCall(opts.call, opts.args.map((a) => ({ name: a.name, value: typeof a.value === "string" ? drawable(a.value, MONO) : a.value })))[0]!;
  const codeSize = Math.max(12, Math.min(24, Math.floor((textWidth / measureText(lineText(code), MONO, 1)) * 2) / 2));
  const codeBaseline = winY + winH - 52;

  // Title block centred in the space between the title bar and the code line.
  const top = winY + titleBar;
  const bottom = codeBaseline - codeSize - 24;
  const blockH = lines.length * lineH;
  const firstBaseline = Math.round(top + (bottom - top - blockH) / 2 + size * 0.95);

  const titlePaths = lines
    .map((line, i) => shapeText(line, { font: TITLE_FONT, size, x: winX + padX, y: firstBaseline + i * lineH }).d)
    .filter(Boolean)
    .map((d) => `<path fill="${TEXT_COLOUR[theme]}" d="${d}"/>`)
    .join("");

  let x = winX + padX;
  const codePaths: string[] = [];
  for (const token of code) {
    const shaped = shapeText(token.text, { font: MONO, size: codeSize, x, y: codeBaseline });
    if (shaped.d) codePaths.push(`<path fill="${palette.text[token.kind]}" d="${shaped.d}"/>`);
    x += shaped.width;
  }

  const midY = winY + titleBar / 2;
  const dots = palette.dots.map((c, i) => `<circle cx="${winX + 30 + i * 24}" cy="${midY}" r="8" fill="${c}"/>`).join("");
  const label = drawable(opts.label, MONO_BOLD);
  const labelPath = shapeText(label, { font: MONO_BOLD, size: 20, x: winX + 120, y: midY + 7 }).d;
  // The logo sits at the right end of the title bar, drawn at a fixed height.
  const logo = look.logo?.[theme];
  const logoW = logo ? Math.min(winW / 3, (SHARE_LOGO_HEIGHT * logo.width) / logo.height) : 0;
  const logoImage = logo
    ? `<image data-logo="" x="${n(winX + winW - 24 - logoW)}" y="${n(midY - SHARE_LOGO_HEIGHT / 2)}" width="${n(logoW)}" height="${SHARE_LOGO_HEIGHT}" preserveAspectRatio="xMidYMid meet" href="data:image/png;base64,${logo.png.toString("base64")}"/>`
    : "";

  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-label="${escapeHtml(lines.join(" "))}">` +
    `<defs>` +
    `<linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${palette.backdrop[0]}"/><stop offset="1" stop-color="${palette.backdrop[1]}"/></linearGradient>` +
    `<clipPath id="win"><rect x="${winX}" y="${winY}" width="${winW}" height="${winH}" rx="${radius}"/></clipPath>` +
    `</defs>` +
    `<rect width="${W}" height="${H}" fill="url(#bg)"/>` +
    `<rect x="${winX}" y="${winY}" width="${winW}" height="${winH}" rx="${radius}" fill="${palette.surface}"/>` +
    `<g clip-path="url(#win)"><rect x="${winX}" y="${winY}" width="${winW}" height="${titleBar}" fill="${palette.titleBar}"/>` +
    `<rect data-accent="" x="${winX}" y="${winY + titleBar - 3}" width="${winW}" height="3" fill="${palette.accent}"/></g>` +
    `<rect x="${n(winX + 0.5)}" y="${n(winY + 0.5)}" width="${winW - 1}" height="${winH - 1}" rx="${radius - 0.5}" fill="none" stroke="${palette.border}"/>` +
    dots +
    (labelPath ? `<path fill="${palette.text.tabLabel}" d="${labelPath}"/>` : "") +
    logoImage +
    `<g data-title="">${titlePaths}</g>` +
    `<g data-code="">${codePaths.join("")}</g>` +
    `</svg>`;
  return { svg, lines, fontSize: size };
}

/** A share image as referenced from `<meta property="og:image">`. */
export interface ShareImage {
  /** Output-relative path, e.g. `img/share-2024-papers-3fa9c2d1-1200.png`. */
  path: string;
  width: number;
  height: number;
  /** What the image shows, for `og:image:alt`. */
  alt: string;
}

/**
 * One share image per (key, title), made once per build however many pages ask for it (the root
 * copy and the `/<year>/` copy of a page share it). Files are named by content hash and cached
 * like every other encoded image.
 */
export function shareImageMaker(
  base: { label: string; call: string; args: CallArg[]; namePrefix: string; look?: ImageTheme },
  options: PipelineOptions,
): (key: string, title: string) => Promise<ShareImage> {
  const made = new Map<string, Promise<ShareImage>>();
  return (key, title) => {
    const slug = key.replace(/[^a-z0-9]+/gi, "-").replace(/^-+|-+$/g, "").toLowerCase() || "home";
    const id = `${slug}\u0000${title}`;
    let image = made.get(id);
    if (!image) {
      image = (async () => {
        const card: ShareCardOptions = { title, label: base.label, call: base.call, args: base.args, ...(base.look ? { look: base.look } : {}) };
        const draw = () => {
          const drawn = shareCardSvg(card);
          return { svg: drawn.svg, about: drawn.lines };
        };
        const { image: encoded, about: lines } = await encodeDrawing(card, draw, { name: `${base.namePrefix}-${slug}`, widths: [SHARE_WIDTH], formats: ["png"] }, options);
        const file = encoded.sources[0]!.files[0]!;
        return { path: file.path, width: file.width, height: file.height, alt: `${lines.join(" ")} (${base.label})` };
      })();
      made.set(id, image);
    }
    return image;
  };
}
