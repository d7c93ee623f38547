// Interface texts with values: `{name}` placeholders filled from named values, and texts whose
// wording depends on a number (one form per plural category of the language, chosen by
// Intl.PluralRules). Shared by the pages and the browser scripts, which get their texts from data
// attributes and the language from `<html lang>`.

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
  private readonly plural: Intl.PluralRules;
  private readonly ordinal: Intl.PluralRules;
  private readonly numberFormat: Intl.NumberFormat;

  constructor(
    /** BCP 47 language tag, for plural categories and numbers. */
    readonly locale: string,
    readonly table: Readonly<Record<K, TextEntry>>,
  ) {
    this.plural = new Intl.PluralRules(locale);
    this.ordinal = new Intl.PluralRules(locale, { type: "ordinal" });
    this.numberFormat = new Intl.NumberFormat(locale);
  }

  /**
   * The template for `key`. A text with plural forms takes the form for `values.count` (how many:
   * `one`, `other` …), or for `values.nth` with the ordinal categories (1st, 2nd, 3rd: `one`, `two`, `few`, `other`).
   */
  private template(key: K, values: TextValues): string {
    const entry = this.table[key];
    if (entry === undefined) throw new Error(`no interface text "${key}"`);
    if (typeof entry === "string") return entry;
    if (typeof values.count === "number") return entry[this.plural.select(values.count)] ?? entry.other;
    if (typeof values.nth === "number") return entry[this.ordinal.select(values.nth)] ?? entry.other;
    throw new Error(`interface text "${key}" needs a number as {count} or {nth}`);
  }

  private value(value: string | number): string {
    return typeof value === "number" ? this.number(value) : value;
  }

  /** The text of `key` with its placeholders filled: `get("papers_accepted", { count: 3 })`. */
  get(key: K, values: TextValues = {}): string {
    return this.template(key, values).replace(PLACEHOLDER, (whole, name: string) => {
      const value = values[name];
      return value === undefined ? whole : this.value(value);
    });
  }

  /**
   * The text of `key` cut at its placeholders: literal text as strings, each placeholder as
   * `{ name }`, for a caller that fills them with something other than text (markup, see SiteTexts.html).
   */
  pieces(key: K, values: TextValues = {}): (string | { name: string })[] {
    const template = this.template(key, values);
    const out: (string | { name: string })[] = [];
    let last = 0;
    for (const m of template.matchAll(PLACEHOLDER)) {
      out.push(template.slice(last, m.index), { name: m[1]! });
      last = m.index + m[0].length;
    }
    out.push(template.slice(last));
    return out;
  }

  /** A number written the language's way. */
  number(value: number): string {
    return this.numberFormat.format(value);
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
