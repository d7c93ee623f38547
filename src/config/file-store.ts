// The build's store (src/lib/file-store.ts). Once a build's files are all in place, stored files
// that no output links to any more are swept away (at most once a day): the new output, the one
// it replaces and the spare still link theirs.
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { Build } from "./build.ts";

export function fileStore(config: UserConfig, build: Build): void {
  config.on("eleventy.after", async () => {
    await build.settled();
    build.store.sweep();
  });
}
