import assert from "node:assert/strict";
import { test } from "node:test";
import { escapeHtml, html, join, safe } from "../../src/lib/html.ts";
import { normalizePrefix, Urls } from "../../src/lib/urls.ts";

test("html escapes every interpolated string", () => {
  const evil = `<script>alert("x")</script>' onmouseover='y`;
  const out = html`<p title="${evil}">${evil}</p>`.toString();
  assert.equal(out.includes("<script>"), false);
  assert.equal(out.includes(`' onmouseover='`), false);
  assert.match(out, /&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt;&#39; onmouseover=&#39;y/);
});

test("html passes nested html and safe() through, joins arrays, drops null/false", () => {
  const inner = html`<b>${"a&b"}</b>`;
  assert.equal(html`<i>${inner}${[1, "<", null, false, undefined]}</i>`.toString(), "<i><b>a&amp;b</b>1&lt;</i>");
  assert.equal(html`${safe("<hr>")}`.toString(), "<hr>");
  assert.equal(join(["<a>", html`<br>`], ", ").toString(), "&lt;a&gt;, <br>");
});

test("escapeHtml covers all attribute-breaking characters", () => {
  assert.equal(escapeHtml(`&<>"'\``), "&amp;&lt;&gt;&quot;&#39;&#96;");
});

test("Urls adds the base path to internal URLs only", () => {
  assert.equal(normalizePrefix(undefined), "/");
  assert.equal(normalizePrefix("llm4code"), "/llm4code/");
  assert.equal(normalizePrefix("/a/b//"), "/a/b/");
  const urls = new Urls("/llm4code/", "https://example.org/");
  assert.equal(urls.to("/"), "/llm4code/");
  assert.equal(urls.to("/papers/#paper-1"), "/llm4code/papers/#paper-1");
  assert.equal(urls.to("https://icse.org/x"), "https://icse.org/x");
  assert.equal(urls.to("#top"), "#top");
  assert.equal(urls.absolute("/feed.xml"), "https://example.org/llm4code/feed.xml");
  assert.throws(() => urls.to("papers/"), /must start with/);
  assert.equal(new Urls().to("/css/site.css"), "/css/site.css");
});
