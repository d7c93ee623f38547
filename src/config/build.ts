// One build: its settings, its one cache, and the work it runs beside Eleventy's rendering.
// A Build is made once from its settings and handed to each plugin of .eleventy.ts, which keep
// nothing of their own: `npm run build`, `npm start` and a plain Eleventy run of .eleventy.ts
// differ only in the settings they make their Build from.
import path from "node:path";
import { loadSite } from "../content/load.ts";
import type { SiteModel } from "../content/model.ts";
import { ImageEncoder } from "../images/pipeline.ts";
import { ScriptCompiler } from "./assets.ts";
import { FileStore } from "../lib/file-store.ts";
import { Kept } from "../lib/kept.ts";
import { silent, type Progress } from "../lib/progress.ts";
import type { SiteData } from "../pages/page-template.ts";
import { SpareOutput } from "../lib/spare-output.ts";

export interface BuildSettings {
  /** The content folder: site.yaml, people.yaml, labels.yaml, pages/ and one folder per edition. */
  contentDir: string;
  /** The source images folder (logos, portraits). */
  assetsDir: string;
  /** The cache folder; the build's store lives in `<cacheDir>/store`. */
  cacheDir: string;
  /** Content the caller has just validated: the first build uses it instead of reading it again. */
  model?: SiteModel;
  /** An earlier output whose folders the build may take instead of making them (src/lib/spare-output.ts). */
  spareDir?: string;
  /**
   * Publish the browser editor with Decap's local backend (`npx decap-server` beside the
   * repository): `true` for its default address, or its API URL. `npm start` sets it.
   */
  cmsLocalBackend?: boolean | string;
  /** Records per search index shard (default SEARCH_SHARD_RECORDS of src/lib/paper-urls.ts). */
  searchShardRecords?: number;
  /** Where the long stages report how far they are (default: nowhere). */
  progress?: Progress;
  /**
   * `npm start`: the side work starts once a run's pages are written, so they reach the disk
   * first. The work named in `background` (the search indexes) is not waited for at all: a later
   * run's starts after it, and `report` hears when each run of it ends (with its failure, if any).
   */
  development?: { background: readonly string[]; report: (name: string, error?: unknown) => void };
}

/** What a plain Eleventy run of .eleventy.ts builds: the project's own folders. */
export const DEFAULT_SETTINGS: BuildSettings = { contentDir: "content", assetsDir: "assets", cacheDir: ".cache" };

export type Site = SiteData["colloquy"];
/** Work that needs the site data but no Eleventy page (per-paper files, search indexes). */
export type SideWork = (site: Site, outDir: string) => Promise<void>;

type Settled = { error: unknown } | undefined;

export class Build {
  /** The one content-addressed store: images, per-paper files, search bundles, parsed YAML. */
  readonly store: FileStore;
  readonly spare: SpareOutput;
  readonly images: ImageEncoder;
  /** The browser scripts' compiles (esbuild, through the store). */
  readonly scripts: ScriptCompiler;
  /** What the last run made from unchanged inputs, for the next (`npm start` only; src/lib/kept.ts). */
  readonly kept: Kept;
  readonly progress: Progress;
  /** Search bundles indexed by Pagefind and bundles linked from the store, over every run. */
  readonly searchStats = { indexed: 0, stored: 0 };
  /** Paper pages rendered, and those linked from the store without rendering, over every run. */
  readonly paperStats = { rendered: 0, kept: 0 };
  /** The per-paper pages the last run wrote: file (relative to the output, `/`-separated) → canonical URL. */
  paperPages: ReadonlyMap<string, string> = new Map();
  private model: SiteModel | undefined;
  private readonly work = new Map<string, SideWork>();
  private readonly early = new Map<string, (outDir: string) => Promise<void>>();
  private readonly running = new Map<string, Promise<Settled>>();
  /** Background side work (`settings.development`): the last run of each; and the run's site data until its side work starts. */
  private readonly behind = new Map<string, Promise<void>>();
  private pending: { site: Site; outDir: string } | undefined;

  constructor(readonly settings: BuildSettings) {
    this.store = new FileStore(path.join(settings.cacheDir, "store"));
    this.spare = new SpareOutput(settings.spareDir);
    this.progress = settings.progress ?? silent;
    this.images = new ImageEncoder(this.store);
    this.scripts = new ScriptCompiler(this.store);
    this.kept = new Kept(!!settings.development);
    this.model = settings.model;
  }

  /**
   * Read and validate the content now, before anything is written (`npm run build` does, to fail
   * early); the next run uses it instead of reading it again.
   */
  validate(): SiteModel {
    this.model ??= loadSite({ contentDir: this.settings.contentDir, assetsDir: this.settings.assetsDir, parsed: this.store, kept: this.kept });
    return this.model;
  }

  /** The validated content: the model validated or handed over once, else read now. */
  content(): SiteModel {
    const model = this.model ?? loadSite({ contentDir: this.settings.contentDir, assetsDir: this.settings.assetsDir, parsed: this.store, kept: this.kept });
    // Later runs (`npm start`) read the content again, so they pick up edits.
    this.model = undefined;
    return model;
  }

  /**
   * A run begins: its images are counted from here, it keeps what it makes (in development) for
   * the next, and the side work that needs no content (`first`) starts on `outDir` now.
   */
  begin(outDir: string): void {
    this.kept.nextRun();
    this.images.begin(this.progress.stage("images"));
    for (const [name, work] of this.early) this.run(name, () => work(outDir));
  }

  /**
   * Run `work` at the start of each run, before the content is read: work that needs no content
   * (the browser scripts), done and gone before the images are encoded.
   */
  first(name: string, work: (outDir: string) => Promise<void>): void {
    this.early.set(name, work);
  }

  /** Run `work` on each run's site data as soon as it is ready, beside the rendering. */
  alongside(name: string, work: SideWork): void {
    this.work.set(name, work);
  }

  /**
   * Start every side work on `site`. A rerun (`npm start`) waits for the previous run of the same
   * work first. Failures are kept as values, reported by `finish`, never unhandled. In
   * development the side work waits until the pages are written (`settled` or `finish` starts it).
   */
  start(site: Site, outDir: string): void {
    this.pending = { site, outDir };
    if (!this.settings.development) this.startPending();
  }

  private startPending(): void {
    const pending = this.pending;
    this.pending = undefined;
    if (!pending) return;
    const { site, outDir } = pending;
    const development = this.settings.development;
    for (const [name, work] of this.work) {
      if (development?.background.includes(name)) {
        // Not waited for: it starts after its previous run, and says when it ends.
        const previous = this.behind.get(name) ?? Promise.resolve();
        this.behind.set(
          name,
          previous
            .then(() => work(site, outDir))
            .then(
              () => development.report(name),
              (error: unknown) => development.report(name, error),
            ),
        );
        continue;
      }
      this.run(name, () => work(site, outDir));
    }
  }

  /** Start `work` after the previous run of the same work; its failure is kept for `finish`. */
  private run(name: string, work: () => Promise<void>): void {
    const previous = this.running.get(name) ?? Promise.resolve(undefined);
    this.running.set(
      name,
      previous.then(work).then(
        () => undefined,
        (error: unknown) => ({ error }),
      ),
    );
  }

  /** Resolves once every side work of this run has finished, failed or not. */
  async settled(): Promise<void> {
    this.startPending();
    await Promise.all(this.running.values());
  }

  /** Wait for this run's side work and throw the first failure; the next run starts afresh. */
  async finish(): Promise<void> {
    this.startPending();
    // The pages are written and the side work is under way (the search index takes longest):
    // what only later builds need is kept now.
    this.store.keepDeferred();
    const results = await Promise.all(this.running.values());
    this.running.clear();
    // The images the pages name are encoded while the pages are made: they are on disk from here.
    const images = await this.images.settled().then(
      () => undefined,
      (error: unknown) => ({ error }),
    );
    this.images.end();
    const failed = results.find((result) => result?.error) ?? images;
    if (failed) throw failed.error;
  }

  /** Resolves once the background side work started so far (`settings.development`) has ended. */
  async caughtUp(): Promise<void> {
    await Promise.all(this.behind.values());
  }
}
