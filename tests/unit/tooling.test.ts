// The command-line helpers: Chromium lookup and the preview server.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { findChromium } from "../../scripts/chromium.ts";
import { createSiteServer } from "../../scripts/serve.ts";

test("CHROMIUM_PATH that does not exist stops with a message on how to get one", async () => {
  const saved = process.env.CHROMIUM_PATH;
  process.env.CHROMIUM_PATH = "/nonexistent/chromium";
  try {
    await assert.rejects(findChromium(), /CHROMIUM_PATH is set to \/nonexistent\/chromium, but no such file exists\.\n[\s\S]*apt-get install -y chromium/);
  } finally {
    if (saved === undefined) delete process.env.CHROMIUM_PATH;
    else process.env.CHROMIUM_PATH = saved;
  }
});

test("the preview server serves under a prefix, answers 404 with the site's page, and never leaves the folder", async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), "colloquy-serve-"));
  const site = path.join(root, "site");
  mkdirSync(path.join(site, "papers"), { recursive: true });
  writeFileSync(path.join(site, "index.html"), "home");
  writeFileSync(path.join(site, "papers/index.html"), "papers");
  writeFileSync(path.join(site, "404.html"), "missing");
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
  } finally {
    server.close();
  }
});
