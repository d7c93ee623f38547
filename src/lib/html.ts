// The one escaping `html` tagged template. Every interpolated value is escaped unless it is a
// SafeHtml produced by this tag or by the explicit `safe()` (used only for markdown-it output
// and for other trusted, already-built markup such as generated SVG).

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "`": "&#96;",
};

/** Escape text for use in HTML text or a quoted attribute value. */
export function escapeHtml(value: string): string {
  // Most text has nothing to escape: a test is cheaper than a replace that copies.
  return SPECIAL.test(value) ? value.replace(SPECIALS, (c) => ESCAPES[c] ?? c) : value;
}
const SPECIAL = /[&<>"'`]/;
const SPECIALS = /[&<>"'`]/g;

/** Markup that is already safe to emit as is. Only `html` and `safe()` create it. */
export class SafeHtml {
  readonly #value: string;
  constructor(value: string) {
    this.#value = value;
  }
  toString(): string {
    return this.#value;
  }
}

/** A value that may be interpolated into `html`. Arrays are joined; null, undefined and false render nothing. */
export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof SafeHtml) return value.toString();
  if (Array.isArray(value)) return value.map(render).join("");
  if (value === true) return "";
  return escapeHtml(String(value));
}

/** Tagged template: `html\`<p>${text}</p>\`` escapes `text`; nested `html` results pass through. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? "";
  for (let i = 0; i < values.length; i++) {
    out += render(values[i] as HtmlValue) + (strings[i + 1] ?? "");
  }
  return new SafeHtml(out);
}

/** Mark trusted markup (markdown-it output with raw HTML disabled, generated SVG) as safe. */
export function safe(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/** Join pieces with a separator, escaping strings. */
export function join(items: readonly HtmlValue[], separator: HtmlValue = ""): SafeHtml {
  return new SafeHtml(items.map(render).join(render(separator)));
}
