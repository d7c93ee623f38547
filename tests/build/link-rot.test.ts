// `npm run links` on a built fixture site whose pages link to a local server that answers 200,
// 404, 410, 500 always, 500 once then 200, a redirect, and never (a timeout). Offline: every other
// external link of the fixture is skipped, and the server listens on 127.0.0.1 only.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { after, before, test } from "node:test";
import { buildSite } from "../../scripts/build.ts";
import { checkUrls, findExternalLinks, linkRot } from "../../scripts/link-rot.ts";
import { reportMarkdown, reportRows } from "../../scripts/link-rot-report.ts";
import { copyContent, edit, ROOT } from "../helpers.ts";

// linkinator sends every request through a proxy named in the environment, 127.0.0.1 included.
for (const name of ["http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY"]) delete process.env[name];

/** Requests per path and method, e.g. `HEAD /missing`. */
const requests = new Map<string, number>();
const server = http.createServer((request, response) => {
  const url = new URL(request.url ?? "/", "http://127.0.0.1");
  const key = `${request.method} ${url.pathname}`;
  const seen = requests.get(key) ?? 0;
  requests.set(key, seen + 1);
  const answer = (status: number, headers: http.OutgoingHttpHeaders = {}) => response.writeHead(status, { "content-type": "text/plain", ...headers }).end(String(status));
  if (url.pathname === "/ok") return answer(200);
  if (url.pathname === "/missing") return answer(404);
  if (url.pathname === "/gone") return answer(410);
  if (url.pathname === "/broken") return answer(500);
  // linkinator tries HEAD, then GET, before it counts an attempt as failed: both fail the first time.
  if (url.pathname.startsWith("/flaky")) return answer(seen === 0 ? 500 : 200);
  if (url.pathname === "/moved") return answer(302, { location: "/ok" });
  if (url.pathname === "/slow") return; // never answers
  answer(404);
});

let base = "";
let site = "";
/** Checks only the local server's links, none of the fixture's real ones. */
let skip: RegExp[] = [];

before(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  skip = [new RegExp(`^(?!${base.replace(/[.]/g, "\\.")}/)`)];
  const { content, assets } = copyContent();
  const links = (items: string[]) => items.map((p) => `[${p}](${base}${p})`).join(", ");
  // 2024's home page: every kind of answer, plus an absolute link to the site itself and a relative one.
  edit(
    path.join(content, "2024/pages/about.md"),
    /\n*$/,
    `\n\nLinks: ${links(["/ok", "/missing", "/broken", "/flaky#results", "/moved", "/slow"])}, [the papers](https://llm4code.github.io/2024/papers/) and [the dates](/dates/).\n`,
  );
  // 2025's home page: the same dead link again, and a gone one.
  edit(path.join(content, "2025/pages/about.md"), /\n*$/, `\n\nSee ${links(["/missing", "/gone"])}.\n`);
  // A news item of the current edition, shown on its home page at the root and under /2026/.
  edit(path.join(content, "2026/news.yaml"), /\n*$/, `\n- date: 2026-04\n  text: Slides are [online](${base}/ok?from=news).\n`);
  site = await buildSite({ output: path.join(mkdtempSync(path.join(os.tmpdir(), "colloquy-links-")), "site"), content, assets, quiet: true });
});

after(() => {
  server.closeAllConnections();
  server.close();
});

test("the external links of every page are found, without the site's own and relative ones", () => {
  const { pages, links } = findExternalLinks(site);
  assert.ok(pages > 10);
  assert.deepEqual([...(links.get(`${base}/missing`) ?? [])].sort(), ["/2024/", "/2025/"]);
  // The #fragment is not part of the link checked.
  assert.deepEqual([...(links.get(`${base}/flaky`) ?? [])], ["/2024/"]);
  assert.deepEqual([...(links.get(`${base}/ok?from=news`) ?? [])].sort(), ["/", "/2026/"]);
  // The fixture's own external links are found too (and skipped below, the test being offline).
  assert.ok(links.has("https://github.com/llm4code"));
  for (const url of links.keys()) assert.doesNotMatch(url, /^https:\/\/llm4code\.github\.io\/|colloquy\.invalid/);
  const local = findExternalLinks(site, { skip });
  assert.deepEqual([...local.links.keys()].sort(), ["/broken", "/flaky", "/gone", "/missing", "/moved", "/ok", "/ok?from=news", "/slow"].map((p) => base + p));
});

test("dead links are reported on every page, transient errors retried, redirects followed", async () => {
  const started = performance.now();
  const report = await linkRot(site, { skip, retries: 1, timeout: 1000, jitter: 0 });
  const at = (p: string) => base + p;
  assert.deepEqual(reportRows(report), [
    { page: "/", link: at("/ok?from=news"), status: "200 OK" },
    { page: "/2024/", link: at("/broken"), status: "500 Internal Server Error after 1 retry" },
    { page: "/2024/", link: at("/flaky"), status: "200 OK after 1 retry" },
    { page: "/2024/", link: at("/missing"), status: "404 Not Found" },
    { page: "/2024/", link: at("/moved"), status: `200 OK, redirected to ${at("/ok")}` },
    { page: "/2024/", link: at("/ok"), status: "200 OK" },
    { page: "/2024/", link: at("/slow"), status: "timeout (no answer within 1000 ms) after 1 retry" },
    { page: "/2025/", link: at("/gone"), status: "410 Gone" },
    { page: "/2025/", link: at("/missing"), status: "404 Not Found" },
    { page: "/2026/", link: at("/ok?from=news"), status: "200 OK" },
  ]);
  const outcome = (p: string) => report.links.find((l) => l.url === at(p))?.outcome;
  assert.deepEqual(outcome("/flaky"), { state: "ok", status: 200, retries: 1 });
  assert.deepEqual(outcome("/slow"), { state: "dead", status: 0, retries: 1, cause: "timeout", detail: "no answer within 1000 ms" });
  // 404 and 410 are final at once; a 500 is asked again (HEAD, then GET, per attempt).
  assert.equal((requests.get("HEAD /missing") ?? 0) + (requests.get("GET /missing") ?? 0), 2);
  assert.equal((requests.get("HEAD /broken") ?? 0) + (requests.get("GET /broken") ?? 0), 4);
  // Two attempts of two requests of 1 s each, and a 2 s backoff between them.
  assert.ok(performance.now() - started < 20_000);
  assert.equal(
    reportMarkdown(report),
    `## Link rot

8 external links on ${report.pages} pages checked: 4 dead (on 2 pages), 4 OK (1 redirected).

### Dead links

| Page | Link | Status |
| --- | --- | --- |
| /2024/ | <${at("/broken")}> | 500 Internal Server Error after 1 retry |
| /2024/ | <${at("/missing")}> | 404 Not Found |
| /2024/ | <${at("/slow")}> | timeout (no answer within 1000 ms) after 1 retry |
| /2025/ | <${at("/gone")}> | 410 Gone |
| /2025/ | <${at("/missing")}> | 404 Not Found |

### Redirected

These still work, at another address; consider linking to it directly.

| Link | Now at | Pages |
| --- | --- | --- |
| <${at("/moved")}> | <${at("/ok")}> | /2024/ |
`,
  );
});

test("without retries, a link that fails once is dead", async () => {
  const outcomes = await checkUrls([`${base}/flaky/once`], { retries: 0, timeout: 1000 });
  assert.deepEqual(outcomes.get(`${base}/flaky/once`), { state: "dead", status: 500, retries: 0, cause: "http" });
});

test("npm run links writes the report, the JSON and the job summary, and exits 0 with dead links", async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "colloquy-links-out-"));
  const summary = path.join(dir, "summary.md");
  writeFileSync(summary, "## An earlier step\n\n");
  const only = `^(?!${base.replace(/[.]/g, "\\.")}/(ok|missing)$)`;
  const files = { report: path.join(dir, "report.md"), json: path.join(dir, "report.json") };
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ["--import", "tsx", "scripts/link-rot.ts", "--site", site, "--report", files.report, "--json", files.json, "--summary", summary, "--retries", "0", "--timeout", "1000", "--skip", only],
    { cwd: ROOT, env: { ...process.env, NODE_OPTIONS: "" } },
  );
  const markdown = readFileSync(files.report, "utf8");
  assert.match(markdown, /^## Link rot\n\n2 external links on \d+ pages checked: 1 dead \(on 2 pages\), 1 OK\.\n/);
  assert.ok(markdown.includes(`| /2025/ | <${base}/missing> | 404 Not Found |`));
  assert.equal(readFileSync(summary, "utf8"), `## An earlier step\n\n${markdown}`);
  assert.ok(stdout.includes(markdown));
  const json = JSON.parse(readFileSync(files.json, "utf8"));
  assert.equal(json.dead, 1);
  assert.deepEqual(
    json.results.map((r: { url: string; state: string; pages: string[] }) => [r.url, r.state, r.pages]),
    [
      [`${base}/missing`, "dead", ["/2024/", "/2025/"]],
      [`${base}/ok`, "ok", ["/2024/"]],
    ],
  );
});

test("npm run links fails, naming the problem, when there is no built site or an option is wrong", async () => {
  const run = (args: string[]) => promisify(execFile)(process.execPath, ["--import", "tsx", "scripts/link-rot.ts", ...args], { cwd: ROOT });
  await assert.rejects(run(["--site", path.join(os.tmpdir(), "colloquy-no-such-site")]), (e: { code: number; stderr: string }) => e.code === 1 && /No built site in .*run `npm run build` first/.test(e.stderr));
  await assert.rejects(run(["--site", site, "--retries", "many"]), (e: { code: number; stderr: string }) => e.code === 1 && e.stderr.includes('--retries must be a whole number of at least 0, not "many"'));
});
