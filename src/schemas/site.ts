// content/site.yaml: what holds for the workshop across all its editions.
import { z } from "zod";
import { NETWORK_IDS } from "../lib/networks.ts";
import { TEXT_FONT_IDS } from "../lib/text-fonts.ts";
import { httpUrl, text, year } from "./common.ts";

/** An account of the workshop on a social network. */
export const socialAccount = z
  .strictObject({
    /** The network, used for the label. */
    network: z.enum(NETWORK_IDS).describe("The network."),
    /** The handle as people write it, e.g. `@vera`. */
    handle: text.describe("The handle as people write it, e.g. @vera."),
    /** The profile's address. */
    url: httpUrl.describe("The profile's address."),
  })
  .describe("An account of the workshop on a social network.");

/** A colour written as `#rrggbb` or `#rgb`. */
const hexColour = z
  .string()
  .trim()
  .regex(/^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, "must be a hex colour such as #1f4fbf")
  .transform((value) => value.toLowerCase())
  .describe("A colour written #rrggbb or #rgb.");

/** A picture under assets/, SVG or PNG: `logo.svg`, `brand/logo-dark.png`. */
const logoFile = z
  .string()
  .trim()
  .regex(/^(?!\/)(?!.*(^|\/)\.\.?(\/|$))[^\\]+\.([sS][vV][gG]|[pP][nN][gG])$/, "must be the path of an .svg or .png file under assets/, e.g. logo.svg")
  .describe("Path of an SVG or PNG file under assets/, e.g. logo.svg.");

/** The workshop's look: accent colours, logo, text font and banner. Every field has a default. */
export const themeSchema = z
  .strictObject({
    /** The colour of links, buttons, the current menu item, the banner and the share images. */
    accent: z
      .strictObject({
        light: hexColour.default("#1f4fbf").describe("Accent on light pages; at least 4.5:1 on the page and with white button text."),
        dark: hexColour.default("#8fb4ff").describe("Accent on dark pages; at least 4.5:1 on the page and with dark button text."),
      })
      .prefault({})
      .describe("Accent colours for the light and the dark scheme."),
    /** A logo, shown in the header (in place of the short name), on share images and as the favicon. */
    logo: z
      .strictObject({
        light: logoFile.describe("The logo on light pages: an SVG or PNG file under assets/."),
        dark: logoFile.optional().describe("The logo on dark pages; the light one when absent."),
        alt: text.describe("What the logo says, e.g. the workshop's short name; it names the home link."),
      })
      .optional()
      .describe("The workshop's logo; without it the header shows the short name and the favicon its initial."),
    /** The font of the pages, the banner and the share images. */
    font: z.enum(TEXT_FONT_IDS).default("atkinson-hyperlegible").describe("The text font: atkinson-hyperlegible (default) or source-sans-3."),
    /** How the home banner is made; by default, from assets/<year>/banner/ when it holds images, else `code`. */
    banner: z
      .enum(["code", "title", "images"])
      .optional()
      .describe("The home banner: code (an editor window), title (the name, date and place set in type) or images (assets/<year>/banner/). Default: images when supplied, else code."),
  })
  .describe("The workshop's look: accent colours, logo, text font and banner.");
/** The browser editor at /admin/ (Decap CMS or Sveltia CMS): where it reads and saves the content. */
export const editorSchema = z
  .strictObject({
    /** Which CMS the page at /admin/ loads; both read the same configuration. */
    cms: z
      .enum(["decap", "sveltia"])
      .default("decap")
      .describe("The CMS at /admin/: decap (Decap CMS, GitHub login through an OAuth proxy) or sveltia (Sveltia CMS, also signs in with a personal access token). Default decap."),
    /** The CMS backend; only GitHub is supported. */
    backend: z.enum(["github"]).default("github").describe("The CMS backend: github."),
    /** The repository holding content/, as `owner/name`. */
    repo: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/, "must be a GitHub repository written owner/name")
      .describe("The GitHub repository holding content/, written owner/name."),
    /** The branch the editor reads and saves to. */
    branch: text.default("main").describe("The branch the editor reads and saves to. Default main."),
    /** An OAuth proxy for Decap CMS's GitHub login, e.g. `https://oauth.example.org`; GitHub's own site when absent. */
    base_url: httpUrl.optional().describe("The OAuth proxy that signs Decap CMS in to GitHub, e.g. https://oauth.example.org."),
    /** The proxy's path that starts the login, e.g. `auth`. */
    auth_endpoint: z
      .string()
      .regex(/^[A-Za-z0-9._~/-]+$/, "must be a path such as auth or api/auth")
      .optional()
      .describe("The OAuth proxy's login path, e.g. auth (Decap's default)."),
    /** Save through pull requests (Decap's editorial workflow) instead of commits on the branch. */
    pull_requests: z.boolean().default(true).describe("Save each change as a pull request (editorial workflow) instead of a commit on the branch. Default true."),
  })
  .describe("The browser editor at /admin/: the repository it saves to.");

/** True for a well-formed BCP 47 tag whose language Intl can write dates in. */
function supportedLocale(tag: string): boolean {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    return canonical !== undefined && Intl.DateTimeFormat.supportedLocalesOf([canonical]).length > 0;
  } catch {
    return false;
  }
}

export const siteSchema = z
  .strictObject({
    /** The workshop's short name, e.g. `VerA`. */
    short_name: text.describe("The workshop's short name, e.g. VerA."),
    /** The workshop's full name without edition, e.g. `Workshop on Verification of Learning Agents`. */
    name: text.describe("The workshop's full name, without the edition."),
    /** One sentence describing the workshop, used in search results and link previews. */
    description: text.describe("One sentence describing the workshop, for search results and link previews."),
    /** The site's public origin, e.g. `https://vera-workshop.github.io`; the path comes from the build's base path. */
    url: httpUrl.describe("The site's public origin, e.g. https://vera-workshop.github.io (the path comes from the build's base path)."),
    /** A custom domain for GitHub Pages (written to CNAME), e.g. `vera-workshop.org`; leave out for <owner>.github.io. */
    domain: z
      .string()
      .regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, "must be a host name such as example.org")
      .optional()
      .describe("Custom domain for GitHub Pages, written to CNAME; omit for a github.io address."),
    /** The edition shown at the root of the site. */
    current_edition: year.describe("The edition shown at the root of the site."),
    /** The site's language, as a BCP 47 tag: it sets `<html lang>` and how dates, times and numbers are written. */
    language: z
      .string()
      .trim()
      .refine(supportedLocale, "must be a language tag (BCP 47) that Intl supports, e.g. en-GB, en-US, fr, pt-BR")
      .default("en")
      .describe("The site's language (BCP 47, e.g. en-GB, en-US, fr): <html lang> and how dates, times and numbers are written. Default en."),
    /** Social accounts, shown in the footer. */
    social: z.array(socialAccount).default([]).describe("Social accounts, shown in the footer."),
    /** The workshop's look; every field is optional. */
    theme: themeSchema.prefault({}),
    /** The browser editor at /admin/; the editor is published only when this is given. */
    editor: editorSchema.optional(),
  })
  .describe("Workshop-wide settings (content/site.yaml).");

export type Site = z.infer<typeof siteSchema>;
export type SocialAccount = z.infer<typeof socialAccount>;
export type SiteEditor = z.infer<typeof editorSchema>;
export type SiteTheme = z.infer<typeof themeSchema>;
export type BannerStyle = NonNullable<SiteTheme["banner"]>;
