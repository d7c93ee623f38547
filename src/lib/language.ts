// A site's language on the render context: its formats (Intl, from `site.language`) and its
// interface texts (English defaults with content/labels.yaml over them).
import { formatsFor, type Formats } from "./formats.ts";
import { siteTexts, type LabelKey, type SiteTexts } from "./labels.ts";
import type { TextEntry } from "./text.ts";

export interface SiteLanguage {
  format: Formats;
  text: SiteTexts;
}

/** The formats and texts of a site in `locale`, with the site's own texts over the defaults. */
export function siteLanguage(locale: string, labels: Readonly<Partial<Record<LabelKey, TextEntry | undefined>>> = {}): SiteLanguage {
  const text = siteTexts(locale, labels);
  return { format: formatsFor(locale, text), text };
}
