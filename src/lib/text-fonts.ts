// Owns the list of text fonts a site may choose (theme.font): each a @fontsource package shipped
// with the project, so text never depends on the visitor's or the build machine's fonts.

/** The ids of the text fonts, as written in site.yaml; the first is the default. */
export const TEXT_FONT_IDS = ["atkinson-hyperlegible", "source-sans-3"] as const;
export type TextFontId = (typeof TEXT_FONT_IDS)[number];

/** The subsets, weights and styles of a text font that the site serves. */
export const TEXT_FONT_FACES: readonly { subset: "latin" | "latin-ext"; weight: 400 | 700; style: "normal" | "italic" }[] = [
  { subset: "latin", weight: 400, style: "normal" },
  { subset: "latin-ext", weight: 400, style: "normal" },
  { subset: "latin", weight: 700, style: "normal" },
  { subset: "latin-ext", weight: 700, style: "normal" },
  { subset: "latin", weight: 400, style: "italic" },
];

/** The WOFF 2 file of one face, as @fontsource names it: `source-sans-3-latin-700-normal.woff2`. */
export function fontFile(font: TextFontId, face: (typeof TEXT_FONT_FACES)[number]): string {
  return `${font}-${face.subset}-${face.weight}-${face.style}.woff2`;
}

/** The files a page preloads: the Latin regular and bold faces. */
export function preloadedFontFiles(font: TextFontId): string[] {
  return TEXT_FONT_FACES.filter((f) => f.subset === "latin" && f.style === "normal").map((f) => fontFile(font, f));
}
