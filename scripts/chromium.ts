/**
 * Locates the Chromium binary of the browser tests and the other commands that drive a browser.
 *
 * Playwright's own browser downloads are not used: everything runs on the distribution's build
 * (Debian's packages), which keeps the screenshots reproducible between developer machines and CI.
 * Two packages are known:
 *
 * - `chromium-headless-shell`, Chromium's headless-only build, which Playwright itself runs for
 *   headless tests. It is the browser of the tests and of every command but the audit: the
 *   screenshot baselines are made with it. It has no window, tab strip or address bar to set up
 *   for each Playwright context, and the browser tests took a fifth to a quarter less CPU time
 *   with it than with the full browser.
 * - `chromium`, the full browser, for Lighthouse (`npm run audit`).
 */
import { spawn } from "node:child_process";
import { accessSync, constants, existsSync } from "node:fs";

/** A Debian package that installs a Chromium, and where it puts the binary. */
export interface ChromiumPackage {
  package: string;
  path: string;
}

/** The browser of the tests (and the screenshot baselines), of the bench and of changed-pages. */
export const TEST_CHROMIUM: ChromiumPackage = { package: "chromium-headless-shell", path: "/usr/bin/chromium-headless-shell" };
/** The full browser, for Lighthouse. */
export const FULL_CHROMIUM: ChromiumPackage = { package: "chromium", path: "/usr/bin/chromium" };
/** Where the browser of the tests is, unless CHROMIUM_PATH says otherwise. */
export const DEFAULT_CHROMIUM_PATH = TEST_CHROMIUM.path;

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

/**
 * Command-line switches for every browser launch: no background traffic, no
 * first-run UI. Chromium refuses to start its sandbox as root, so root (CI
 * containers) also gets `--no-sandbox`.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
  ...(isRoot ? ["--no-sandbox"] : []),
];

/**
 * The features Playwright (1.65) turns off in every Chromium it launches. Chromium keeps only the
 * last `--disable-features` switch it is given, so a launch that turns off more must repeat these;
 * a unit test checks the list against the installed Playwright.
 */
export const PLAYWRIGHT_DISABLED_FEATURES: readonly string[] = [
  "AvoidUnnecessaryBeforeUnloadCheckSync",
  "DestroyProfileOnBrowserClose",
  "HttpsUpgrades",
  "HttpsFirstBalancedModeAutoEnable",
  "LensOverlay",
  "MediaRouter",
  "PaintHolding",
  "ThirdPartyStoragePartitioning",
  "AvoidCorsURLLoaderRestartOnRedirect",
  "TcpPortRandomizationWin",
  "OptimizationHints",
  "NetworkTimeServiceQuerying",
  "AimEnabled",
  "PreconnectToSearch",
  "msForceBrowserSignIn",
  "msEdgeUpdateLaunchServicesPreferredVersion",
];

/**
 * The full Chromium (when CHROMIUM_PATH points at one) preloads the address bar's two suggestion
 * popups, each a page of its own in a renderer, for every window it opens; every Playwright
 * context is a window. Nobody sees them in a headless browser, and they took about a third of the
 * CPU time of the page suite. The headless shell has no address bar, so no such page.
 */
const UNSEEN_FEATURES = ["WebUIOmniboxPopup", "WebUIOmniboxAimPopup"];

/** CHROMIUM_ARGS for a browser launched by Playwright, with the features no test uses turned off. */
export const PLAYWRIGHT_ARGS: readonly string[] = [...CHROMIUM_ARGS, `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...UNSEEN_FEATURES].join(",")}`];

/**
 * For the browser tests: no host name resolves but the test server's, so a request to another
 * origin fails at once, and is reported by the page watcher, without intercepting every request.
 */
export const LOCAL_ONLY_ARGS: readonly string[] = ["--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"];

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(command: string): boolean {
  const dirs = (process.env.PATH ?? "").split(":").filter(Boolean);
  return dirs.some((dir) => isExecutable(`${dir}/${command}`));
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(" ")} failed (${signal ?? `exit code ${code}`})`));
    });
  });
}

function howToInstall(wanted: ChromiumPackage): string {
  return [
    `This needs Debian's ${wanted.package} package (${wanted.path}), and it was not found.`,
    "Either install it, e.g. on Debian or Ubuntu:",
    `    sudo apt-get update && sudo apt-get install -y ${wanted.package}`,
    "or point CHROMIUM_PATH at an existing Chromium binary:",
    "    CHROMIUM_PATH=/path/to/chromium npm test",
    ...(wanted === TEST_CHROMIUM ? ["(the screenshot baselines are made with chromium-headless-shell; another build may render them differently)"] : []),
  ].join("\n");
}

/**
 * Returns the path of a usable Chromium binary.
 *
 * 1. `CHROMIUM_PATH`, when set (it must exist);
 * 2. the binary of the `wanted` package;
 * 3. when running as root on Debian, installs that package with apt;
 * 4. otherwise throws an Error explaining how to get one.
 */
export async function findChromium(wanted: ChromiumPackage = TEST_CHROMIUM): Promise<string> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) {
      throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no such file exists.\n${howToInstall(wanted)}`);
    }
    if (!isExecutable(fromEnv)) {
      throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but that file is not executable.`);
    }
    return fromEnv;
  }

  if (isExecutable(wanted.path)) return wanted.path;

  const canApt = isRoot && existsSync("/etc/debian_version") && onPath("apt-get");
  if (canApt) {
    console.log(`${wanted.path} not found; installing Debian's ${wanted.package} package…`);
    await run("apt-get", ["update"]);
    await run("apt-get", ["install", "-y", wanted.package]);
    if (isExecutable(wanted.path)) return wanted.path;
    throw new Error(`apt-get installed ${wanted.package}, but ${wanted.path} is still missing.\n${howToInstall(wanted)}`);
  }

  throw new Error(howToInstall(wanted));
}
