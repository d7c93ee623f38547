import assert from "node:assert/strict";
import { mkdtempSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import sharp from "sharp";
import { bannerSvg } from "../../src/images/banner-svg.ts";
import { slotQueue } from "../../src/images/encoding.ts";
import { missingGlyphs, shapeText } from "../../src/images/fonts.ts";
import { monogramSvg } from "../../src/images/monogram.ts";
import { BANNER_PALETTES, MONOGRAM_BACKGROUNDS, MONOGRAM_TEXT } from "../../src/images/palettes.ts";
import { encodeImage, ImageEncoder, rasterLogo } from "../../src/images/pipeline.ts";
import { FileStore } from "../../src/lib/file-store.ts";
import { contrastRatio } from "../../src/lib/theme.ts";

const ARGS = [
  { name: "name", value: "LLM4Code" },
  { name: "main_conf", value: "ICSE" },
  { name: "date", value: "Apr 20, 2024" },
  { name: "location", value: "Lisbon, Portugal" },
];

const dirs = () => {
  const root = mkdtempSync(path.join(os.tmpdir(), "colloquy-img-"));
  return { outDir: path.join(root, "out"), encoder: new ImageEncoder(new FileStore(path.join(root, "store"))) };
};

test("banner text is drawn as paths, never as <text> (no system font involved)", () => {
  for (const theme of ["light", "dark"] as const) {
    for (const shape of ["desktop", "mobile"] as const) {
      const { svg } = bannerSvg({ call: "Workshop", args: ARGS, theme, shape });
      assert.equal(/<text|<tspan|font-family/.test(svg), false, `${theme} ${shape}`);
      assert.ok((svg.match(/<path /g) ?? []).length > 20);
    }
  }
});

test("desktop shows the call on one line; mobile puts each argument on its own line", () => {
  const desktop = bannerSvg({ call: "Workshop", args: ARGS, theme: "light", shape: "desktop" });
  const mobile = bannerSvg({ call: "Workshop", args: ARGS, theme: "light", shape: "mobile" });
  assert.equal(desktop.lines, 1);
  assert.equal((desktop.svg.match(/data-line="/g) ?? []).length, 1);
  assert.equal(mobile.lines, ARGS.length + 2, "Workshop( + one per argument + )");
  assert.ok(desktop.width > desktop.height * 2.5, "desktop is a wide strip");
  assert.ok(mobile.height > mobile.width * 0.6, "mobile is tall enough for the lines");
});

test("the banner follows the data: another date gives another image", () => {
  const a = bannerSvg({ call: "Workshop", args: ARGS, theme: "dark", shape: "desktop" }).svg;
  const b = bannerSvg({ call: "Workshop", args: ARGS.map((x) => (x.name === "date" ? { ...x, value: "Apr 16, 2024" } : x)), theme: "dark", shape: "desktop" }).svg;
  assert.notEqual(a, b);
});

test("hostile values cannot break out of the SVG", async () => {
  const hostile = ARGS.map((a) => ({ ...a, value: `'"/><script>alert(1)</script><x y="` }));
  const { svg } = bannerSvg({ call: "Workshop", args: hostile, theme: "light", shape: "mobile" });
  assert.equal(svg.includes("<script"), false);
  const meta = await sharp(Buffer.from(svg)).metadata();
  assert.equal(meta.format, "svg");
});

test("every syntax colour reads at 4.5:1 or more on its background", () => {
  for (const [theme, palette] of Object.entries(BANNER_PALETTES)) {
    for (const [kind, colour] of Object.entries(palette.text)) {
      const background = kind === "tabLabel" ? palette.tab : palette.surface;
      const ratio = contrastRatio(colour, background);
      assert.ok(ratio >= 4.5, `${theme} ${kind} ${colour} on ${background}: ${ratio.toFixed(2)}`);
    }
  }
  for (const [from, to] of MONOGRAM_BACKGROUNDS) {
    assert.ok(contrastRatio(MONOGRAM_TEXT, from) >= 4.5 && contrastRatio(MONOGRAM_TEXT, to) >= 4.5, `${from}/${to}`);
  }
});

test("encodeImage makes every format at every width, with true sizes, and drops widths above a raster source", async () => {
  const opts = dirs();
  const raster = await sharp({ create: { width: 500, height: 250, channels: 3, background: "#3366aa" } }).png().toBuffer();
  const image = await encodeImage({ input: raster, name: "t", widths: [200, 400, 800], formats: ["avif", "webp", "png"] }, opts);
  await opts.encoder.settled();
  assert.deepEqual(image.sources.map((s) => s.type), ["image/avif", "image/webp", "image/png"]);
  assert.deepEqual(image.sources[0]!.files.map((f) => f.width), [200, 400, 500], "800 is capped at the source's 500");
  assert.equal(image.width, 500);
  assert.equal(image.height, 250);
  for (const source of image.sources) {
    for (const file of source.files) {
      const meta = await sharp(path.join(opts.outDir, file.path)).metadata();
      assert.equal(meta.format === "heif" ? "avif" : meta.format, source.format);
      assert.equal(meta.width, file.width);
      assert.equal(meta.height, file.height);
    }
  }
});

test("SVG sources are rasterised at any width, sharply", async () => {
  const opts = dirs();
  const { svg } = bannerSvg({ call: "Workshop", args: ARGS, theme: "dark", shape: "desktop" });
  const image = await encodeImage({ input: Buffer.from(svg), name: "b", widths: [800, 2400], formats: ["png"] }, opts);
  await opts.encoder.settled();
  assert.deepEqual(image.sources[0]!.files.map((f) => f.width), [800, 2400]);
  const meta = await sharp(path.join(opts.outDir, image.sources[0]!.files[1]!.path)).metadata();
  assert.equal(meta.width, 2400);
});

test("unchanged images come from the cache; a changed image is encoded anew", async () => {
  const opts = dirs();
  const input = Buffer.from(monogramSvg({ initials: "AB", seed: "ab", size: 64 }));
  const req = { input, name: "m", widths: [32, 64], formats: ["webp" as const], square: true };
  const { stats } = opts.encoder;
  const first = await encodeImage(req, opts);
  assert.deepEqual(stats, { encoded: 0, cached: 0 }, "the image's addresses come before its files");
  await opts.encoder.settled();
  assert.deepEqual(stats, { encoded: 2, cached: 0 });
  const firstFile = path.join(opts.outDir, first.sources[0]!.files[0]!.path);
  // A later build (a new encoder on the same store) links the stored files: the same file, not a copy.
  const later = { outDir: path.join(opts.outDir, "again"), encoder: new ImageEncoder(opts.encoder.store) };
  const second = await encodeImage(req, later);
  await later.encoder.settled();
  assert.deepEqual(second, first);
  assert.deepEqual(later.encoder.stats, { encoded: 0, cached: 2 }, "nothing re-encoded");
  assert.equal(statSync(path.join(later.outDir, second.sources[0]!.files[0]!.path)).ino, statSync(firstFile).ino);
  const changed = await encodeImage({ ...req, input: Buffer.from(monogramSvg({ initials: "AC", seed: "ab", size: 64 })) }, opts);
  await opts.encoder.settled();
  assert.notEqual(changed.sources[0]!.files[0]!.path, first.sources[0]!.files[0]!.path);
  assert.deepEqual(stats, { encoded: 4, cached: 0 });
});

test("a logo's raster is kept in the store: a later build makes it without the encoder's process", async () => {
  const opts = dirs();
  const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"><rect width="200" height="100" fill="#345"/></svg>');
  const first = await rasterLogo(svg, { height: 40 }, opts.encoder);
  assert.deepEqual([first.width, first.height], [80, 40]);
  assert.equal(opts.encoder.process.starts, 1);
  const later = new ImageEncoder(opts.encoder.store);
  const again = await rasterLogo(svg, { height: 40 }, later);
  assert.deepEqual([again.width, again.height], [80, 40]);
  assert.ok(again.png.equals(first.png), "the same PNG");
  assert.equal(later.process.starts, 0, "the encoder's process was not started");
  // Another box is another raster.
  const square = await rasterLogo(svg, { square: 64 }, later);
  assert.deepEqual([square.width, square.height], [64, 64]);
  assert.equal(later.process.starts, 1);
  await later.settled();
});

test("portraits are cropped square; monograms are square with initials as paths", async () => {
  const opts = dirs();
  const photo = await sharp({ create: { width: 300, height: 400, channels: 3, background: "#aa6633" } }).jpeg().toBuffer();
  const image = await encodeImage({ input: photo, name: "p", widths: [160, 320], formats: ["jpeg"], square: true }, opts);
  assert.deepEqual(image.sources[0]!.files.map((f) => [f.width, f.height]), [[160, 160], [300, 300]]);
  const svg = monogramSvg({ initials: "LB", seed: "loubna-ben-allal", size: 320 });
  assert.equal(/<text/.test(svg), false);
  const meta = await sharp(Buffer.from(svg)).png().toBuffer().then((b) => sharp(b).metadata());
  assert.equal(meta.width, 320);
  assert.equal(meta.height, 320);
  assert.equal(monogramSvg({ initials: "LB", seed: "x", size: 64 }), monogramSvg({ initials: "LB", seed: "x", size: 64 }), "deterministic");
});

test("glyph path data is well formed at every size and position (no NaN, no exponents)", () => {
  const number = String.raw`-?\d+(?:\.\d{1,2})?`;
  const grammar = new RegExp(`^(?:M${number} ${number}|L${number} ${number}|Q(?:${number} ?){4}|C(?:${number} ?){6}|Z)*$`);
  const mono = { family: "jetbrains-mono", weight: 400 } as const;
  const text = "Workshop(location='Lisbon, Portugal', name='Grüner Kruliš São')";
  for (let size = 10; size <= 40; size += 0.25) {
    const { d } = shapeText(text, { font: mono, size, x: 37.3, y: 101.7 });
    assert.match(d, grammar, `size ${size}`);
  }
  for (const initials of ["AB", "JK", "MW", "ŽŠ", "LL", "QX"]) {
    for (const size of [160, 320, 400]) assert.equal(monogramSvg({ initials, seed: initials, size }).includes("NaN"), false, `${initials} ${size}`);
  }
});

test("letters outside Latin-1 come from the latin-ext file, not the missing-glyph box", () => {
  const mono = { family: "jetbrains-mono", weight: 400 } as const;
  assert.deepEqual(missingGlyphs("Grüner Kruliš Rio de Janeiro São Łódź", mono), []);
  const box = shapeText("\u{10FFFD}", { font: mono, size: 20 }).d;
  assert.notEqual(shapeText("š", { font: mono, size: 20 }).d, box);
  assert.deepEqual(missingGlyphs("北", mono), ["北"]);
});

test("a long value widens the banner without leaving a tall empty canvas", () => {
  const long = ARGS.map((a) => (a.name === "name" ? { ...a, value: "Workshop on Large Language Models for Code and Beyond" } : a));
  for (const shape of ["desktop", "mobile"] as const) {
    const short = bannerSvg({ call: "Workshop", args: ARGS, theme: "light", shape });
    const wide = bannerSvg({ call: "Workshop", args: long, theme: "light", shape });
    assert.ok(wide.width > short.width, `${shape} grows to fit`);
    assert.equal(wide.height, short.height, `${shape} keeps its height`);
  }
});

test("an image that cannot be encoded fails the build's wait for its files, by its name", async () => {
  const opts = dirs();
  const broken = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect');
  await assert.rejects(
    (async () => {
      await encodeImage({ input: broken, name: "broken", widths: [10], formats: ["png"] }, opts);
      await opts.encoder.settled();
    })(),
    /^Error: image broken: /,
  );
  // The encoder is still there for the next image.
  const raster = await sharp({ create: { width: 20, height: 10, channels: 3, background: "#102030" } }).png().toBuffer();
  const image = await encodeImage({ input: raster, name: "fine", widths: [20], formats: ["webp"] }, opts);
  await opts.encoder.settled();
  assert.ok(statSync(path.join(opts.outDir, image.sources[0]!.files[0]!.path)).size > 0);
});

test("the encoder's slots run an image's resumed work ahead of new drawings, and never more tasks than slots", async () => {
  const slots = slotQueue(2);
  const order: string[] = [];
  let running = 0;
  let most = 0;
  const task = (name: string) => async () => {
    running++;
    most = Math.max(most, running);
    await new Promise((resolve) => setTimeout(resolve, 5));
    order.push(name);
    running--;
    return name;
  };
  // Three drawings arrive at once; each one's two variants are queued as soon as it is drawn.
  const image = async (name: string) => {
    await slots(task(`draw ${name}`));
    return Promise.all([slots(task(`${name} 1`), true), slots(task(`${name} 2`), true)]);
  };
  const results = await Promise.all(["a", "b", "c"].map(image));
  assert.deepEqual(results, [["a 1", "a 2"], ["b 1", "b 2"], ["c 1", "c 2"]]);
  assert.equal(most, 2);
  assert.ok(order.indexOf("a 2") < order.indexOf("draw c"), `a's variants came before c was drawn: ${order.join(", ")}`);
  assert.ok(order.indexOf("b 2") < order.indexOf("draw c"), `b's variants came before c was drawn: ${order.join(", ")}`);
  assert.deepEqual(order.slice(-2).sort(), ["c 1", "c 2"]);
});
