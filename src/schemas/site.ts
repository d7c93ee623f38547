// content/site.yaml: what holds for the workshop across all its editions.
import { z } from "zod";
import { httpUrl, text, year } from "./common.ts";

/** An account of the workshop on a social network. */
export const socialAccount = z
  .strictObject({
    /** The network, used for the label. */
    network: z.enum(["x", "bluesky", "mastodon", "github", "linkedin", "youtube"]).describe("The network."),
    /** The handle as people write it, e.g. `@llm4code`. */
    handle: text.describe("The handle as people write it, e.g. @llm4code."),
    /** The profile's address. */
    url: httpUrl.describe("The profile's address."),
  })
  .describe("An account of the workshop on a social network.");

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
    /** The workshop's short name, e.g. `LLM4Code`. */
    short_name: text.describe("The workshop's short name, e.g. LLM4Code."),
    /** The workshop's full name without edition, e.g. `International Workshop on Large Language Models for Code`. */
    name: text.describe("The workshop's full name, without the edition."),
    /** One sentence describing the workshop, used in search results and link previews. */
    description: text.describe("One sentence describing the workshop, for search results and link previews."),
    /** The site's public origin, e.g. `https://llm4code.github.io`; the path comes from the build's base path. */
    url: httpUrl.describe("The site's public origin, e.g. https://llm4code.github.io (the path comes from the build's base path)."),
    /** A custom domain for GitHub Pages (written to CNAME), e.g. `llm4code.org`; leave out for <owner>.github.io. */
    domain: z
      .string()
      .regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, "must be a host name such as llm4code.org")
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
  })
  .describe("Workshop-wide settings (content/site.yaml).");

export type Site = z.infer<typeof siteSchema>;
export type SocialAccount = z.infer<typeof socialAccount>;
