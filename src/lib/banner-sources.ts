// Owns where supplied banner pictures are looked for: assets/<year>/banner/<theme>-<shape>.<ext>.
import { existsSync } from "node:fs";
import path from "node:path";

export type BannerVariantTheme = "light" | "dark";
export type BannerVariantShape = "desktop" | "mobile";

/** The four banner variants, in the order they are made. */
export const BANNER_VARIANTS: readonly [BannerVariantTheme, BannerVariantShape][] = [
  ["light", "desktop"],
  ["dark", "desktop"],
  ["light", "mobile"],
  ["dark", "mobile"],
];

/** File types a supplied banner may have, in the order they are looked for. */
export const BANNER_SOURCE_EXTENSIONS = ["svg", "png", "jpg", "jpeg", "webp", "avif"] as const;

/** The supplied picture of one variant in an edition's assets folder, if there is one. */
export function suppliedBannerFile(editionAssets: string, theme: BannerVariantTheme, shape: BannerVariantShape): string | undefined {
  for (const ext of BANNER_SOURCE_EXTENSIONS) {
    const file = path.join(editionAssets, "banner", `${theme}-${shape}.${ext}`);
    if (existsSync(file)) return file;
  }
  return undefined;
}
