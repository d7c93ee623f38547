// Field types shared by every content schema: URLs, ids, dates, zones, Markdown text.
import { z } from "zod";

const SAFE_SCHEMES = new Set(["http:", "https:"]);

/**
 * Size limits: far above any real workshop's content, low enough that a pasted file or a runaway
 * import fails with a clear message instead of producing a page nobody can load.
 */
export const LIMITS = {
  /** Characters in a one-line text (a title, a name, a social post). */
  text: 4_000,
  /** Characters in a Markdown text (news, abstracts, bios, pages). */
  markdown: 100_000,
  /** Characters in a URL. */
  url: 2_048,
  /** News items in one edition. */
  news: 1_000,
  /** Bytes in one content file. */
  fileBytes: 32 * 1024 * 1024,
} as const;

/** Numbers in messages, e.g. 100,000 (one formatter: `toLocaleString` would make one per call). */
export const messageNumber = new Intl.NumberFormat("en");

const tooLong = (max: number) => `is too long: at most ${messageNumber.format(max)} characters`;

/** An absolute http(s) URL. Other schemes (`javascript:`, `data:` …) are refused. */
export const httpUrl = z
  .string()
  .trim()
  .max(LIMITS.url, tooLong(LIMITS.url))
  .refine((value) => {
    try {
      return SAFE_SCHEMES.has(new URL(value).protocol);
    } catch {
      return false;
    }
  }, "must be an absolute http:// or https:// URL")
  .describe("An absolute http:// or https:// URL.");

/** An id made of lower-case letters, digits and dashes, e.g. `prem-devanbu`. */
export const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, "must use lower-case letters, digits and dashes only (e.g. `lin-tan`)")
  .describe("An id: lower-case letters, digits and dashes.");

/** Text rendered as Markdown (raw HTML is not allowed and is shown as text). */
export const markdown = z.string().min(1, "must not be empty").max(LIMITS.markdown, tooLong(LIMITS.markdown)).describe("Markdown text. Raw HTML is shown as text.");

/** A plain one-line text. */
export const text = z.string().trim().min(1, "must not be empty").max(LIMITS.text, tooLong(LIMITS.text));

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split("-").map(Number) as [number, number, number | undefined];
  const date = new Date(Date.UTC(y, m - 1, d ?? 1));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && (d === undefined || date.getUTCDate() === d);
}

/** A calendar day, `YYYY-MM-DD`. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD")
  .refine(isRealDate, "is not a real calendar date")
  .describe("A calendar day, YYYY-MM-DD.");

/** A day (`YYYY-MM-DD`) or just a month (`YYYY-MM`). */
export const dayOrMonth = z
  .string()
  .regex(/^\d{4}-\d{2}(-\d{2})?$/, "must be a day (YYYY-MM-DD) or a month (YYYY-MM)")
  .refine(isRealDate, "is not a real calendar date")
  .describe("A day (YYYY-MM-DD) or a month (YYYY-MM).");

/** A clock time, `HH:MM` (24 hours). */
export const clockTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a time written HH:MM (24 hours)")
  .describe("A clock time, HH:MM on a 24-hour clock.");

function isZone(value: string): boolean {
  if (value === "AoE" || value === "UTC") return true;
  if (/^(UTC)?[+-]\d{2}:\d{2}$/.test(value)) {
    const [h, m] = value.replace(/^UTC/, "").slice(1).split(":").map(Number) as [number, number];
    return h <= 14 && m < 60;
  }
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return value.includes("/");
  } catch {
    return false;
  }
}

/** A time zone: `AoE` (UTC−12, Anywhere on Earth), `UTC`, an offset such as `+05:30`, or an IANA name such as `Europe/Lisbon`. */
export const zone = z
  .string()
  .refine(isZone, "must be AoE, UTC, an offset such as +05:30, or an IANA zone such as Europe/Lisbon")
  .describe("A time zone: AoE (UTC-12), UTC, an offset such as +05:30, or an IANA zone such as Europe/Lisbon.");

/** A year of an edition, e.g. 2024. */
export const year = z.number().int().min(1900).max(2999).describe("A year, e.g. 2024.");
