// The link-rot report, without any I/O: what a checked external link's result means (OK, dead, or
// not verifiable), and the report as rows, Markdown (for a person or a GitHub job summary) and JSON.
// scripts/link-rot.ts finds the links and has linkinator check them.
import { STATUS_CODES } from "node:http";

/** The part of a linkinator result this module reads. */
export interface CheckerResult {
  url: string;
  status?: number;
  state: "OK" | "BROKEN" | "SKIPPED";
  failureDetails?: readonly unknown[];
}

/** What became of one external link once every retry was spent. */
export type Outcome =
  | { state: "ok"; status: number; retries: number; redirectedTo?: string }
  | { state: "dead"; status: number; retries: number; cause: "http" | "timeout" | "network"; detail?: string }
  /** The server refused an automated visitor (bot protection: 999, or 403 from a challenge), so nothing is known. */
  | { state: "unverified"; status: number };

export interface CheckedLink {
  url: string;
  /** The pages (site paths such as `/2024/`) the link appears on, sorted. */
  pages: string[];
  outcome: Outcome;
}

export interface LinkRotReport {
  /** How many pages of the built site were read. */
  pages: number;
  /** Every distinct external link, sorted by URL. */
  links: CheckedLink[];
}

export interface ReportRow {
  page: string;
  link: string;
  status: string;
}

function isError(value: unknown): value is Error {
  return value instanceof Error || (typeof value === "object" && value !== null && "name" in value && "message" in value);
}

/**
 * The outcome of a linkinator result. `retries` is how often linkinator retried the link,
 * `redirectedTo` where a followed redirect ended, `timeout` the time allowed per request (ms).
 */
export function classify(result: CheckerResult, { retries = 0, redirectedTo, timeout }: { retries?: number; redirectedTo?: string; timeout: number }): Outcome {
  const status = result.status ?? 0;
  if (result.state === "SKIPPED") return { state: "unverified", status };
  if (result.state === "OK") return redirectedTo && redirectedTo !== result.url ? { state: "ok", status, retries, redirectedTo } : { state: "ok", status, retries };
  if (status > 0) return { state: "dead", status, retries, cause: "http" };
  const errors = (result.failureDetails ?? []).filter(isError);
  // fetch rejects with a TimeoutError when linkinator's AbortSignal.timeout fires.
  if (errors.some((e) => e.name === "TimeoutError" || e.name === "AbortError")) {
    return { state: "dead", status, retries, cause: "timeout", detail: `no answer within ${timeout} ms` };
  }
  // fetch's "fetch failed" carries the system error (ENOTFOUND, ECONNREFUSED, a certificate problem) as its cause.
  const error = errors[0];
  const cause = error?.cause as { code?: unknown; message?: unknown } | undefined;
  const detail = String(cause?.code ?? cause?.message ?? error?.message ?? "no response");
  return { state: "dead", status, retries, cause: "network", detail };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const httpStatus = (status: number) => [status, STATUS_CODES[status]].filter(Boolean).join(" ");
const afterRetries = (retries: number) => (retries > 0 ? ` after ${plural(retries, "retry", "retries")}` : "");

/** The status column: `404 Not Found`, `200 OK after 1 retry`, `timeout (no answer within 1000 ms) after 2 retries`… */
export function statusText(outcome: Outcome): string {
  switch (outcome.state) {
    case "ok":
      return `${httpStatus(outcome.status)}${afterRetries(outcome.retries)}${outcome.redirectedTo ? `, redirected to ${outcome.redirectedTo}` : ""}`;
    case "unverified":
      return `${httpStatus(outcome.status)}: refused by bot protection, not verified`;
    case "dead": {
      const what = outcome.cause === "http" ? httpStatus(outcome.status) : `${outcome.cause === "timeout" ? "timeout" : "network error"} (${outcome.detail})`;
      return `${what}${afterRetries(outcome.retries)}`;
    }
  }
}

/** The report of the links found (link → pages) and their outcomes; a link without an outcome is left out. */
export function buildReport(pages: number, found: ReadonlyMap<string, Iterable<string>>, outcomes: ReadonlyMap<string, Outcome>): LinkRotReport {
  const links: CheckedLink[] = [];
  for (const [url, on] of found) {
    const outcome = outcomes.get(url);
    if (outcome) links.push({ url, pages: [...new Set(on)].sort(compare), outcome });
  }
  return { pages, links: links.sort((a, b) => compare(a.url, b.url)) };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** One row per page and link, sorted by page, then link; `state` filters (default: every link). */
export function reportRows(report: LinkRotReport, state?: Outcome["state"]): ReportRow[] {
  return report.links
    .filter((l) => state === undefined || l.outcome.state === state)
    .flatMap((l) => l.pages.map((page) => ({ page, link: l.url, status: statusText(l.outcome) })))
    .sort((a, b) => compare(a.page, b.page) || compare(a.link, b.link));
}

/** Counts of the distinct links by outcome. */
export function counts(report: LinkRotReport): { links: number; dead: number; unverified: number; ok: number; redirected: number } {
  const of = (state: Outcome["state"]) => report.links.filter((l) => l.outcome.state === state).length;
  const redirected = report.links.filter((l) => l.outcome.state === "ok" && l.outcome.redirectedTo).length;
  return { links: report.links.length, dead: of("dead"), unverified: of("unverified"), ok: of("ok"), redirected };
}

// A table cell: a pipe would end the cell (GitHub unescapes `\|` even inside an autolink), a line break the row.
const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");
// URLs serialised by WHATWG URL hold no space, `<` or `>`, so an angle-bracket autolink keeps them whole.
const link = (url: string) => `<${url}>`;

function table(head: string[], rows: string[][]): string[] {
  return [`| ${head.join(" | ")} |`, `|${head.map(() => " --- |").join("")}`, ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`)];
}

/** The report in GitHub-flavoured Markdown: a count line, then the dead, unverified and redirected links. */
export function reportMarkdown(report: LinkRotReport): string {
  const n = counts(report);
  const dead = reportRows(report, "dead");
  const lines = ["## Link rot", ""];
  const parts = [
    `${n.dead} dead${n.dead > 0 ? ` (on ${plural(new Set(dead.map((r) => r.page)).size, "page", "pages")})` : ""}`,
    ...(n.unverified > 0 ? [`${n.unverified} not verified`] : []),
    `${n.ok} OK${n.redirected > 0 ? ` (${n.redirected} redirected)` : ""}`,
  ];
  lines.push(`${plural(n.links, "external link", "external links")} on ${plural(report.pages, "page", "pages")} checked: ${parts.join(", ")}.`);
  if (n.dead > 0) {
    lines.push("", "### Dead links", "", ...table(["Page", "Link", "Status"], dead.map((r) => [r.page, link(r.link), r.status])));
  } else {
    lines.push("", "No dead links.");
  }
  if (n.unverified > 0) {
    const rows = reportRows(report, "unverified");
    lines.push("", "### Not verified", "", "These servers turn automated visitors away; open the links in a browser.", "");
    lines.push(...table(["Page", "Link", "Status"], rows.map((r) => [r.page, link(r.link), r.status])));
  }
  const redirected = report.links.filter((l) => l.outcome.state === "ok" && l.outcome.redirectedTo);
  if (redirected.length > 0) {
    lines.push("", "### Redirected", "", "These still work, at another address; consider linking to it directly.", "");
    lines.push(...table(["Link", "Now at", "Pages"], redirected.map((l) => [link(l.url), link((l.outcome as { redirectedTo: string }).redirectedTo), l.pages.join(", ")])));
  }
  return `${lines.join("\n")}\n`;
}

/** The report as JSON-ready data: the counts, and every link with its pages and outcome. */
export function reportJson(report: LinkRotReport): object {
  return {
    pages: report.pages,
    ...counts(report),
    results: report.links.map((l) => ({ url: l.url, ...l.outcome, text: statusText(l.outcome), pages: l.pages })),
  };
}
