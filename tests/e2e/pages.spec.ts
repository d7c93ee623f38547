// The pages of the llm4code fixture site: see ./page-suite.ts.
import { test } from "@playwright/test";
import { pageSuite } from "./page-suite.ts";
import { SAMPLE_PAGES, siteDir } from "./site-pages.ts";

test.describe("pages", () => {
  pageSuite(siteDir("llm4code"), SAMPLE_PAGES, new Date("2026-11-01T12:00:00Z"));
});
