/**
 * Search over an index split into shards: a synthetic edition of 90 papers built with 30 records
 * per shard (three Pagefind bundles merged in the browser). A filter counts and lists the papers of
 * every shard in title order, a page at a time; a query finds papers of several shards.
 */
import type { AddressInfo } from "node:net";
import { rmSync } from "node:fs";
import type { Server } from "node:http";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { runBuild } from "../../scripts/build.ts";
import { createSiteServer } from "../../scripts/serve.ts";
import { shardRecords } from "../../src/config/search.ts";
import { syntheticEdition } from "../helpers.ts";

const COUNT = 90;
const SHARDS = 3;
let papers: { id: string; title: string; type: string }[] = [];
let shardOfUrl = new Map<string, number>();
let root = "";
let server: Server | undefined;
let origin = "";

const status = (page: Page) => page.locator(".paper-search__status");
const results = (page: Page) => page.locator(".paper-search__results li.paper");
const settled = (page: Page) => expect(page.locator("form.paper-search")).not.toHaveAttribute("aria-busy");
const shardsOf = async (page: Page) => new Set((await results(page).getByRole("link").evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).map((url) => shardOfUrl.get(url)));

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({}, testInfo) => {
  if (testInfo.project.name !== "desktop") return;
  test.setTimeout(240_000);
  const copy = syntheticEdition(COUNT);
  root = copy.root;
  const synthetic = copy.papers;
  papers = synthetic.map((p) => ({ id: String(p.id), title: String(p.title), type: String(p.type) }));
  const urls = papers.map((p) => ({ url: `/2026/papers/${p.id}/`, content: "", meta: {} }));
  shardOfUrl = new Map(shardRecords(urls, SHARDS).flatMap((shard, i) => shard.map((r) => [r.url, i] as const)));
  const out = path.join(root, "site");
  await runBuild({ content: copy.content, assets: copy.assets, cache: path.join(root, "cache"), output: out, quiet: true, searchShardRecords: 30 });
  server = createSiteServer({ dir: out, prefix: "/" });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(() => {
  server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "one browser pass is enough: the shards are the same");
});

test("a filter counts the papers of every shard and lists them in title order, a page at a time", async ({ page }) => {
  const type = papers[0]!.type;
  const expected = papers.filter((p) => p.type === type).map((p) => p.title).sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0));
  expect(expected.length).toBeGreaterThan(40);
  await page.goto(`${origin}/2026/papers/`);
  await expect(page.locator("form.paper-search")).toHaveAttribute("data-shards", String(SHARDS));
  await page.locator("#search-type").selectOption(type);
  await settled(page);
  await expect(status(page)).toHaveText(`${expected.length} of ${COUNT} papers match.`);
  await expect(results(page)).toHaveCount(40);
  expect((await shardsOf(page)).size).toBe(SHARDS);
  await page.getByRole("button", { name: "Show more" }).click();
  await expect(results(page)).toHaveCount(expected.length);
  await expect(results(page).locator(".paper__title")).toHaveText(expected);
});

test("a query finds papers in several shards; a title finds its paper", async ({ page }) => {
  await page.goto(`${origin}/2026/papers/`);
  const box = page.getByRole("searchbox", { name: "Search papers" });
  await box.fill("repair");
  await settled(page);
  await expect(status(page)).toHaveText(/^\d+ of 90 papers match\.$/);
  expect((await shardsOf(page)).size).toBeGreaterThan(1);
  const target = papers.find((p) => shardOfUrl.get(`/2026/papers/${p.id}/`) === SHARDS - 1)!;
  await box.fill(`"${target.title}"`);
  await settled(page);
  await expect(results(page).first().getByRole("link")).toHaveText(target.title);
});
