import { siteLanguage } from "../../src/lib/language.ts";
import { ImageEncoder } from "../../src/images/pipeline.ts";
import { FileStore } from "../../src/lib/file-store.ts";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import sharp from "sharp";
import { badgeLegend } from "../../src/components/paper-list.ts";
import { badges } from "../../src/components/paper-parts.ts";
import { fontFaces, fontFiles, stylesheet, themeCss } from "../../src/config/assets.ts";
import { paperRecords } from "../../src/config/search.ts";
import { loadSite } from "../../src/content/load.ts";
import { titleBannerSvg } from "../../src/images/banner-title.ts";
import { nameInitials } from "../../src/images/monogram.ts";
import { buildSiteImages } from "../../src/images/site-images.ts";
import type { RenderContext } from "../../src/render/context.ts";
import { Urls } from "../../src/lib/urls.ts";
import {
  AA_TEXT,
  accentFailure,
  accentHover,
  accentProblem,
  contrastRatio,
  nearestPassingAccent,
  PAGE_COLOURS,
  TYPE_BADGES,
  typeBadgeClass,
  typeBadgeNumber,
} from "../../src/lib/theme.ts";
import { siteSchema } from "../../src/schemas/site.ts";
import { copyContent, edit, problemsOf } from "../helpers.ts";
import { Kept } from "../../src/lib/kept.ts";

const withTheme = (theme: string) => {
  const site = copyContent();
  edit(path.join(site.content, "site.yaml"), "language: en-GB\n", `language: en-GB\n${theme}`);
  return site;
};

const dirs = () => {
  const root = mkdtempSync(path.join(os.tmpdir(), "colloquy-theme-"));
  return { outDir: path.join(root, "out"), encoder: new ImageEncoder(new FileStore(path.join(root, "store"))), ...siteLanguage("en-GB") };
};

/** The RGBA of one pixel of a PNG file. */
async function pixel(file: string, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(file).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const at = (y * info.width + x) * 4;
  return Array.from(data.subarray(at, at + 4));
}

const hexRgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

test("the default accents pass AA in their scheme; their hover shades keep at least their contrast", () => {
  const defaults = siteSchema.shape.theme.parse(undefined);
  assert.deepEqual(defaults.accent, { light: "#1f4fbf", dark: "#8fb4ff" });
  assert.equal(defaults.font, "atkinson-hyperlegible");
  for (const scheme of ["light", "dark"] as const) {
    const accent = defaults.accent[scheme];
    assert.equal(accentFailure(accent, scheme), undefined, scheme);
    assert.equal(accentProblem(accent, scheme), undefined, scheme);
    const hover = accentHover(accent, scheme);
    for (const bg of PAGE_COLOURS[scheme].backgrounds) assert.ok(contrastRatio(hover, bg) >= contrastRatio(accent, bg), `${scheme} hover ${hover} on ${bg}`);
    assert.ok(contrastRatio(hover, PAGE_COLOURS[scheme].onAccent) >= AA_TEXT);
  }
});

test("a light accent that is too pale is refused at its line and column, with the ratio and the nearest colour that passes", () => {
  const { root, content, assets } = withTheme("theme:\n  accent:\n    light: \"#3a9cc0\"\n");
  assert.deepEqual(problemsOf(content, assets, root), [
    "content/site.yaml:12:12 site.theme.accent.light: contrast 2.8:1 on the background #f1f3f7, below 4.5:1; the nearest colour that passes is #00779a",
  ]);
});

test("a dark accent that is too deep is refused the same way, and both schemes are reported at once", () => {
  const { root, content, assets } = withTheme("theme:\n  accent:\n    light: \"#3a9cc0\"\n    dark: \"#1f4fbf\"\n");
  assert.deepEqual(problemsOf(content, assets, root), [
    "content/site.yaml:12:12 site.theme.accent.light: contrast 2.8:1 on the background #f1f3f7, below 4.5:1; the nearest colour that passes is #00779a",
    "content/site.yaml:13:11 site.theme.accent.dark: contrast 2.1:1 on the background #1c2538, below 4.5:1; the nearest colour that passes is #5188fd",
  ]);
});

test("the nearest colour really passes: AA on every page background and with the button text", () => {
  for (const [accent, scheme] of [["#3a9cc0", "light"], ["#1f4fbf", "dark"], ["#ffee00", "light"], ["#330000", "dark"], ["#777777", "light"], ["#777777", "dark"]] as const) {
    assert.ok(accentFailure(accent, scheme), `${accent} should fail in ${scheme}`);
    const nearest = nearestPassingAccent(accent, scheme);
    assert.ok(nearest, `${accent} ${scheme}`);
    assert.equal(accentFailure(nearest, scheme), undefined, `${nearest} (from ${accent}) passes in ${scheme}`);
    for (const bg of PAGE_COLOURS[scheme].backgrounds) assert.ok(contrastRatio(nearest, bg) >= AA_TEXT, `${nearest} on ${bg}`);
    assert.ok(contrastRatio(PAGE_COLOURS[scheme].onAccent, nearest) >= AA_TEXT, `button text on ${nearest}`);
  }
  // A ratio just under 4.5 is never written as 4.5.
  assert.match(accentProblem("#767676", "light") ?? "", /contrast 4\.[0-4]:1/);
});

test("schema: a colour that is not hex, a logo that is not SVG or PNG, a logo path outside assets/ and an unknown theme field", () => {
  const { root, content, assets } = withTheme(
    "theme:\n  accent:\n    light: blue\n  logo:\n    light: logo.gif\n    dark: ../secret.svg\n    alt: LLM4Code\n  fonts: inter\n",
  );
  assert.deepEqual(problemsOf(content, assets, root), [
    "content/site.yaml:12:12 site.theme.accent.light: must be a hex colour such as #1f4fbf",
    "content/site.yaml:14:12 site.theme.logo.light: must be the path of an .svg or .png file under assets/, e.g. logo.svg",
    "content/site.yaml:15:11 site.theme.logo.dark: must be the path of an .svg or .png file under assets/, e.g. logo.svg",
    'content/site.yaml:17:3 site.theme.fonts: unknown field (did you mean "font"?)',
  ]);
});

test("a logo file that is missing, or is not what its name says, is refused at its field", () => {
  const { root, content, assets } = withTheme("theme:\n  logo:\n    light: brand/logo.svg\n    dark: brand/logo-dark.png\n    alt: LLM4Code\n");
  assert.deepEqual(problemsOf(content, assets, root), [
    "content/site.yaml:12:12 site.theme.logo.light: file assets/brand/logo.svg does not exist",
    "content/site.yaml:13:11 site.theme.logo.dark: file assets/brand/logo-dark.png does not exist",
  ]);
  mkdirSync(path.join(assets, "brand"));
  writeFileSync(path.join(assets, "brand", "logo.svg"), "not a picture");
  writeFileSync(path.join(assets, "brand", "logo-dark.png"), '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>');
  assert.deepEqual(problemsOf(content, assets, root), [
    "content/site.yaml:12:12 site.theme.logo.light: file assets/brand/logo.svg is not an SVG picture",
    "content/site.yaml:13:11 site.theme.logo.dark: file assets/brand/logo-dark.png is not a PNG picture",
  ]);
});

test("banner: images needs all four pictures in every edition", () => {
  const { root, content, assets } = withTheme("theme:\n  banner: images\n");
  const problems = problemsOf(content, assets, root);
  assert.equal(problems.length, 3, problems.join("\n"));
  assert.equal(problems[0], "content/site.yaml:11:11 site.theme.banner: is images, but assets/2024/banner/ has no light-desktop, dark-desktop, light-mobile, dark-mobile picture (.svg, .png, .jpg, .webp or .avif)");
  const bannerDir = path.join(assets, "2024", "banner");
  mkdirSync(bannerDir, { recursive: true });
  for (const name of ["light-desktop.png", "dark-desktop.png", "light-mobile.svg"]) writeFileSync(path.join(bannerDir, name), "x");
  assert.match(problemsOf(content, assets, root)[0] ?? "", /assets\/2024\/banner\/ has no dark-mobile picture/);
});

test("the favicon is made from the logo, on a transparent square", async () => {
  const { content, assets } = withTheme("theme:\n  logo:\n    light: logo.svg\n    alt: Red Workshop\n");
  // A wide red logo: the favicon keeps it whole, centred, with transparent bands above and below.
  writeFileSync(path.join(assets, "logo.svg"), '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"><rect width="200" height="100" fill="#d01010"/></svg>');
  const model = loadSite({ contentDir: content, assetsDir: assets });
  const opts = dirs();
  const { brand, look } = await buildSiteImages(model, opts);
  await opts.encoder.settled();
  const files = brand.favicon.sources[0]!.files;
  assert.deepEqual(files.map((f) => [f.width, f.height]), [[32, 32], [180, 180]]);
  const large = path.join(opts.outDir, files[1]!.path);
  assert.deepEqual(await pixel(large, 90, 90), [208, 16, 16, 255], "the logo's colour in the middle");
  assert.equal((await pixel(large, 90, 5))[3], 0, "transparent above a wide logo");
  // The header logo at 1× and 2× of 40 px high, and the share images' copy.
  const png = brand.logo!.light.sources.find((s) => s.format === "png")!;
  assert.deepEqual(png.files.map((f) => [f.width, f.height]), [[80, 40], [160, 80]]);
  assert.equal(brand.logo!.dark, brand.logo!.light, "no dark logo: the light one serves both schemes");
  assert.equal(brand.logo!.alt, "Red Workshop");
  assert.equal(look.logo!.light.height, 72);
});

test("without a logo the favicon is the short name's initial, white on the accent", async () => {
  const { content, assets } = withTheme("theme:\n  accent:\n    light: \"#0b6b3a\"\n");
  const model = loadSite({ contentDir: content, assetsDir: assets });
  const opts = dirs();
  const { brand } = await buildSiteImages(model, opts);
  await opts.encoder.settled();
  assert.equal(brand.logo, undefined);
  const large = path.join(opts.outDir, brand.favicon.sources[0]!.files[1]!.path);
  assert.equal((await pixel(large, 1, 1))[3], 0, "rounded corner");
  const edge = await pixel(large, 8, 90);
  const accent = hexRgb("#0b6b3a");
  assert.ok(edge.slice(0, 3).every((c, i) => Math.abs(c - accent[i]!) <= 24), `accent at the edge: ${edge}`);
  const { data } = await sharp(large).raw().toBuffer({ resolveWithObject: true });
  let white = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i]! > 240 && data[i + 1]! > 240 && data[i + 2]! > 240) white++;
  assert.ok(white > 500, `the letter is drawn (${white} white pixels)`);
  assert.equal(nameInitials("LLM4Code"), "L");
  assert.equal(nameInitials("ml systems"), "MS");
  assert.equal(nameInitials("Ébène-Workshop"), "ÉW");
});

test("badge classes follow the paper type's place in cfp.yaml, never its id, cycling the palette", () => {
  const { content, assets } = copyContent();
  const model = loadSite({ contentDir: content, assetsDir: assets });
  const edition = model.editions.find((e) => e.cfp.paper_types.length >= 2)!;
  const types = edition.cfp.paper_types;
  assert.equal(typeBadgeClass(edition.cfp.paper_types, types[0]!.id), "badge--type-1");
  assert.equal(typeBadgeClass(edition.cfp.paper_types, types[1]!.id), "badge--type-2");
  // Swapping the first two types swaps their colours.
  const swapped = { ...edition, cfp: { ...edition.cfp, paper_types: [types[1]!, types[0]!, ...types.slice(2)] } };
  assert.equal(typeBadgeClass(swapped.cfp.paper_types, types[0]!.id), "badge--type-2");
  assert.equal(typeBadgeNumber(0), 1);
  assert.equal(typeBadgeNumber(TYPE_BADGES.length), 1, "the palette cycles");
  assert.equal(typeBadgeNumber(TYPE_BADGES.length + 1), 2);
  const paper = edition.papers.find((p) => p.paperType.id === types[1]!.id) ?? { ...edition.papers[0]!, paperType: types[1]! };
  const ctx = { edition, model, urls: new Urls("/", "https://example.org"), permanentBase: `/${edition.year}/`, ...siteLanguage("en-GB"), kept: new Kept() } as unknown as RenderContext;
  const html = String(badges(ctx, paper));
  // Search results get the same class, from the search record.
  for (const record of paperRecords(ctx)) {
    const paperType = edition.papers.find((p) => p.title === record.meta.title)!.paperType;
    assert.equal(record.meta.typeClass, typeBadgeClass(edition.cfp.paper_types, paperType.id));
  }
  assert.match(html, /class="badge badge--type badge--type-2"/);
  assert.equal(html.includes(`badge--${types[1]!.id}`), false, "no class made of a content id");
  assert.equal(/badge--(research|position)\b/.test(String(badgeLegend(ctx))), false);
});

test("every badge colour pair reads at 4.5:1 or more in both schemes", () => {
  for (const [i, badge] of TYPE_BADGES.entries()) {
    for (const scheme of ["light", "dark"] as const) {
      const ratio = contrastRatio(badge[scheme].text, badge[scheme].bg);
      assert.ok(ratio >= AA_TEXT, `type-${i + 1} ${scheme}: ${ratio.toFixed(2)}`);
    }
  }
});

test("the generated stylesheet carries the accents, their hover shades, the chosen font's faces and the badge rules", () => {
  const theme = siteSchema.shape.theme.parse({ accent: { light: "#0B6B3A", dark: "#7fd6a4" }, font: "source-sans-3" });
  const { head, badges: rules } = themeCss(theme);
  assert.match(head, /--accent: light-dark\(#0b6b3a, #7fd6a4\);/);
  assert.match(head, new RegExp(`--accent-strong: light-dark\\(${accentHover("#0b6b3a", "light")}, ${accentHover("#7fd6a4", "dark")}\\);`));
  assert.match(head, /--font: "Source Sans 3", system-ui, sans-serif;/);
  assert.equal((head.match(/@font-face/g) ?? []).length, fontFiles("source-sans-3").length);
  assert.equal(/atkinson/i.test(head), false, "no face of the other font");
  assert.match(fontFaces("source-sans-3"), /url\(\.\.\/fonts\/source-sans-3-latin-700-normal\.woff2\) format\("woff2"\); unicode-range: U\+0000-00FF/);
  assert.match(rules, /\.badge--type-2 \{ background: var\(--badge-type-2-bg\); color: var\(--badge-type-2-text\); \}/);
  const css = stylesheet(theme);
  assert.ok(css.indexOf("--accent:") < css.indexOf("body {"), "the theme's properties come first");
  assert.ok(css.lastIndexOf(".badge--type-1 {") > css.indexOf(".badge {"), "badge rules come after .badge");
  assert.equal(/badge--position|--accent: light-dark\(#1f4fbf/.test(css), false, "no fixed accent or id-keyed badge left in the static styles");
});

test("the typographic banner: paths only, the name, date and place, both schemes in both shapes", () => {
  const base = { name: "LLM4Code", date: "Apr 20, 2024", place: "Lisbon, Portugal", accent: "#0b6b3a", font: "source-sans-3" as const };
  for (const theme of ["light", "dark"] as const) {
    for (const shape of ["desktop", "mobile"] as const) {
      const banner = titleBannerSvg({ ...base, theme, shape });
      assert.equal(/<text|<tspan|font-family/.test(banner.svg), false, `${theme} ${shape}`);
      assert.deepEqual(banner.lines, shape === "desktop" ? ["LLM4Code", "Apr 20, 2024 · Lisbon, Portugal"] : ["LLM4Code", "Apr 20, 2024", "Lisbon, Portugal"]);
      assert.deepEqual([banner.width, banner.height], shape === "desktop" ? [1600, 364] : [800, 680]);
      assert.match(banner.svg, /<rect data-rule="" [^>]*fill="#[0-9a-f]{6}"/);
    }
  }
  const light = titleBannerSvg({ ...base, theme: "light", shape: "desktop" }).svg;
  const dark = titleBannerSvg({ ...base, theme: "dark", shape: "desktop" }).svg;
  assert.notEqual(light, dark);
  assert.match(light, /fill="#0b6b3a"/, "the rule in the light accent");
  const hostile = titleBannerSvg({ ...base, name: '"/><script>x</script>', theme: "light", shape: "mobile" }).svg;
  assert.equal(hostile.includes("<script"), false);
});

test("the stylesheet's font file list and the package agree (every file exists)", () => {
  for (const font of ["atkinson-hyperlegible", "source-sans-3"] as const) {
    for (const file of fontFiles(font)) {
      const dir = path.join(path.dirname(import.meta.dirname), "..", "node_modules", "@fontsource", font, "files");
      assert.ok(readFileSync(path.join(dir, file)).length > 1000, file);
    }
  }
});
