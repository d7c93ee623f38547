// `npm run bench`: measures the default site. Builds it cold (empty image cache) and warm
// (cache filled), each in a fresh process, then loads the home page in Chromium at phone and
// desktop widths and adds up what it transfers (with the gzip a static host applies to text).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./chromium.ts";
import { createSiteServer } from "./serve.ts";

interface BuildStats {
  seconds: number;
  peakRssBytes: number;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function build(output: string, cache: string): BuildStats & { wall: number } {
  const started = performance.now();
  const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/build.ts", `--output=${output}`, "--quiet", "--stats"], {
    env: { ...process.env, COLLOQUY_CACHE: cache },
    encoding: "utf8",
  });
  const wall = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`build failed:\n${run.stdout}\n${run.stderr}`);
  const line = run.stdout.trim().split("\n").at(-1)!;
  return { ...(JSON.parse(line) as BuildStats), wall };
}

const TEXT = /^(text\/|application\/(javascript|json|xml|atom)|image\/svg)/;

async function homeBytes(site: string, executablePath: string) {
  const server = createSiteServer({ dir: site, prefix: "/" });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
  const results: { viewport: string; requests: number; raw: number; transferred: number; byType: Record<string, number> }[] = [];
  try {
    for (const [name, viewport] of [
      ["phone 390×844", { width: 390, height: 844 }],
      ["desktop 1280×800", { width: 1280, height: 800 }],
    ] as const) {
      const page = await browser.newPage({ viewport });
      const sizes: Promise<{ type: string; raw: number; gz: number }>[] = [];
      page.on("response", (response) => {
        sizes.push(
          response.body().then((body) => {
            const type = response.headers()["content-type"] ?? "";
            return { type: type.split(";")[0]!, raw: body.length, gz: TEXT.test(type) ? gzipSync(body).length : body.length };
          }),
        );
      });
      await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: "networkidle" });
      const all = await Promise.all(sizes);
      const byType: Record<string, number> = {};
      for (const s of all) byType[s.type] = (byType[s.type] ?? 0) + s.gz;
      results.push({
        viewport: name,
        requests: all.length,
        raw: all.reduce((n, s) => n + s.raw, 0),
        transferred: all.reduce((n, s) => n + s.gz, 0),
        byType,
      });
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return results;
}

const work = mkdtempSync(path.join(os.tmpdir(), "colloquy-bench-"));
try {
  const cache = path.join(work, "cache");
  const site = path.join(work, "site");
  const cold = build(site, cache);
  const warm = build(site, cache);
  console.log("Default site build (fresh process each; wall time includes starting Node and loading TypeScript)");
  console.log(`  cold (empty image cache): build ${cold.seconds.toFixed(2)} s, wall ${cold.wall.toFixed(2)} s, peak memory ${mb(cold.peakRssBytes)}`);
  console.log(`  warm (image cache filled): build ${warm.seconds.toFixed(2)} s, wall ${warm.wall.toFixed(2)} s, peak memory ${mb(warm.peakRssBytes)}`);
  console.log("Home page, light theme, everything it loads (text gzipped as a static host serves it)");
  for (const r of await homeBytes(site, await findChromium())) {
    const parts = Object.entries(r.byType)
      .sort((a, b) => b[1] - a[1])
      .map(([type, bytes]) => `${type} ${kb(bytes)}`)
      .join(", ");
    console.log(`  ${r.viewport}: ${r.requests} requests, ${kb(r.transferred)} transferred (${kb(r.raw)} uncompressed) — ${parts}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
