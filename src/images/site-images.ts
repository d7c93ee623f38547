// Which images the site needs: the site-wide logo and favicon (from the theme), and per edition
// the four banner variants (supplied in assets/<year>/banner/, or drawn: the code window or the
// typographic title, as the theme says) and keynote portraits.
import { readFileSync } from "node:fs";
import { editionName, type EditionModel, type SiteModel } from "../content/model.ts";
import { isMultiDay, lastDayOf, onlineOf, placeOf } from "../content/attendance.ts";
import { BANNER_VARIANTS, suppliedBannerFile } from "../lib/banner-sources.ts";
import type { Formats } from "../lib/formats.ts";
import type { SiteTexts } from "../lib/labels.ts";
import { initials } from "../lib/people.ts";
import { accentHover } from "../lib/theme.ts";
import type { CallArg } from "./banner-code.ts";
import { bannerSvg, type BannerOptions, type BannerShape } from "./banner-svg.ts";
import { titleBannerSvg, type TitleBannerOptions } from "./banner-title.ts";
import { monogramSvg, nameInitials, type MonogramOptions } from "./monogram.ts";
import type { BannerTheme, ImageTheme, LogoPicture } from "./palettes.ts";
import { encodeDrawing, encodeImage, rasterLogo, type EncodedImage, type ImageEncoder, type ImageRequest, type PipelineOptions } from "./pipeline.ts";
import { SHARE_LOGO_HEIGHT, shareImageMaker, type ShareImage } from "./share-image.ts";

/** Site-wide pictures made from the theme, under `/brand/`: the same for every edition. */
export interface BrandImages {
  /** The header logo per scheme (the dark one is the light one when site.yaml names none), and its text. */
  logo?: { light: EncodedImage; dark: EncodedImage; alt: string };
  /** The favicon (PNG, 32 px and 180 px): the logo, or the short name's initial on the accent. */
  favicon: EncodedImage;
}

export interface SiteImages {
  /** Site-wide pictures (logo, favicon). */
  brand: BrandImages;
  /** The home banner in its four variants. */
  banner: Record<`${BannerTheme}-${BannerShape}`, EncodedImage>;
  /** Keynote portraits by person id. */
  speakers: Record<string, EncodedImage>;
  /** The link-preview image of a page (`key`: the page's path, e.g. `papers/`), made on first use. */
  share: (key: string, title: string) => Promise<ShareImage>;
}

export const BANNER_WIDTHS: Record<BannerShape, number[]> = { desktop: [800, 1200, 1600, 2400], mobile: [400, 600, 800] };
// Current browsers all take AVIF, at every width. The few without it (Safari before 16.4) take
// WebP, so WebP is made at one width per shape, as their fallback; a PNG would never be picked.
const BANNER_FORMATS = ["avif", "webp"] as const;
const BANNER_FALLBACK_WIDTH: Record<BannerShape, number> = { desktop: 1200, mobile: 800 };
const PORTRAIT_WIDTHS = [160, 320];

export interface ImageOptions {
  outDir: string;
  /** The build's image encoder (src/images/pipeline.ts). */
  encoder: ImageEncoder;
  /** The site's formats: the banner writes the day in the site's language. */
  format: Formats;
  /** The interface texts (the banner's call name). */
  text: SiteTexts;
}

/**
 * The banner's code line: `Workshop(name='LLM4Code', main_conf='ICSE', date='20 Apr 2024', location='Lisbon, Portugal')`.
 * A standalone workshop has no `main_conf`, one of several days an `end_date`, an online one
 * `online=True` (with `location` too when it is hybrid). Dates are in the site's language.
 */
export function bannerArgs(model: SiteModel, edition: EditionModel, format: Formats): CallArg[] {
  const e = edition.edition;
  const place = placeOf(e, false);
  return [
    { name: "name", value: model.site.short_name },
    ...(e.colocated_with ? [{ name: "main_conf", value: e.colocated_with.short }] : []),
    { name: "date", value: format.dayShort(e.date) },
    ...(isMultiDay(e) ? [{ name: "end_date", value: format.dayShort(lastDayOf(e)) }] : []),
    ...(place ? [{ name: "location", value: place }] : []),
    ...(onlineOf(e) ? [{ name: "online", value: true }] : []),
  ];
}

/** A supplied banner source, `assets/<year>/banner/<theme>-<shape>.(png|jpg|webp|avif|svg)`, if any. */
function suppliedBanner(edition: EditionModel, theme: BannerTheme, shape: BannerShape): Buffer | undefined {
  const file = suppliedBannerFile(edition.assetsDir, theme, shape);
  return file ? readFileSync(file) : undefined;
}

/** The drawn banner of one variant, in the theme's style (`code` unless it says `title`): what it is drawn from. */
function drawnBanner(model: SiteModel, edition: EditionModel, look: ImageTheme, theme: BannerTheme, shape: BannerShape, language: { format: Formats; text: SiteTexts }): { title: TitleBannerOptions } | { code: BannerOptions } {
  const args = bannerArgs(model, edition, language.format);
  if (model.site.theme.banner === "title") {
    const e = edition.edition;
    const place = placeOf(e, false);
    const where = place ? (onlineOf(e) ? language.text.get("place_hybrid", { place }) : place) : language.text.get("place_online");
    return { title: { name: model.site.short_name, date: language.format.dayRange(e.date, lastDayOf(e)), place: where, theme, shape, accent: look.accent[theme], font: look.font } };
  }
  return { code: { call: language.text.get("banner_call"), args, theme, shape, accent: look.accent[theme] } };
}

/** Encode a monogram (favicon, portrait placeholder), drawn only when the store does not have it. */
async function encodeMonogram(monogram: MonogramOptions, req: Omit<ImageRequest, "input">, opts: PipelineOptions): Promise<EncodedImage> {
  return (await encodeDrawing({ monogram }, () => ({ svg: monogramSvg(monogram), about: null }), req, opts)).image;
}

/** A logo file rasterised to PNG at `height` px (an SVG drawn at that size, a PNG scaled). */
function logoPng(file: string, height: number, encoder: ImageEncoder): Promise<LogoPicture> {
  return rasterLogo(readFileSync(file), { height }, encoder);
}

/** Height of the header logo in CSS px; it is encoded at 1× and 2×. */
export const LOGO_HEIGHT = 40;
export const FAVICON_WIDTHS = [32, 180];

/**
 * The site-wide pictures, under `/brand/`: the header logo in both schemes and the favicon (the
 * logo on a transparent square, or the short name's initial on the accent), and what the
 * edition images take from the theme.
 */
export async function buildSiteImages(model: SiteModel, options: ImageOptions): Promise<{ brand: BrandImages; look: ImageTheme }> {
  const theme = model.site.theme;
  const brandOptions = { ...options, folder: "brand" };
  const faviconSize = Math.max(...FAVICON_WIDTHS);
  const faviconRequest = { name: "favicon", widths: FAVICON_WIDTHS, formats: ["png" as const] };
  const favicon = model.logo
    ? await encodeImage({ input: (await rasterLogo(readFileSync(model.logo.light), { square: faviconSize }, options.encoder)).png, ...faviconRequest }, brandOptions)
    : await encodeMonogram(
        {
          initials: nameInitials(model.site.short_name),
          seed: model.site.short_name,
          size: faviconSize,
          background: [theme.accent.light, accentHover(theme.accent.light, "light")],
          radius: Math.round(faviconSize * 0.22),
          font: theme.font,
          scale: 0.62,
        },
        faviconRequest,
        brandOptions,
      );
  const brand: BrandImages = { favicon };
  const look: ImageTheme = { accent: theme.accent, font: theme.font };
  if (model.logo) {
    const logo = model.logo;
    const header = async (scheme: BannerTheme): Promise<EncodedImage> => {
      const picture = await logoPng(logo[scheme], LOGO_HEIGHT * 2, options.encoder);
      const width1x = Math.max(1, Math.round(picture.width / 2));
      return encodeImage({ input: picture.png, name: `logo-${scheme}`, widths: [width1x, picture.width], formats: ["webp", "png"] }, brandOptions);
    };
    const [light, dark] = await Promise.all([header("light"), logo.dark === logo.light ? undefined : header("dark")]);
    brand.logo = { light, dark: dark ?? light, alt: logo.alt };
    const [shareLight, shareDark] = await Promise.all([logoPng(logo.light, SHARE_LOGO_HEIGHT * 2, options.encoder), logoPng(logo.dark, SHARE_LOGO_HEIGHT * 2, options.encoder)]);
    look.logo = { light: shareLight, dark: shareDark };
  }
  return { brand, look };
}

export async function buildEditionImages(
  model: SiteModel,
  edition: EditionModel,
  options: ImageOptions,
  site: { brand: BrandImages; look: ImageTheme },
): Promise<SiteImages> {
  const args = bannerArgs(model, edition, options.format);
  const call = options.text.get("banner_call");
  const style = model.site.theme.banner;
  // Each edition's images live under its permanent prefix, so an archive never depends on another edition's files.
  const editionOptions = { outDir: options.outDir, encoder: options.encoder, folder: `${edition.year}/img` };
  const bannerEntries = await Promise.all(
    BANNER_VARIANTS.map(async ([theme, shape]): Promise<[string, EncodedImage]> => {
      // Supplied pictures are used unless the theme asks for a drawn banner (code or title).
      const supplied = style === undefined || style === "images" ? suppliedBanner(edition, theme, shape) : undefined;
      const req = { name: `banner-${edition.year}-${theme}-${shape}`, widths: BANNER_WIDTHS[shape], formats: [...BANNER_FORMATS], formatWidths: { webp: [BANNER_FALLBACK_WIDTH[shape]] } };
      if (supplied) return [`${theme}-${shape}`, await encodeImage({ input: supplied, ...req }, editionOptions)];
      const banner = drawnBanner(model, edition, site.look, theme, shape, options);
      const draw = () => ({ svg: "title" in banner ? titleBannerSvg(banner.title).svg : bannerSvg(banner.code).svg, about: null });
      return [`${theme}-${shape}`, (await encodeDrawing(banner, draw, req, editionOptions)).image];
    }),
  );
  const speakerEntries = await Promise.all(
    edition.speakers.map(async (s): Promise<[string, EncodedImage]> => {
      const req = { name: `speaker-${edition.year}-${s.who.id}`, widths: PORTRAIT_WIDTHS, formats: ["avif" as const, "webp" as const], square: true };
      const image = s.photoFile
        ? await encodeImage({ input: readFileSync(s.photoFile), ...req }, editionOptions)
        : await encodeMonogram({ initials: initials(s.who), seed: s.who.id, size: PORTRAIT_WIDTHS[PORTRAIT_WIDTHS.length - 1]!, font: site.look.font }, req, editionOptions);
      return [s.who.id, image];
    }),
  );
  return {
    brand: site.brand,
    banner: Object.fromEntries(bannerEntries) as SiteImages["banner"],
    speakers: Object.fromEntries(speakerEntries),
    share: shareImageMaker({ label: editionName(model.site, edition.year), call, args, namePrefix: `share-${edition.year}`, look: site.look }, editionOptions),
  };
}
