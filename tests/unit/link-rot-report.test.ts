// The link-rot report's logic on hand-made checker results: what counts as dead, the status
// texts, the rows and the Markdown. tests/build/link-rot.test.ts runs the whole check on a site.
import assert from "node:assert/strict";
import { test } from "node:test";
import { buildReport, classify, type Outcome, reportJson, reportMarkdown, reportRows, statusText } from "../../scripts/link-rot-report.ts";

const timeout = 1000;

test("classify: OK, redirected, HTTP errors, timeouts, network errors and bot protection", () => {
  assert.deepEqual(classify({ url: "https://a.org/", status: 200, state: "OK" }, { timeout }), { state: "ok", status: 200, retries: 0 });
  assert.deepEqual(classify({ url: "https://a.org/", status: 200, state: "OK" }, { timeout, retries: 2, redirectedTo: "https://b.org/" }), {
    state: "ok",
    status: 200,
    retries: 2,
    redirectedTo: "https://b.org/",
  });
  // A redirect event that names the link itself (a 3xx to the same URL) is no redirect.
  assert.deepEqual(classify({ url: "https://a.org/", status: 200, state: "OK" }, { timeout, redirectedTo: "https://a.org/" }), { state: "ok", status: 200, retries: 0 });
  assert.deepEqual(classify({ url: "https://a.org/x", status: 404, state: "BROKEN" }, { timeout }), { state: "dead", status: 404, retries: 0, cause: "http" });
  const timedOut = new DOMException("The operation was aborted due to timeout", "TimeoutError");
  assert.deepEqual(classify({ url: "https://a.org/", status: 0, state: "BROKEN", failureDetails: [timedOut, timedOut] }, { timeout, retries: 3 }), {
    state: "dead",
    status: 0,
    retries: 3,
    cause: "timeout",
    detail: "no answer within 1000 ms",
  });
  const unreachable = new TypeError("fetch failed", { cause: Object.assign(new Error("getaddrinfo ENOTFOUND a.invalid"), { code: "ENOTFOUND" }) });
  assert.deepEqual(classify({ url: "https://a.invalid/", status: 0, state: "BROKEN", failureDetails: [unreachable] }, { timeout, retries: 1 }), {
    state: "dead",
    status: 0,
    retries: 1,
    cause: "network",
    detail: "ENOTFOUND",
  });
  assert.deepEqual(classify({ url: "https://a.org/", status: 0, state: "BROKEN", failureDetails: [] }, { timeout }).state, "dead");
  assert.deepEqual(classify({ url: "https://a.org/", status: 999, state: "SKIPPED" }, { timeout }), { state: "unverified", status: 999 });
});

test("statusText names the status, the cause, the retries and where a redirect led", () => {
  const texts = (
    [
      { state: "ok", status: 200, retries: 0 },
      { state: "ok", status: 200, retries: 1 },
      { state: "ok", status: 200, retries: 0, redirectedTo: "https://b.org/" },
      { state: "dead", status: 410, retries: 0, cause: "http" },
      { state: "dead", status: 503, retries: 3, cause: "http" },
      { state: "dead", status: 0, retries: 2, cause: "timeout", detail: "no answer within 1000 ms" },
      { state: "dead", status: 0, retries: 1, cause: "network", detail: "ECONNREFUSED" },
      { state: "unverified", status: 403 },
      { state: "unverified", status: 999 },
    ] satisfies Outcome[]
  ).map(statusText);
  assert.deepEqual(texts, [
    "200 OK",
    "200 OK after 1 retry",
    "200 OK, redirected to https://b.org/",
    "410 Gone",
    "503 Service Unavailable after 3 retries",
    "timeout (no answer within 1000 ms) after 2 retries",
    "network error (ECONNREFUSED) after 1 retry",
    "403 Forbidden: refused by bot protection, not verified",
    "999: refused by bot protection, not verified",
  ]);
});

const found = new Map([
  ["https://b.org/a|b", ["/2025/", "/2024/"]],
  ["https://a.org/", ["/2024/", "/2024/"]],
  ["https://c.org/old", ["/"]],
  ["https://d.org/", ["/2026/"]],
  ["https://e.org/unchecked", ["/"]],
]);
const outcomes = new Map<string, Outcome>([
  ["https://a.org/", { state: "ok", status: 200, retries: 0 }],
  ["https://b.org/a|b", { state: "dead", status: 404, retries: 0, cause: "http" }],
  ["https://c.org/old", { state: "ok", status: 200, retries: 0, redirectedTo: "https://c.org/new" }],
  ["https://d.org/", { state: "unverified", status: 999 }],
]);

test("the report: one row per page and link, sorted; links without an outcome left out", () => {
  const report = buildReport(5, found, outcomes);
  assert.deepEqual(
    report.links.map((l) => [l.url, l.pages]),
    [
      ["https://a.org/", ["/2024/"]],
      ["https://b.org/a|b", ["/2024/", "/2025/"]],
      ["https://c.org/old", ["/"]],
      ["https://d.org/", ["/2026/"]],
    ],
  );
  assert.deepEqual(reportRows(report), [
    { page: "/", link: "https://c.org/old", status: "200 OK, redirected to https://c.org/new" },
    { page: "/2024/", link: "https://a.org/", status: "200 OK" },
    { page: "/2024/", link: "https://b.org/a|b", status: "404 Not Found" },
    { page: "/2025/", link: "https://b.org/a|b", status: "404 Not Found" },
    { page: "/2026/", link: "https://d.org/", status: "999: refused by bot protection, not verified" },
  ]);
  assert.deepEqual(reportRows(report, "dead").map((r) => r.page), ["/2024/", "/2025/"]);
  assert.deepEqual(reportJson(report), {
    pages: 5,
    links: 4,
    dead: 1,
    unverified: 1,
    ok: 2,
    redirected: 1,
    results: [
      { url: "https://a.org/", state: "ok", status: 200, retries: 0, text: "200 OK", pages: ["/2024/"] },
      { url: "https://b.org/a|b", state: "dead", status: 404, retries: 0, cause: "http", text: "404 Not Found", pages: ["/2024/", "/2025/"] },
      { url: "https://c.org/old", state: "ok", status: 200, retries: 0, redirectedTo: "https://c.org/new", text: "200 OK, redirected to https://c.org/new", pages: ["/"] },
      { url: "https://d.org/", state: "unverified", status: 999, text: "999: refused by bot protection, not verified", pages: ["/2026/"] },
    ],
  });
});

test("the Markdown: counts, then the dead, unverified and redirected links, pipes escaped", () => {
  assert.equal(
    reportMarkdown(buildReport(5, found, outcomes)),
    `## Link rot

4 external links on 5 pages checked: 1 dead (on 2 pages), 1 not verified, 2 OK (1 redirected).

### Dead links

| Page | Link | Status |
| --- | --- | --- |
| /2024/ | <https://b.org/a\\|b> | 404 Not Found |
| /2025/ | <https://b.org/a\\|b> | 404 Not Found |

### Not verified

These servers turn automated visitors away; open the links in a browser.

| Page | Link | Status |
| --- | --- | --- |
| /2026/ | <https://d.org/> | 999: refused by bot protection, not verified |

### Redirected

These still work, at another address; consider linking to it directly.

| Link | Now at | Pages |
| --- | --- | --- |
| <https://c.org/old> | <https://c.org/new> | / |
`,
  );
  assert.equal(
    reportMarkdown(buildReport(3, new Map([["https://a.org/", ["/"]]]), outcomes)),
    "## Link rot\n\n1 external link on 3 pages checked: 0 dead, 1 OK.\n\nNo dead links.\n",
  );
});
