// Owns the colour palettes of generated images: banner themes, monogram backgrounds, and the
// theme images are drawn in (accent colours, text font, logo).
import { accentBackdrop, accentHover } from "../lib/theme.ts";
import type { FontFamily } from "./fonts.ts";

export type BannerTheme = "light" | "dark";

export interface BannerPalette {
  /** Backdrop behind the window, top-left to bottom-right gradient. */
  backdrop: [string, string];
  /** Editor surface behind the code and line numbers. */
  surface: string;
  /** Title bar strip and the tab that sits on it. */
  titleBar: string;
  tab: string;
  border: string;
  shadow: string;
  shadowOpacity: number;
  dots: [string, string, string];
  /** Text colours: every one must reach 4.5:1 against `surface`, `titleBar` and `tab`. */
  text: {
    fn: string;
    param: string;
    operator: string;
    string: string;
    /** `True` and `False`. */
    constant: string;
    punct: string;
    lineNumber: string;
    tabLabel: string;
  };
}

export const BANNER_PALETTES: Record<BannerTheme, BannerPalette> = {
  light: {
    backdrop: ["#e4e9fb", "#f3e6f7"],
    surface: "#ffffff",
    titleBar: "#f3f4f7",
    tab: "#ffffff",
    border: "#d5d9e2",
    shadow: "#1e2a4a",
    shadowOpacity: 0.16,
    dots: ["#ff5f57", "#febc2e", "#28c840"],
    text: {
      fn: "#6639ba",
      param: "#953800",
      operator: "#c21c2c",
      string: "#116329",
      constant: "#0550ae",
      punct: "#4f5661",
      lineNumber: "#5f6673",
      tabLabel: "#3d4450",
    },
  },
  dark: {
    backdrop: ["#0e1424", "#1f1433"],
    surface: "#161b26",
    titleBar: "#1e2431",
    tab: "#161b26",
    border: "#323a4b",
    shadow: "#000000",
    shadowOpacity: 0.5,
    dots: ["#ff5f57", "#febc2e", "#28c840"],
    text: {
      fn: "#d2a8ff",
      param: "#ffa657",
      operator: "#ff7b72",
      string: "#7ee787",
      constant: "#79c0ff",
      punct: "#c9d1d9",
      lineNumber: "#8a93a3",
      tabLabel: "#c9d1d9",
    },
  },
};

/** Monogram backgrounds as [top-left, bottom-right] gradient stops; white text must reach 4.5:1 on both. */
export const MONOGRAM_BACKGROUNDS: readonly [string, string][] = [
  ["#3b4cca", "#2a3596"], // indigo
  ["#0f6e6e", "#0a5050"], // teal
  ["#8a2f6e", "#641f50"], // plum
  ["#b3261e", "#861b16"], // brick
  ["#2e6b30", "#1f4d21"], // forest
  ["#4a5568", "#2d3748"], // slate
  ["#8a4b08", "#663705"], // umber
  ["#1f5fa8", "#17467c"], // blue
];

export const MONOGRAM_TEXT = "#ffffff";

/** A logo ready to be drawn into a picture: PNG bytes and the size to draw them at, in px. */
export interface LogoPicture {
  png: Buffer;
  width: number;
  height: number;
}

/** What generated images take from the site's theme. */
export interface ImageTheme {
  /** The accent per scheme (already checked for contrast). */
  accent: Record<BannerTheme, string>;
  /** The text font (titles, the typographic banner, monograms). */
  font: FontFamily;
  /** The logo per scheme, drawn on share images. */
  logo?: Record<BannerTheme, LogoPicture>;
}

/** The look without a theme section: the default accents and Atkinson Hyperlegible. */
export const DEFAULT_IMAGE_THEME: ImageTheme = { accent: { light: "#1f4fbf", dark: "#8fb4ff" }, font: "atkinson-hyperlegible" };

/** A banner palette in the accent's colours: the backdrop tinted with its hue; `accent` for the caret and marks, `strong` for large type. */
export function bannerPalette(theme: BannerTheme, accent: string): BannerPalette & { accent: string; strong: string } {
  return { ...BANNER_PALETTES[theme], backdrop: accentBackdrop(accent, theme), accent, strong: accentHover(accent, theme) };
}

/** Body text colour per scheme (the site's --text), for type drawn on banner backdrops and share cards. */
export const TEXT_COLOUR: Record<BannerTheme, string> = { light: "#1a1f2b", dark: "#e7eaf1" };
