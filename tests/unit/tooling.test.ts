// The command-line helpers: Chromium lookup and the preview server.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { get as httpGet, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { findChromium, PLAYWRIGHT_ARGS, PLAYWRIGHT_DISABLED_FEATURES } from "../../scripts/chromium.ts";
import { createSiteServer } from "../../scripts/serve.ts";

test("CHROMIUM_PATH that does not exist stops with a message on how to get one", async () => {
  const saved = process.env.CHROMIUM_PATH;
  process.env.CHROMIUM_PATH = "/nonexistent/chromium";
  try {
    await assert.rejects(findChromium(), /CHROMIUM_PATH is set to \/nonexistent\/chromium, but no such file exists\.\n[\s\S]*apt-get install -y chromium-headless-shell\n/);
  } finally {
    if (saved === undefined) delete process.env.CHROMIUM_PATH;
    else process.env.CHROMIUM_PATH = saved;
  }
});

test("the browser's --disable-features keeps every feature the installed Playwright turns off (Chromium keeps only the last such switch)", () => {
  // Playwright writes its list as an array literal of quoted names, one per line.
  const bundle = readFileSync(createRequire(import.meta.url).resolve("playwright-core/lib/coreBundle"), "utf8");
  const literal = /disabledFeatures = \[([\s\S]*?)\]/.exec(bundle)?.[1];
  assert.ok(literal, "Playwright's list of disabled features was not found: read its chromiumSwitches and update PLAYWRIGHT_DISABLED_FEATURES");
  const theirs = [...literal.matchAll(/^\s*"([A-Za-z0-9]+)"/gm)].map((m) => m[1] ?? "");
  assert.ok(theirs.length > 5, `only ${theirs.length} features read from Playwright's list`);
  assert.deepEqual(theirs.filter((feature) => !PLAYWRIGHT_DISABLED_FEATURES.includes(feature)), []);
});

test("a page of the test browser opens no address-bar popup pages beside it", async () => {
  const browser = await chromium.launch({ executablePath: await findChromium(), args: [...PLAYWRIGHT_ARGS] });
  try {
    const context = await browser.newContext();
    await context.newPage();
    const session = await browser.newBrowserCDPSession();
    const { targetInfos } = await session.send("Target.getTargets");
    assert.deepEqual(
      targetInfos.map((target) => `${target.type} ${target.url}`),
      ["page about:blank"],
    );
  } finally {
    await browser.close();
  }
});

test("the preview server serves under a prefix, answers 404 with the site's page, and never leaves the folder", async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), "colloquy-serve-"));
  const site = path.join(root, "site");
  mkdirSync(path.join(site, "papers"), { recursive: true });
  writeFileSync(path.join(site, "index.html"), "home");
  writeFileSync(path.join(site, "papers/index.html"), "papers");
  writeFileSync(path.join(site, "404.html"), "missing");
  mkdirSync(path.join(site, "pagefind"));
  writeFileSync(path.join(site, "pagefind/pagefind.wasm"), "wasm");
  writeFileSync(path.join(site, "pagefind/pagefind.en_1.pf_meta"), "meta");
  writeFileSync(path.join(site, "style.css"), "body{}");
  writeFileSync(path.join(root, "secret.txt"), "secret");
  const server = createSiteServer({ dir: site, prefix: "/llm4code/" });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const get = async (p: string) => {
      const r = await fetch(base + p, { redirect: "manual" });
      return [r.status, await r.text(), r.headers.get("content-type") ?? "", r.headers.get("location") ?? ""] as const;
    };
    assert.deepEqual((await get("/llm4code/")).slice(0, 2), [200, "home"]);
    assert.match((await get("/llm4code/"))[2], /^text\/html/);
    assert.deepEqual((await get("/llm4code/papers/")).slice(0, 2), [200, "papers"]);
    const [status, , , location] = await get("/llm4code/papers");
    assert.equal(status, 301);
    assert.match(location, /\/llm4code\/papers\/$/);
    assert.deepEqual((await get("/llm4code/nope/")).slice(0, 2), [404, "missing"]);
    assert.deepEqual((await get("/papers/")).slice(0, 2), [404, "missing"], "outside the prefix");
    assert.notEqual((await get("/llm4code/%2e%2e/secret.txt"))[1], "secret");
    assert.notEqual((await get("/llm4code/..%2fsecret.txt"))[1], "secret");
    assert.deepEqual((await get("/llm4code")).filter((_, i) => i !== 1 && i !== 2), [301, "/llm4code/"]);
    assert.equal((await get("/llm4code/pagefind/pagefind.wasm"))[2], "application/wasm");
    assert.deepEqual((await get("/llm4code/pagefind/pagefind.en_1.pf_meta")).slice(0, 3), [200, "meta", "application/octet-stream"]);
    assert.match((await get("/llm4code/style.css"))[2], /^text\/css/);
  } finally {
    server.close();
  }
});

test("with gzip, the preview server sends a file's .gz copy to clients that accept it", async () => {
  const site = mkdtempSync(path.join(os.tmpdir(), "colloquy-serve-"));
  writeFileSync(path.join(site, "index.html"), "home");
  writeFileSync(path.join(site, "index.html.gz"), gzipSync("home"));
  const server = createSiteServer({ dir: site, gzip: true });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  try {
    const zipped = await new Promise<IncomingMessage>((resolve) => httpGet({ port, host: "127.0.0.1", path: "/", headers: { "accept-encoding": "gzip" } }, resolve));
    assert.equal(zipped.headers["content-encoding"], "gzip");
    assert.match(zipped.headers["content-type"] ?? "", /^text\/html/);
    zipped.resume();
    const plain = await fetch(`http://127.0.0.1:${port}/`, { headers: { "accept-encoding": "identity" } });
    assert.equal(plain.headers.get("content-encoding"), null);
    assert.equal(await plain.text(), "home");
  } finally {
    server.close();
  }
});
