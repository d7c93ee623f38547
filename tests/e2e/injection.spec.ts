/**
 * Script-injection payloads in every text field of every content file and in Markdown front
 * matter and bodies are inert in a real browser. The spec builds such a site into a temporary
 * folder, serves it, and visits every page twice: once with the Content-Security-Policy bypassed
 * (escaping alone must keep every payload inert) and once with it (no violation may be reported,
 * which would mean markup from the data reached the page). Any dialog, any console marker, any
 * global the payloads set, any `on*` attribute or unsafe link in the DOM fails the test.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test, type Browser } from "@playwright/test";
import { createSiteServer } from "../../scripts/serve.ts";
import { injectEverywhere } from "../build/inject.ts";
import { copyContent } from "../helpers.ts";
import { currentYear } from "../site/pages.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const MARKER = "colloquy-xss-ran";

/** Each payload, if it ever ran, would open a dialog, log the marker and set a global. */
const run = (n: number) => `alert(${n}),console.log('${MARKER}'),window.xss=${n}`;
const PAYLOAD = [
  `<script>${run(1)}</script>`,
  `<img src=x onerror="${run(2)}">`,
  `"><svg onload="${run(3)}">`,
  `" onmouseover="${run(4)}" x="`,
  `' onfocus='${run(5)}' autofocus x='`,
  `</title><script>${run(6)}</script>`,
  `javascript:${run(7)}`,
  `[md](javascript:${run(8)}) [md2](JaVaScRiPt:${run(9)}) [md3](data:text/html;base64,PHNjcmlwdD5hbGVydCgxMCk8L3NjcmlwdD4=)`,
  `<a href="javascript:${run(11)}">raw</a> <javascript:${run(12)}>`,
  `{{ 7*7 }} \${7*7}`,
].join(" ");

function htmlFiles(dir: string, relative = ""): string[] {
  return readdirSync(path.join(dir, relative), { withFileTypes: true }).flatMap((entry) => {
    const child = relative ? `${relative}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return htmlFiles(dir, child);
    return entry.name.endsWith(".html") ? [child] : [];
  });
}

async function visitAll(browser: Browser, origin: string, pages: string[], bypassCSP: boolean): Promise<string[]> {
  const context = await browser.newContext({ bypassCSP });
  const page = await context.newPage();
  const problems: string[] = [];
  let where = "";
  page.on("dialog", async (dialog) => {
    problems.push(`${where}: a dialog opened: ${dialog.message()}`);
    await dialog.dismiss();
  });
  page.on("console", (message) => {
    if (message.text().includes(MARKER)) problems.push(`${where}: an injected script ran`);
    if (!bypassCSP && /Content Security Policy/i.test(message.text())) problems.push(`${where}: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`${where}: uncaught ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`Content Security Policy violation: ${e.effectiveDirective}`));
  });
  for (const file of pages) {
    where = `/${file} (${bypassCSP ? "CSP bypassed" : "with CSP"})`;
    await page.goto(`${origin}/${file === "index.html" ? "" : file}`, { waitUntil: "load" });
    // Give every handler a chance: hover and focus everything, scroll to the end.
    await page.evaluate(() => {
      for (const element of Array.from(document.querySelectorAll<HTMLElement>("body *"))) {
        element.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
        element.focus?.();
      }
      window.scrollTo(0, document.body.scrollHeight);
    });
    const dom = await page.evaluate(() => {
      const bad: string[] = [];
      if ((window as unknown as { xss?: number }).xss !== undefined) bad.push("window.xss is set");
      for (const element of Array.from(document.querySelectorAll("*"))) {
        for (const attr of Array.from(element.attributes)) {
          if (/^on/i.test(attr.name)) bad.push(`<${element.localName} ${attr.name}>`);
          if (/^(href|src|action|formaction|xlink:href)$/i.test(attr.name) && /^\s*(javascript|vbscript|data):/i.test(attr.value)) bad.push(`<${element.localName} ${attr.name}="${attr.value.slice(0, 40)}">`);
        }
      }
      for (const script of Array.from(document.scripts)) {
        if (!script.src && script.type !== "application/ld+json") bad.push(`inline <script>${script.textContent?.slice(0, 40)}`);
      }
      return { bad, text: document.body.innerText };
    });
    problems.push(...dom.bad.map((b) => `${where}: ${b}`));
    if (file === "index.html" && !dom.text.includes("<script>alert(1)")) problems.push(`${where}: the payload is not shown as text`);
  }
  await context.close();
  return problems;
}

test("every payload in every field renders inert in Chromium: no dialog, no script, no CSP violation", async ({ browser }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "one browser pass is enough: the markup is the same");
  test.setTimeout(240_000);

  const { content, assets } = copyContent();
  const count = injectEverywhere(content, PAYLOAD);
  expect(count, "fields that took the payload").toBeGreaterThan(150);
  const quoted = JSON.stringify(PAYLOAD);
  writeFileSync(
    path.join(content, "2024/pages/about.md"),
    `---\ntitle: ${quoted}\ndescription: ${quoted}\nnav_title: ${quoted}\n---\n\n${PAYLOAD}\n\n# ${PAYLOAD}\n\n> ${PAYLOAD}\n`,
  );
  writeFileSync(path.join(content, "2024/pages/extra.md"), `---\ntitle: ${quoted}\nnav_order: 9\n---\n\n${PAYLOAD}\n`);

  const out = path.join(mkdtempSync(path.join(os.tmpdir(), "colloquy-xss-")), "site");
  execFileSync(process.execPath, ["--import", "tsx", "scripts/build.ts", `--content=${content}`, `--assets=${assets}`, `--output=${out}`, "--quiet"], { cwd: ROOT, stdio: "pipe" });

  const server = createSiteServer({ dir: out });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    // One page per paper is one template: the first paper page of each edition stands for the rest.
    // The current edition's copy under /<year>/ is the root's, byte for byte but for its URLs (the
    // build tests prove it): of that copy, only the home page is visited.
    const current = currentYear(out);
    const seen = new Set<string>();
    const pages = htmlFiles(out)
      .sort()
      .filter((file) => {
        // Redirect pages (aliases) leave at once; the build tests read them for escaping.
        if (readFileSync(path.join(out, file), "utf8").includes('http-equiv="refresh"')) return false;
        if (file.startsWith(`${current}/`) && file !== `${current}/index.html`) return false;
        const paper = /^(\d{4})\/papers\/(?!page\/)[^/]+\/index\.html$/.exec(file);
        if (!paper) return true;
        if (seen.has(paper[1]!)) return false;
        seen.add(paper[1]!);
        return true;
      });
    expect(pages).toContain("2024/extra/index.html");
    const problems = [...(await visitAll(browser, origin, pages, true)), ...(await visitAll(browser, origin, pages, false))];
    expect(problems).toEqual([]);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});
