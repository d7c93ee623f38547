// A site with its own theme: accent, logo (light SVG, dark PNG), the second text font and the
// typographic banner. Only the current edition is kept, so the build stays quick.
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { before, test } from "node:test";
import sharp from "sharp";
import { buildSite } from "../../scripts/build.ts";
import { fontFiles } from "../../src/config/assets.ts";
import { accentHover } from "../../src/lib/theme.ts";
import { copyContent, edit } from "../helpers.ts";
import { walk } from "./links.ts";

let out = "";
let year = "";

before(async () => {
  const { content, assets } = copyContent();
  const site = path.join(content, "site.yaml");
  year = /current_edition: (\d{4})/.exec(readFileSync(site, "utf8"))![1]!;
  for (const other of readdirSync(content).filter((d) => /^\d{4}$/.test(d) && d !== year)) {
    rmSync(path.join(content, other), { recursive: true });
    rmSync(path.join(assets, other), { recursive: true, force: true });
  }
  writeFileSync(path.join(assets, "logo.svg"), '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" rx="8" fill="#0b6b3a"/></svg>');
  await sharp({ create: { width: 240, height: 80, channels: 4, background: "#7fd6a4" } }).png().toFile(path.join(assets, "logo-dark.png"));
  edit(
    site,
    "language: en-GB\n",
    'language: en-GB\ntheme:\n  accent: { light: "#0b6b3a", dark: "#7fd6a4" }\n  logo: { light: logo.svg, dark: logo-dark.png, alt: Green Workshop }\n  font: source-sans-3\n  banner: title\n',
  );
  out = await buildSite({ output: path.join(mkdtempSync(path.join(os.tmpdir(), "colloquy-theme-")), "site"), content, assets, quiet: true });
});

test("the generated stylesheet carries the custom accent, its hover shades and the chosen font", () => {
  const css = readFileSync(path.join(out, "css", "site.css"), "utf8");
  assert.match(css, /--accent: light-dark\(#0b6b3a, #7fd6a4\);/);
  assert.ok(css.includes(`--accent-strong: light-dark(${accentHover("#0b6b3a", "light")}, ${accentHover("#7fd6a4", "dark")});`));
  assert.match(css, /--font: "Source Sans 3", system-ui, sans-serif;/);
  assert.match(css, /@font-face \{ font-family: "Source Sans 3"; font-style: normal; font-weight: 700;/);
  assert.equal(/atkinson|#1f4fbf/i.test(css), false, "nothing of the default font or accent");
});

test("only the chosen font's files are in the output, and pages preload them", () => {
  assert.deepEqual(readdirSync(path.join(out, "fonts")).sort(), fontFiles("source-sans-3").sort());
  const home = readFileSync(path.join(out, "index.html"), "utf8");
  assert.match(home, /<link rel="preload" href="\/fonts\/source-sans-3-latin-400-normal\.woff2" as="font" type="font\/woff2" crossorigin>/);
  for (const file of walk(out).filter((f) => /\.(html|css)$/.test(f))) assert.equal(/atkinson-hyperlegible/.test(readFileSync(file, "utf8")), false, file);
});

test("the header shows the logo, one picture per scheme, in place of the short name; the favicon comes from it", () => {
  const home = readFileSync(path.join(out, "index.html"), "utf8");
  const title = /<a class="site-title"[^>]*>([\s\S]*?)<\/a>/.exec(home)?.[1] ?? "";
  assert.match(title, /<picture class="site-logo" data-theme="light"><source type="image\/webp" srcset="\/brand\/logo-light-[0-9a-f]+-120\.webp 1x, \/brand\/logo-light-[0-9a-f]+-240\.webp 2x"><img src="\/brand\/logo-light-[0-9a-f]+-120\.png" srcset="[^"]+ 1x, [^"]+ 2x" width="120" height="40" alt="Green Workshop" loading="lazy"><\/picture>/);
  assert.match(title, /<picture class="site-logo" data-theme="dark">[\s\S]*<img src="\/brand\/logo-dark-[0-9a-f]+-120\.png"[^>]* width="120" height="40" alt="Green Workshop" loading="lazy">/);
  assert.equal(title.includes("site-title__name"), false);
  assert.match(title, new RegExp(`<span class="site-title__year">${year}</span>`));
  const icon = /<link rel="icon" href="\/(brand\/favicon-[0-9a-f]+-32\.png)" type="image\/png" sizes="32x32">/.exec(home);
  assert.ok(icon, "favicon link");
  assert.ok(readdirSync(path.join(out, "brand")).includes(path.basename(icon[1]!)));
});

test("the typographic banner exists in all four variants, and share images are made", () => {
  const images = readdirSync(path.join(out, year, "img"));
  for (const variant of ["light-desktop", "dark-desktop", "light-mobile", "dark-mobile"]) {
    for (const ext of ["avif", "webp"]) assert.ok(images.some((f) => f.startsWith(`banner-${year}-${variant}-`) && f.endsWith(`.${ext}`)), `${variant}.${ext}`);
  }
  assert.ok(images.some((f) => f.startsWith(`share-${year}-`)));
});
