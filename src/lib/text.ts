// Interface texts with values: `{name}` placeholders filled from named values, and texts whose
// wording depends on a number (one form per plural category of the language, chosen by
// Intl.PluralRules). Shared by the pages and the browser scripts, which get their texts from data
// attributes and the language from `<html lang>`.
import { html, safe, type HtmlValue, type SafeHtml } from "./html.ts";

/** A text per plural category (`one`, `other`, …, as Intl.PluralRules names them); `other` is required. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** An interface text: plain (with optional placeholders) or one form per plural category. */
export type TextEntry = string | PluralForms;

/** Values for placeholders. Numbers are written the language's way (`1,234` / `1 234`). */
export type TextValues = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{([a-z][a-z0-9_]*)\}/g;

/** The placeholder names a text uses: `"{count} of {total}"` → `["count", "total"]`. */
export function placeholdersOf(entry: TextEntry): string[] {
  const texts = typeof entry === "string" ? [entry] : Object.values(entry);
  return [...new Set(texts.flatMap((t) => [...(t ?? "").matchAll(PLACEHOLDER)].map((m) => m[1]!)))];
}

/** The interface texts of a site in its language. */
export class Texts<K extends string = string> {
  readonly #plural: Intl.PluralRules;
  readonly #ordinal: Intl.PluralRules;
  readonly #number: Intl.NumberFormat;

  constructor(
    /** BCP 47 language tag, for plural categories and numbers. */
    readonly locale: string,
    readonly table: Readonly<Record<K, TextEntry>>,
  ) {
    this.#plural = new Intl.PluralRules(locale);
    this.#ordinal = new Intl.PluralRules(locale, { type: "ordinal" });
    this.#number = new Intl.NumberFormat(locale);
  }

  /**
   * The template for `key`. A text with plural forms takes the form for `values.count` (how many:
   * `one`, `other` …), or for `values.nth` with the ordinal categories (1st, 2nd, 3rd: `one`, `two`, `few`, `other`).
   */
  #template(key: K, values: TextValues): string {
    const entry = this.table[key];
    if (entry === undefined) throw new Error(`no interface text "${key}"`);
    if (typeof entry === "string") return entry;
    if (typeof values.count === "number") return entry[this.#plural.select(values.count)] ?? entry.other;
    if (typeof values.nth === "number") return entry[this.#ordinal.select(values.nth)] ?? entry.other;
    throw new Error(`interface text "${key}" needs a number as {count} or {nth}`);
  }

  #value(value: string | number): string {
    return typeof value === "number" ? this.#number.format(value) : value;
  }

  /** The text of `key` with its placeholders filled: `get("papers_accepted", { count: 3 })`. */
  get(key: K, values: TextValues = {}): string {
    return this.#template(key, values).replace(PLACEHOLDER, (whole, name: string) => {
      const value = values[name];
      return value === undefined ? whole : this.#value(value);
    });
  }

  /**
   * The text of `key` as HTML: the text itself is escaped, values may be markup built with `html`
   * (a link inside a sentence): `text.html("footer_colocated", { title, conference: html\`<a …>…</a>\` })`.
   */
  html(key: K, values: Readonly<Record<string, HtmlValue>> = {}): SafeHtml {
    const numbers = Object.fromEntries(Object.entries(values).filter((e): e is [string, number] => typeof e[1] === "number"));
    const template = this.#template(key, numbers);
    let out = "";
    let last = 0;
    for (const m of template.matchAll(PLACEHOLDER)) {
      const value = values[m[1]!];
      out += html`${template.slice(last, m.index)}`.toString();
      out += value === undefined ? html`${m[0]}`.toString() : typeof value === "number" ? html`${this.#value(value)}`.toString() : html`${value}`.toString();
      last = m.index + m[0].length;
    }
    return safe(out + html`${template.slice(last)}`.toString());
  }

  /** Some entries as JSON, for a data attribute a browser script reads back with `Texts.fromJson`. */
  json(keys: readonly K[]): string {
    return JSON.stringify(Object.fromEntries(keys.map((k) => [k, this.table[k]])));
  }

  /** The texts a page handed to a script (see `json`). */
  static fromJson<K extends string>(locale: string, json: string | undefined): Texts<K> {
    return new Texts<K>(locale, JSON.parse(json ?? "{}") as Record<K, TextEntry>);
  }
}
