import assert from "node:assert/strict";
import { existsSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import sharp from "sharp";
import { loadSite } from "../../src/content/load.ts";
import type { ResolvedPaper } from "../../src/content/model.ts";
import { ImageEncoder } from "../../src/images/pipeline.ts";
import { FileStore } from "../../src/lib/file-store.ts";
import { SHARE_HEIGHT, SHARE_WIDTH, shareCardSvg, shareImageMaker, wrapTitle } from "../../src/images/share-image.ts";
import { pageTitle } from "../../src/layouts/base.ts";
import type { RenderContext } from "../../src/render/context.ts";
import { siteLanguage } from "../../src/lib/language.ts";
import { Urls } from "../../src/lib/urls.ts";
import { contentSecurityPolicy } from "../../src/seo/csp.ts";
import { socialMeta } from "../../src/seo/head.ts";
import { eventJsonLd, jsonLdScript, scholarlyArticleJsonLd } from "../../src/seo/json-ld.ts";
import { fixture } from "../helpers.ts";
import { eventProblems, scholarlyArticleProblems } from "../json-ld-shapes.ts";
import { Kept } from "../../src/lib/kept.ts";

// These tests pin the facts of the 2024 edition, rendered as if it were the current one.
const loaded = loadSite({ contentDir: fixture().content, assetsDir: fixture().assets });
const model = { ...loaded, current: loaded.editions.find((e) => e.year === 2024)! };

function context(prefix = "/"): RenderContext {
  return {
    model,
    edition: model.current,
    urls: new Urls(prefix, "https://example.org"),
    base: "/",
    permanentBase: `/${model.current.year}/`,
    atRoot: true,
    archived: false,
    ...siteLanguage(model.site.language, model.labels),
    kept: new Kept(),
    images: {
      brand: { favicon: { width: 180, height: 180, sources: [{ format: "png", type: "image/png", files: [{ path: "brand/favicon-0-32.png", width: 32, height: 32 }, { path: "brand/favicon-0-180.png", width: 180, height: 180 }] }] } },
      banner: {} as RenderContext["images"]["banner"],
      speakers: {},
      share: async (key, title) => ({ path: `img/share-${key.replace(/\W/g, "") || "home"}.png`, width: 1200, height: 630, alt: title }),
    },
  };
}

const ARGS = [
  { name: "name", value: "LLM4Code" },
  { name: "date", value: "Apr 20, 2024" },
];

test("the CSP allows only the site's own files and forbids inline code, plugins and <base>", () => {
  assert.equal(
    contentSecurityPolicy(),
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'",
  );
});

test("window titles stay within 70 characters when they can", () => {
  assert.equal(pageTitle("LLM4Code 2024", "Accepted Papers", false), "Accepted Papers · LLM4Code 2024");
  assert.equal(pageTitle("LLM4Code 2024", "Workshop", true), "LLM4Code 2024: Workshop");
  const long = "The First International Workshop on Large Language Models for Code";
  assert.equal(pageTitle("LLM4Code 2024", long, true), long);
});

test("share card: 1200×630, title wrapped on at most three lines, all text as outlines", async () => {
  const card = shareCardSvg({ title: "Accepted Papers", label: "LLM4Code 2024", call: "Workshop", args: ARGS });
  assert.deepEqual(card.lines, ["Accepted Papers"]);
  assert.equal(card.fontSize, 72);
  assert.match(card.svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1200" height="630" viewBox="0 0 1200 630"/);
  assert.equal(/<text|font-family/.test(card.svg), false, "no text element: no system font is needed");
  const png = await sharp(Buffer.from(card.svg)).png().toBuffer();
  const info = await sharp(png).metadata();
  assert.deepEqual([info.width, info.height], [SHARE_WIDTH, SHARE_HEIGHT]);
  const { channels } = await sharp(png).stats();
  assert.ok(channels[0]!.min < 60, "dark title pixels are drawn");
});

test("share card: a long title shrinks, then is cut with an ellipsis; an absurdly long word is broken", () => {
  const medium = shareCardSvg({ title: "The First International Workshop on Large Language Models for Code", label: "x", call: "W", args: ARGS });
  assert.equal(medium.lines.length, 3);
  assert.ok(medium.fontSize <= 72 && medium.fontSize >= 44);
  const huge = shareCardSvg({ title: "word ".repeat(5000), label: "x", call: "W", args: ARGS });
  assert.equal(huge.lines.length, 3);
  assert.equal(huge.fontSize, 44);
  assert.ok(huge.lines[2]!.endsWith("…"));
  const lines = wrapTitle("x".repeat(400), 44, 900);
  assert.ok(lines.length > 3 && lines.every((l) => l.length > 0));
  assert.ok(huge.svg.length < 200_000, "the card stays small whatever the title");
});

test("share card: characters the shipped fonts cannot draw are left out, markup in titles is only text", () => {
  const card = shareCardSvg({ title: "数据 <script>alert(1)</script> Papers", label: "x", call: "W", args: ARGS });
  assert.equal(card.lines.join(" "), "<script>alert(1)</script> Papers");
  assert.equal(card.svg.includes("<script"), false);
});

test("share images are made once per page and named by content hash", async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), "colloquy-share-"));
  const opts = { outDir: path.join(root, "out"), encoder: new ImageEncoder(new FileStore(path.join(root, "store"))) };
  const { stats } = opts.encoder;
  const make = shareImageMaker({ label: "LLM4Code 2024", call: "Workshop", args: ARGS, namePrefix: "share-2024" }, opts);
  const before = stats.encoded;
  const [a, b] = await Promise.all([make("papers/", "Accepted Papers"), make("papers/", "Accepted Papers")]);
  await opts.encoder.settled();
  assert.deepEqual(a, b);
  assert.equal(stats.encoded, before + 1, "one encode for two pages asking for the same image");
  assert.match(a.path, /^img\/share-2024-papers-[0-9a-f]{10}-1200\.png$/);
  assert.ok(existsSync(path.join(opts.outDir, a.path)));
  const later = { ...opts, encoder: new ImageEncoder(opts.encoder.store) };
  const again = shareImageMaker({ label: "LLM4Code 2024", call: "Workshop", args: ARGS, namePrefix: "share-2024" }, later);
  assert.equal((await again("papers/", "Accepted Papers")).path, a.path);
  await later.encoder.settled();
  assert.deepEqual(later.encoder.stats, { encoded: 0, cached: 1 }, "a later build takes it from the store");
  const other = await make("papers/", "Accepted Papers and Posters");
  assert.notEqual(other.path, a.path, "another title is another file");
});

test("Open Graph and Twitter tags: absolute, prefixed image URL; values escaped", () => {
  const ctx = context("/llm4code/");
  const out = socialMeta({ ctx, title: `A "quoted" <title>`, description: "d", url: "https://example.org/llm4code/2024/", image: { path: "img/s.png", width: 1200, height: 630, alt: "alt" } }).toString();
  assert.match(out, /<meta property="og:image" content="https:\/\/example\.org\/llm4code\/img\/s\.png">/);
  assert.match(out, /<meta property="og:title" content="A &quot;quoted&quot; &lt;title&gt;">/);
  assert.match(out, /<meta name="twitter:card" content="summary_large_image">/);
  assert.match(out, /<meta name="twitter:site" content="@llm4code">/);
  const noImage = socialMeta({ ctx, title: "t", description: "d" }).toString();
  assert.match(noImage, /<meta name="twitter:card" content="summary">/);
  assert.equal(/og:url|og:image/.test(noImage), false);
});

test("Event JSON-LD has the shape search engines require", () => {
  const event = eventJsonLd(context(), { path: "img/share-home.png", width: 1200, height: 630, alt: "x" });
  assert.deepEqual(eventProblems(event), []);
  assert.equal(event.name, "The First International Workshop on Large Language Models for Code");
  assert.deepEqual(event.image, ["https://example.org/img/share-home.png"]);
  assert.equal((event.performer as unknown[]).length, model.current.speakers.length);
  // The checker itself catches a broken Event.
  assert.deepEqual(eventProblems({ ...event, startDate: "20 April", location: undefined }).sort(), ["location is required", "startDate: not an ISO 8601 date"]);
});

test("every paper makes a valid ScholarlyArticle; DOI, links and award carry over", () => {
  const ctx = context();
  assert.ok(model.current.papers.length > 20);
  for (const paper of model.current.papers) {
    const article = scholarlyArticleJsonLd(ctx, paper);
    assert.deepEqual(scholarlyArticleProblems(article), [], paper.id);
    assert.equal(article.headline, paper.title);
    assert.equal((article.author as unknown[]).length, paper.authors.length);
    assert.equal(article.url, `https://example.org/2024/papers/#paper-${paper.id}`);
    if (paper.links.doi) assert.ok((article.sameAs as string[]).includes(`https://doi.org/${paper.links.doi}`));
    if (paper.awardInfo) assert.equal(article.award, paper.awardInfo.name);
  }
  const own = scholarlyArticleJsonLd(ctx, model.current.papers[0]!, { url: "https://example.org/2024/papers/1/" });
  assert.equal(own.url, "https://example.org/2024/papers/1/");
  assert.deepEqual(scholarlyArticleProblems({ ...own, headline: "", author: [] }).sort(), ["author is required", "headline is required"]);
});

test("JSON-LD cannot break out of its script element", () => {
  const paper = { ...model.current.papers[0]!, title: `</script><script>alert(1)</script>&\u2028` } as ResolvedPaper;
  const out = jsonLdScript(scholarlyArticleJsonLd(context(), paper)).toString();
  assert.equal(out.indexOf("</script>"), out.length - "</script>".length, "only the closing tag");
  assert.equal(/<script>|&|\u2028/.test(out.slice(30, -9)), false);
  const json = JSON.parse(out.slice('<script type="application/ld+json">'.length, -"</script>".length));
  assert.equal(json.headline, paper.title, "the data survives intact");
});
