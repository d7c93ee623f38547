import assert from "node:assert/strict";
import { test } from "node:test";
import { Kept } from "../../src/lib/kept.ts";
import { markdown, markdownInline } from "../../src/lib/markdown.ts";
import { prose, proseInline, type RenderContext } from "../../src/render/context.ts";
import { Urls } from "../../src/lib/urls.ts";

const urls = new Urls("/base/");

test("raw HTML is shown as text, never rendered", () => {
  const out = markdown(`Hi <script>alert(1)</script> <img src=x onerror=alert(1)>`, urls).toString();
  assert.equal(out.includes("<script"), false);
  assert.equal(out.includes("<img"), false);
  assert.match(out, /&lt;script&gt;/);
});

test("unsafe link schemes are refused, whatever their case", () => {
  for (const href of ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html;base64,PHNjcmlwdD4=", "vbscript:x"]) {
    const out = markdown(`[click](${href})`, urls).toString();
    assert.equal(out.includes("<a"), false, `${href} became a link: ${out}`);
  }
});

test("internal links get the base path; external and mail links do not", () => {
  const out = markdownInline("[papers](/papers/) [icse](https://icse.org/) [mail](mailto:a@b.org)", urls).toString();
  assert.match(out, /href="\/base\/papers\/"/);
  assert.match(out, /href="https:\/\/icse.org\/"/);
  assert.match(out, /href="mailto:a@b.org"/);
});

test("a level-1 heading in prose becomes h2 (one h1 per page)", () => {
  assert.equal(markdown("# Title", urls).toString().trim(), "<h2>Title</h2>");
});

test("template syntax in academic text is left alone", () => {
  assert.match(markdownInline("Set {{ x }} and {% y %}", urls).toString(), /\{\{ x \}\} and \{% y %\}/);
});

test("in development a render of the same source and links is kept for the next run; other links render anew", () => {
  const kept = new Kept(true);
  const ctx = { kept } as RenderContext;
  const source = "See [the papers](/papers/).";
  kept.nextRun();
  const first = prose(ctx, source, urls);
  assert.equal(first.toString(), markdown(source, urls).toString());
  kept.nextRun();
  assert.equal(prose(ctx, source, urls), first, "the next run takes the kept render");
  const other = prose(ctx, source, new Urls("/other/"));
  assert.notEqual(other, first);
  assert.match(other.toString(), /href="\/other\/papers\/"/);
  assert.equal(proseInline(ctx, source, urls).toString(), markdownInline(source, urls).toString());
  // Outside development nothing is kept: each call renders.
  const plain = { kept: new Kept() } as RenderContext;
  assert.notEqual(prose(plain, source, urls), prose(plain, source, urls));
  assert.equal(prose(plain, source, urls).toString(), first.toString());
});
