// The file store the per-paper files and search bundles go through (src/lib/file-store.ts). Once a
// build's files are all in place, stored files that no output links to any more are swept away
// (at most once a day): the new output, the one it replaces and the spare still link theirs.
import type UserConfig from "@11ty/eleventy/UserConfig";
import { FileStore } from "../lib/file-store.ts";
import { sideWorkSettled } from "./side-work.ts";

export function fileStore(config: UserConfig, options: { storeDir: string }): void {
  config.on("eleventy.after", async () => {
    await sideWorkSettled();
    new FileStore(options.storeDir).sweep();
  });
}
