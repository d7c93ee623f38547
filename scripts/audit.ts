/**
 * `npm run audit`: Lighthouse (mobile, simulated throttling) on the home, papers, program and
 * dates pages of a fresh build, three runs per page, reporting the median run (Lighthouse's own
 * choice of the run closest to the median FCP and TTI) and checking the performance budgets:
 *
 * - all four category scores are 100;
 * - every page but the full papers list transfers under 100 KB (gzip), images included, at
 *   Lighthouse's mobile width;
 * - on the home page, the HTML, CSS and blocking script needed for the first paint transfer
 *   under 14 KB, and the banner (the LCP element) under 25 KB, requested at high priority;
 * - no layout shift (CLS 0) and no request to another origin.
 *
 * The site is served the way GitHub Pages serves it (text gzipped). Exits with status 1 when a
 * score or a budget fails.
 *
 *     npm run audit [-- --runs=3 --port=4190 --pages=,papers/]
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";
import { computeMedianRun } from "lighthouse/core/lib/median-run.js";
import { buildSite } from "./build.ts";
import { CHROMIUM_ARGS, findChromium, FULL_CHROMIUM } from "./chromium.ts";
import { createSiteServer } from "./serve.ts";
import { option } from "./cli.ts";

type Result = NonNullable<Awaited<ReturnType<typeof lighthouse>>>["lhr"];

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const KB = 1024;
const BUDGET = { page: 100 * KB, firstPaint: 14 * KB, banner: 25 * KB };

interface NetworkItem {
  url: string;
  transferSize: number;
  resourceType?: string;
  priority?: string;
  mimeType?: string;
}

interface PageReport {
  page: string;
  scores: Record<(typeof CATEGORIES)[number], number>;
  metrics: { fcp: number; lcp: number; tbt: number; cls: number; si: number };
  bytes: { total: number; requests: number; firstPaint: number; banner?: { bytes: number; priority: string } };
  failures: string[];
}

function networkItems(lhr: Result): NetworkItem[] {
  const details = lhr.audits["network-requests"]?.details as { items?: NetworkItem[] } | undefined;
  return details?.items ?? [];
}

function check(page: string, lhr: Result, origin: string): PageReport {
  const failures: string[] = [];
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as PageReport["scores"];
  for (const c of CATEGORIES) if (scores[c] < 100) failures.push(`${c} score ${scores[c]} < 100`);

  const metric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const metrics = { fcp: metric("first-contentful-paint"), lcp: metric("largest-contentful-paint"), tbt: metric("total-blocking-time"), cls: metric("cumulative-layout-shift"), si: metric("speed-index") };
  if (metrics.cls !== 0) failures.push(`layout shift: CLS ${metrics.cls}`);

  const items = networkItems(lhr);
  const foreign = items.filter((i) => !i.url.startsWith(origin) && !i.url.startsWith("data:"));
  for (const f of foreign) failures.push(`request to another origin: ${f.url}`);
  const total = items.reduce((sum, i) => sum + (i.transferSize ?? 0), 0);
  const isPapersList = page === "papers/";
  if (!isPapersList && total >= BUDGET.page) failures.push(`transfers ${kb(total)}, budget ${kb(BUDGET.page)}`);

  // What the first paint needs: the document and the render-blocking resources in <head>.
  const blocking = new Set(((lhr.audits["render-blocking-insight"] ?? lhr.audits["render-blocking-resources"])?.details as { items?: { url: string }[] } | undefined)?.items?.map((i) => i.url) ?? []);
  const firstPaint = items
    .filter((i) => i.resourceType === "Document" || i.resourceType === "Stylesheet" || blocking.has(i.url) || (i.resourceType === "Script" && /\/js\/theme\.js$/.test(i.url)))
    .reduce((sum, i) => sum + i.transferSize, 0);

  const report: PageReport = { page, scores, metrics, bytes: { total, requests: items.length, firstPaint }, failures };
  if (page === "") {
    if (firstPaint >= BUDGET.firstPaint) failures.push(`first paint needs ${kb(firstPaint)}, budget ${kb(BUDGET.firstPaint)}`);
    const banners = items.filter((i) => /\/img\/banner-/.test(i.url));
    if (banners.length !== 1) failures.push(`${banners.length} banner downloads (expected exactly one)`);
    const banner = banners[0];
    if (banner) {
      report.bytes.banner = { bytes: banner.transferSize, priority: banner.priority ?? "?" };
      if (banner.transferSize >= BUDGET.banner) failures.push(`banner is ${kb(banner.transferSize)}, budget ${kb(BUDGET.banner)}`);
      if (banner.priority !== "High" && banner.priority !== "VeryHigh") failures.push(`banner requested at ${banner.priority} priority`);
    }
    const lcpElement = JSON.stringify(lhr.audits["largest-contentful-paint-element"]?.details ?? "");
    if (!/banner/.test(lcpElement)) failures.push("the banner is not the LCP element");
  }
  // Failed audits that carry no weight in the score are still worth seeing.
  for (const id of ["lcp-lazy-loaded", "prioritize-lcp-image", "unsized-images", "csp-xss"]) {
    const audit = lhr.audits[id];
    if (audit && audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== "notApplicable") report.failures.push(`note: ${id}: ${audit.title}`);
  }
  return report;
}

/** Writes a gzipped copy beside every text file of the audit's own build, for the server to send as GitHub Pages compresses. */
function gzipTextFiles(dir: string): void {
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(html|css|js|json|xml|svg|webmanifest|txt|ics|bib)$/.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), { level: 9 }));
  }
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const ms = (value: number) => `${Math.round(value)} ms`;

async function main(): Promise<void> {
  const runs = Number(option(process.argv.slice(2), "runs") ?? "3");
  const port = Number(option(process.argv.slice(2), "port") ?? process.env.AUDIT_PORT ?? "4190");
  const pages = (option(process.argv.slice(2), "pages") ?? ",papers/,program/,dates/").split(",");
  const tmp = mkdtempSync(path.join(os.tmpdir(), "colloquy-audit-"));
  const out = await buildSite({ output: path.join(tmp, "site"), quiet: true });
  gzipTextFiles(out);
  const server = createSiteServer({ dir: out, gzip: true });
  await new Promise<void>((resolve, reject) => server.once("error", reject).listen(port, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const chrome = await launch({ chromePath: process.env.CHROME_PATH ?? (await findChromium(FULL_CHROMIUM)), chromeFlags: ["--headless=new", ...CHROMIUM_ARGS] });
  const reports: PageReport[] = [];
  try {
    for (const page of pages) {
      const results: Result[] = [];
      for (let i = 0; i < runs; i++) {
        const run = await lighthouse(`${origin}/${page}`, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] });
        if (!run) throw new Error(`Lighthouse returned nothing for /${page}`);
        results.push(run.lhr);
        process.stderr.write(".");
      }
      reports.push(check(page, computeMedianRun(results), origin));
    }
  } finally {
    process.stderr.write("\n");
    await chrome.kill();
    server.closeAllConnections();
    server.close();
    rmSync(tmp, { recursive: true, force: true });
  }

  console.log(`Lighthouse ${runs > 1 ? `median of ${runs} runs` : "1 run"}, mobile (simulated slow 4G, 4× CPU slowdown), served gzipped\n`);
  console.log("page       perf  a11y  best  seo   FCP      LCP      TBT    CLS  transfer (requests)  first paint");
  for (const r of reports) {
    const name = `/${r.page}`.padEnd(10);
    const s = CATEGORIES.map((c) => String(r.scores[c]).padStart(4)).join("  ");
    console.log(
      `${name} ${s}   ${ms(r.metrics.fcp).padEnd(8)} ${ms(r.metrics.lcp).padEnd(8)} ${ms(r.metrics.tbt).padEnd(6)} ${String(r.metrics.cls).padEnd(4)} ${`${kb(r.bytes.total)} (${r.bytes.requests})`.padEnd(20)} ${kb(r.bytes.firstPaint)}`,
    );
  }
  const home = reports.find((r) => r.page === "");
  if (home?.bytes.banner) console.log(`\nbanner (LCP element): ${kb(home.bytes.banner.bytes)}, ${home.bytes.banner.priority} priority`);
  console.log(`budgets: page < ${kb(BUDGET.page)} (not the papers list), home first paint < ${kb(BUDGET.firstPaint)}, banner < ${kb(BUDGET.banner)}, CLS 0, no other origin, every score 100`);
  let failed = false;
  for (const r of reports) {
    for (const f of r.failures) {
      if (!f.startsWith("note: ")) failed = true;
      console.log(`${f.startsWith("note: ") ? "  " : "✗ "}/${r.page}: ${f}`);
    }
  }
  console.log(failed ? "\nAudit failed." : "\nEvery score and budget holds.");
  process.exitCode = failed ? 1 : 0;
}

await main();
