// Which images an edition needs: the four banner variants (from assets/<year>/banner/ when the
// organizers supply them, generated from the edition's facts otherwise) and keynote portraits.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { EditionModel, SiteModel } from "../content/model.ts";
import type { Shape, SiteImages, Theme } from "../lib/context.ts";
import type { Formats } from "../lib/formats.ts";
import type { SiteTexts } from "../lib/labels.ts";
import { initials } from "../lib/people.ts";
import { bannerSvg } from "./banner-svg.ts";
import { monogramSvg } from "./monogram.ts";
import { encodeImage, type EncodedImage } from "./pipeline.ts";
import { shareImageMaker } from "./share-image.ts";

export const BANNER_WIDTHS: Record<Shape, number[]> = { desktop: [800, 1200, 1600, 2400], mobile: [400, 600, 800] };
const BANNER_FORMATS = ["avif", "webp", "png"] as const;
const PORTRAIT_WIDTHS = [160, 320];

export interface ImageOptions {
  outDir: string;
  cacheDir: string;
  /** The site's formats: the banner writes the day in the site's language. */
  format: Formats;
  /** The interface texts (the banner's call name). */
  text: SiteTexts;
}

/** The banner's code line: `Workshop(name='LLM4Code', main_conf='ICSE', date='20 Apr 2024', location='Lisbon, Portugal')` (the date in the site's language). */
export function bannerArgs(model: SiteModel, edition: EditionModel, format: Formats): { name: string; value: string }[] {
  const e = edition.edition;
  return [
    { name: "name", value: model.site.short_name },
    { name: "main_conf", value: e.colocated_with.short },
    { name: "date", value: format.dayShort(e.date) },
    { name: "location", value: `${e.location.city}, ${e.location.country}` },
  ];
}

/** A supplied banner source, `assets/<year>/banner/<theme>-<shape>.(png|jpg|webp|avif|svg)`, if any. */
function suppliedBanner(edition: EditionModel, theme: Theme, shape: Shape): Buffer | undefined {
  for (const ext of ["svg", "png", "jpg", "jpeg", "webp", "avif"]) {
    const file = path.join(edition.assetsDir, "banner", `${theme}-${shape}.${ext}`);
    if (existsSync(file)) return readFileSync(file);
  }
  return undefined;
}

export async function buildEditionImages(model: SiteModel, edition: EditionModel, options: ImageOptions): Promise<SiteImages> {
  const variants: [Theme, Shape][] = [
    ["light", "desktop"],
    ["dark", "desktop"],
    ["light", "mobile"],
    ["dark", "mobile"],
  ];
  const args = bannerArgs(model, edition, options.format);
  const call = options.text.get("banner_call");
  // Each edition's images live under its permanent prefix, so an archive never depends on another edition's files.
  const editionOptions = { outDir: options.outDir, cacheDir: options.cacheDir, folder: `${edition.year}/img` };
  const bannerEntries = await Promise.all(
    variants.map(async ([theme, shape]): Promise<[string, EncodedImage]> => {
      const input = suppliedBanner(edition, theme, shape) ?? Buffer.from(bannerSvg({ call, args, theme, shape }).svg);
      const image = await encodeImage(
        { input, name: `banner-${edition.year}-${theme}-${shape}`, widths: BANNER_WIDTHS[shape], formats: [...BANNER_FORMATS] },
        editionOptions,
      );
      return [`${theme}-${shape}`, image];
    }),
  );
  const speakerEntries = await Promise.all(
    edition.speakers.map(async (s): Promise<[string, EncodedImage]> => {
      const input = s.photoFile
        ? readFileSync(s.photoFile)
        : Buffer.from(monogramSvg({ initials: initials(s.who), seed: s.who.id, size: PORTRAIT_WIDTHS[PORTRAIT_WIDTHS.length - 1]! }));
      const image = await encodeImage(
        { input, name: `speaker-${edition.year}-${s.who.id}`, widths: PORTRAIT_WIDTHS, formats: ["avif", "webp", "jpeg"], square: true },
        editionOptions,
      );
      return [s.who.id, image];
    }),
  );
  return {
    banner: Object.fromEntries(bannerEntries) as SiteImages["banner"],
    speakers: Object.fromEntries(speakerEntries),
    share: shareImageMaker({ label: `${model.site.short_name} ${edition.year}`, call, args, namePrefix: `share-${edition.year}` }, editionOptions),
  };
}
