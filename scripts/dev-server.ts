// `npm start`: the development server (Eleventy in serve mode, with live reload).
import Eleventy from "@11ty/eleventy";
import { colloquy } from "../.eleventy.ts";
import { Build, type BuildSettings } from "../src/config/build.ts";

export interface DevServerOptions {
  port: number;
  /** The output folder the server serves, default `_site`. */
  output?: string;
}

export async function serve(options: DevServerOptions, settings: BuildSettings): Promise<void> {
  // The development server publishes the editor with the local backend (`npx decap-server`).
  const eleventy = new Eleventy(undefined, options.output ?? "_site", { runMode: "serve", source: "cli", config: colloquy(new Build({ cmsLocalBackend: true, ...settings })) });
  await eleventy.init();
  await eleventy.watch();
  eleventy.serve(options.port);
  process.on("SIGINT", async () => {
    await eleventy.stopWatch();
    process.exit(0);
  });
}
