/**
 * Locates the Chromium binary used by the browser tests.
 *
 * Playwright's own browser downloads are not used: the tests run against the
 * distribution's Chromium (Debian's `chromium` package), which keeps the
 * screenshots reproducible between developer machines and CI.
 */
import { spawn } from "node:child_process";
import { accessSync, constants, existsSync } from "node:fs";

/** Where Debian's `chromium` package installs the browser. */
export const DEFAULT_CHROMIUM_PATH = "/usr/bin/chromium";

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
 * Chromium preloads the address bar's two suggestion popups, each a page of its own in a
 * renderer, for every window it opens; every Playwright context is a window. Nobody sees them in
 * a headless browser, and they took about a third of the CPU time of the page suite.
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

const HOW_TO_INSTALL = [
  "The browser tests need Chromium, and none was found.",
  "Either install it, e.g. on Debian or Ubuntu:",
  "    sudo apt-get update && sudo apt-get install -y chromium",
  "or point CHROMIUM_PATH at an existing Chromium or Chrome binary:",
  "    CHROMIUM_PATH=/path/to/chromium npm test",
].join("\n");

/**
 * Returns the path of a usable Chromium binary.
 *
 * 1. `CHROMIUM_PATH`, when set (it must exist);
 * 2. `/usr/bin/chromium`;
 * 3. when running as root on Debian, installs the `chromium` package with apt;
 * 4. otherwise throws an Error explaining how to get one.
 */
export async function findChromium(): Promise<string> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) {
      throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no such file exists.\n${HOW_TO_INSTALL}`);
    }
    if (!isExecutable(fromEnv)) {
      throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but that file is not executable.`);
    }
    return fromEnv;
  }

  if (isExecutable(DEFAULT_CHROMIUM_PATH)) return DEFAULT_CHROMIUM_PATH;

  const canApt = isRoot && existsSync("/etc/debian_version") && onPath("apt-get");
  if (canApt) {
    console.log(`Chromium not found at ${DEFAULT_CHROMIUM_PATH}; installing Debian's chromium package…`);
    await run("apt-get", ["update"]);
    await run("apt-get", ["install", "-y", "chromium"]);
    if (isExecutable(DEFAULT_CHROMIUM_PATH)) return DEFAULT_CHROMIUM_PATH;
    throw new Error(`apt-get installed chromium, but ${DEFAULT_CHROMIUM_PATH} is still missing.\n${HOW_TO_INSTALL}`);
  }

  throw new Error(HOW_TO_INSTALL);
}
