// Owns the colour palettes of generated images: banner themes and monogram backgrounds.

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
