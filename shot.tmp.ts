import { chromium } from "@playwright/test";
const [url, out, scheme, width] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: "/usr/bin/chromium" });
const p = await b.newPage({ viewport: { width: Number(width ?? 1280), height: 900 }, colorScheme: scheme as "light" | "dark" });
await p.goto(url!);
await p.waitForTimeout(800);
await p.screenshot({ path: out!, fullPage: false });
await b.close();
