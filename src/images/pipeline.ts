// Owns responsive encoding: each image at several widths and formats, named by a content hash and
// kept in the build's store (src/lib/file-store.ts), so an unchanged image is never encoded twice.
// An image whose files are all in the store is not even opened: its sizes and files are kept
// beside them, and an image drawn by code (banners, share cards, monograms) is not drawn.
import { fork, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { codeHash } from "../lib/code-hash.ts";
import { FileStore } from "../lib/file-store.ts";
import { silent, type Stage } from "../lib/progress.ts";
import type { ImageFormat, LogoBox, Probe, VariantsJob } from "./encoding.ts";
import type { LogoPicture } from "./palettes.ts";

export type { ImageFormat } from "./encoding.ts";

/** Bump when encoding settings change, so cached files are made again. */
const PIPELINE_VERSION = "5";

export interface ImageRequest {
  /** SVG or raster bytes. */
  input: Buffer;
  /** URL-safe base name, e.g. `banner-2024-light-desktop`. */
  name: string;
  widths: number[];
  formats: ImageFormat[];
  /** Formats made at other widths than `widths` (e.g. a fallback format at one width only). */
  formatWidths?: Partial<Record<ImageFormat, number[]>>;
  /** Crop to a centred square (portraits). */
  square?: boolean;
}

export interface EncodedFile {
  /** Output-relative path, e.g. `img/banner-2024-light-desktop-3fa9c2d1-800.avif`. */
  path: string;
  width: number;
  height: number;
}

export interface EncodedImage {
  /** Intrinsic size of the largest variant. */
  width: number;
  height: number;
  /** One entry per format, in the order requested; files from narrowest to widest. */
  sources: { format: ImageFormat; type: string; files: EncodedFile[] }[];
}

export interface PipelineOptions {
  /** The site's output folder; files go to `<outDir>/<folder>/`. */
  outDir: string;
  /** Output folder for the files, relative to `outDir` (default `img`; an edition's images go to `<year>/img`). */
  folder?: string;
  /** The build's encoder: its store, its encoding slots and its counts. */
  encoder: ImageEncoder;
}

const MIME: Record<ImageFormat, string> = { avif: "image/avif", webp: "image/webp", png: "image/png", jpeg: "image/jpeg" };
const EXT: Record<ImageFormat, string> = { avif: "avif", webp: "webp", png: "png", jpeg: "jpg" };

function isSvg(input: Buffer): boolean {
  const head = input.subarray(0, 512).toString("utf8").trimStart();
  return head.startsWith("<svg") || (head.startsWith("<?xml") && head.includes("<svg"));
}

/**
 * One build's image encoding: encoded variants are kept in `store` under what they were made
 * from, and at most `concurrency` encodes run at once across all the build's images (they are
 * CPU-bound), in the encoder's process. `stats` counts the variants encoded and those taken from the store.
 */
export class ImageEncoder {
  readonly stats = { encoded: 0, cached: 0 };
  private drawingCode: string | undefined;
  private stage: Stage = silent.stage("images");
  private since = { encoded: 0, cached: 0 };
  /** Where the pixels are made; started on the first image that is not in the store. */
  readonly process: EncoderProcess;

  constructor(
    readonly store: FileStore,
    concurrency = 2,
  ) {
    this.process = new EncoderProcess(concurrency);
  }

  /** A build run begins: its variants are counted on `stage` from here. */
  begin(stage: Stage): void {
    this.stage = stage;
    this.since = { ...this.stats };
    // The drawing code is read again on each run (`npm start` runs many).
    this.drawingCode = undefined;
  }

  /** The run is over: say how many variants it encoded and how many came from the store. */
  end(): void {
    const encoded = this.stats.encoded - this.since.encoded;
    const cached = this.stats.cached - this.since.cached;
    this.stage.end(`(${encoded} encoded, ${cached} from the store)`);
    this.stage = silent.stage("images");
  }

  /**
   * Files still being encoded: an image's addresses and sizes are known before its pixels, so the
   * pages are rendered while the encoder's process works. `settled` waits for them.
   */
  private readonly encoding = new Set<Promise<void>>();
  private failure: { error: unknown } | undefined;

  /** Keep `work` (an image's encoding, from its request to its files in the store) until `settled`. */
  track(work: Promise<void>): void {
    const tracked = work.then(
      () => undefined,
      (error: unknown) => {
        this.failure ??= { error };
      },
    );
    this.encoding.add(tracked);
    void tracked.then(() => this.encoding.delete(tracked));
  }

  /** Resolves once every image asked for so far is written; throws the first encoding that failed. */
  async settled(): Promise<void> {
    while (this.encoding.size) await Promise.all(this.encoding);
    const failure = this.failure;
    this.failure = undefined;
    if (failure) throw failure.error;
  }

  /** One more variant to make. */
  expect(): void {
    this.stage.add(1);
  }

  /** A variant is in the output, encoded or taken from the store. */
  made(encoded: boolean): void {
    if (encoded) this.stats.encoded++;
    else this.stats.cached++;
    this.stage.step();
  }

  /**
   * What every drawing is drawn with: the code of src/images/ and src/lib/ and the versions of the
   * fonts and of opentype.js, read once per run. Part of a drawing's key, so a change to the
   * drawing code draws anew.
   */
  drawingKey(): string {
    this.drawingCode ??= drawingCodeHash();
    return this.drawingCode;
  }
}

/** What the build asks of the encoder's process (src/images/encoder-process.ts). */
export type EncoderRequest =
  | { id: number; op: "probe"; input: Uint8Array }
  | { id: number; op: "logo"; input: Uint8Array; box: LogoBox }
  | { id: number; op: "variants"; job: VariantsJob };

/** What it answers: each variant as it is made, then the request's result or error. */
export type EncoderReply = { id: number; variant: number; data: Uint8Array } | { id: number; result: unknown } | { id: number; error: string };

interface Waiting {
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
  variant?: (index: number, data: Buffer) => void;
}

/**
 * The encoder's process, started on first use with `slots` encodes at once. It keeps the build
 * alive only while a request is out, and ends with the build.
 */
export class EncoderProcess {
  private child: ChildProcess | undefined;
  private readonly waiting = new Map<number, Waiting>();
  private next = 0;
  /** How many times the process was started (a build whose images are all stored starts none). */
  starts = 0;

  constructor(private readonly slots: number) {}

  /** An input's size and format. */
  probe(input: Buffer): Promise<Probe> {
    return this.ask({ id: this.next++, op: "probe", input }) as Promise<Probe>;
  }

  /** A logo fitted inside `box`, as PNG. */
  logo(input: Buffer, box: LogoBox): Promise<{ png: Buffer; width: number; height: number }> {
    return (this.ask({ id: this.next++, op: "logo", input, box }) as Promise<{ png: Uint8Array; width: number; height: number }>).then((logo) => ({ ...logo, png: bytes(logo.png) }));
  }

  /** Encode the variants of `job`; `variant` hears each one, by its index in `job.variants`, as it is made. */
  async variants(job: VariantsJob, variant: (index: number, data: Buffer) => void): Promise<void> {
    await this.ask({ id: this.next++, op: "variants", job }, variant);
  }

  private ask(request: EncoderRequest, variant?: Waiting["variant"]): Promise<unknown> {
    const child = (this.child ??= this.start());
    if (this.waiting.size === 0) {
      child.ref();
      child.channel?.ref();
    }
    return new Promise((resolve, reject) => {
      this.waiting.set(request.id, { resolve, reject, variant });
      child.send(request);
    });
  }

  private start(): ChildProcess {
    this.starts++;
    // The process module beside this one: compiled by scripts/run.js, or a source, then run
    // through tsx whatever loader this process has (a test runner's own does not carry over).
    const extension = path.extname(fileURLToPath(import.meta.url));
    const entry = fileURLToPath(new URL(`./encoder-process${extension}`, import.meta.url));
    const child = fork(entry, [String(this.slots)], {
      execArgv: extension === ".ts" ? ["--import", import.meta.resolve("tsx")] : [],
      serialization: "advanced",
      // Two memory arenas, and freed memory handed back above 128 KB: the encoders' peak stays near 130 MB.
      env: { ...process.env, MALLOC_ARENA_MAX: "2", MALLOC_TRIM_THRESHOLD_: "131072" },
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    child.on("message", (reply: EncoderReply) => {
      const waiting = this.waiting.get(reply.id);
      if (!waiting) return;
      if ("variant" in reply) return waiting.variant?.(reply.variant, bytes(reply.data));
      this.waiting.delete(reply.id);
      if (this.waiting.size === 0) {
        child.unref();
        child.channel?.unref();
      }
      if ("error" in reply) waiting.reject(new Error(reply.error));
      else waiting.resolve(reply.result);
    });
    child.on("exit", (code, signal) => {
      this.child = undefined;
      for (const waiting of this.waiting.values()) waiting.reject(new Error(`the image encoder stopped (${signal ?? `exit code ${code}`})`));
      this.waiting.clear();
    });
    return child;
  }
}

/** Bytes that crossed from the encoder's process (a plain Uint8Array) as a Buffer. */
const bytes = (data: Uint8Array): Buffer => Buffer.from(data.buffer, data.byteOffset, data.byteLength);

/** What every drawing is drawn with: the code of src/images/ and src/lib/, and the fonts and opentype.js. */
function drawingCodeHash(): string {
  return codeHash(["images", "lib"], ["opentype.js", "@fontsource/atkinson-hyperlegible", "@fontsource/jetbrains-mono", "@fontsource/source-sans-3"]);
}

/** What the store keeps of an encoded image: the image, each file's stored hash, and what its drawing said about itself. */
interface KeptImage<T> {
  image: EncodedImage;
  hashes: Record<string, string>;
  about: T;
}

/** The image kept under `key`, its files linked into the output; undefined when the store lacks any of them. */
async function keptImage<T>(key: string, opts: PipelineOptions): Promise<KeptImage<T> | undefined> {
  const { store } = opts.encoder;
  const entry = store.entry("encoded", key);
  if (!entry) return undefined;
  const kept = JSON.parse(entry.toString()) as KeptImage<T>;
  const files = kept.image.sources.flatMap((s) => s.files);
  for (const folder of new Set(files.map((f) => path.dirname(f.path)))) mkdirSync(path.join(opts.outDir, folder), { recursive: true });
  const linked = await Promise.all(files.map((f) => store.linkStored(kept.hashes[f.path] ?? "", path.join(opts.outDir, f.path))));
  if (linked.includes(false)) return undefined;
  for (const _ of files) {
    opts.encoder.expect();
    opts.encoder.made(false);
  }
  return kept;
}

/** The key of an encoding of `source` (the input's hash, or a drawing's recipe and code). */
function encodingKey(req: Omit<ImageRequest, "input">, opts: PipelineOptions, source: string): string {
  const { name, widths, formats, formatWidths, square } = req;
  return FileStore.hash(JSON.stringify({ version: PIPELINE_VERSION, source, name, widths, formats, formatWidths, square: !!square, folder: opts.folder ?? "img" }));
}

/**
 * A logo file's bytes rasterised to PNG inside `box` (what the header logo and the favicon are
 * made from). Kept in the store under the input and the code, so a build whose images are all
 * stored never starts the encoder's process.
 */
export async function rasterLogo(input: Buffer, box: LogoBox, encoder: ImageEncoder): Promise<LogoPicture> {
  const key = FileStore.hash(JSON.stringify({ version: PIPELINE_VERSION, code: encoder.drawingKey(), box, input: FileStore.hash(input) }));
  const kept = encoder.store.entry("logo", key);
  if (kept) {
    const { png, width, height } = JSON.parse(kept.toString()) as { png: string; width: number; height: number };
    return { png: Buffer.from(png, "base64"), width, height };
  }
  const logo = await encoder.process.logo(input, box);
  encoder.store.setEntry("logo", key, JSON.stringify({ png: logo.png.toString("base64"), width: logo.width, height: logo.height }));
  return logo;
}

/** An image drawn by code as SVG, and what the drawing says about itself (e.g. the lines a title took). */
export interface Drawn<T> {
  svg: string;
  about: T;
}

/**
 * Encode an image drawn by code. `recipe` is everything the drawing is made from (texts, colours,
 * sizes, fonts): while it and the drawing code stay the same, the image comes from the store and
 * `draw` is never called.
 */
export async function encodeDrawing<T>(recipe: unknown, draw: () => Drawn<T>, req: Omit<ImageRequest, "input">, opts: PipelineOptions): Promise<{ image: EncodedImage; about: T }> {
  const key = encodingKey(req, opts, FileStore.hash(`${opts.encoder.drawingKey()}\0${JSON.stringify(recipe)}`));
  const kept = await keptImage<T>(key, opts);
  if (kept) return { image: kept.image, about: kept.about };
  const drawn = draw();
  const image = await encode({ ...req, input: Buffer.from(drawn.svg) }, opts, (image, hashes) =>
    opts.encoder.store.setEntry("encoded", key, JSON.stringify({ image, hashes, about: drawn.about } satisfies KeptImage<T>)),
  );
  return { image, about: drawn.about };
}

export async function encodeImage(req: ImageRequest, opts: PipelineOptions): Promise<EncodedImage> {
  const key = encodingKey(req, opts, FileStore.hash(req.input));
  const kept = await keptImage<null>(key, opts);
  if (kept) return kept.image;
  return encode(req, opts, (image, hashes) => opts.encoder.store.setEntry("encoded", key, JSON.stringify({ image, hashes, about: null } satisfies KeptImage<null>)));
}

/**
 * The image of `req`, as soon as its files' addresses and sizes are known. The variants the store
 * lacks are encoded in the encoder's process meanwhile (`encoder.settled()` waits for them);
 * `stored` hears, once every file is written, the hash each is stored under.
 */
async function encode(req: ImageRequest, opts: PipelineOptions, stored: (image: EncodedImage, hashes: Record<string, string>) => void): Promise<EncodedImage> {
  const { encoder } = opts;
  const { store } = encoder;
  const svg = isSvg(req.input);
  const named = (error: unknown): never => {
    throw new Error(`image ${req.name}: ${error instanceof Error ? error.message : String(error)}`);
  };
  const { width: sourceWidth, height: sourceHeight } = await encoder.process.probe(req.input).catch(named);
  if (!sourceWidth || !sourceHeight) throw new Error(`${req.name}: cannot read the image size`);
  const aspect = req.square ? 1 : sourceHeight / sourceWidth;
  // An SVG can be drawn at any width; a raster is never enlarged.
  const widthsOf = (format: ImageFormat) => req.formatWidths?.[format] ?? req.widths;
  const maxWidth = svg ? Math.max(...req.formats.flatMap(widthsOf)) : req.square ? Math.min(sourceWidth, sourceHeight) : sourceWidth;
  const fit = (wanted: number[]) => [...new Set(wanted.map((w) => Math.min(w, maxWidth)))].sort((a, b) => a - b);
  const widths = fit(req.widths);
  const hash = createHash("sha256").update(PIPELINE_VERSION).update(JSON.stringify({ square: !!req.square })).update(req.input).digest("hex").slice(0, 10);

  const folder = opts.folder ?? "img";
  mkdirSync(path.join(opts.outDir, folder), { recursive: true });

  const variants = req.formats.flatMap((format) =>
    fit(widthsOf(format)).map((width) => {
      encoder.expect();
      const file = `${req.name}-${hash}-${width}.${EXT[format]}`;
      // The store's entry for this variant names the stored file by the hash of its bytes.
      const key = FileStore.hash(`${PIPELINE_VERSION}\0${hash}\0${width}\0${format}`);
      return { format, width, height: Math.round(width * aspect), path: `${folder}/${file}`, target: path.join(opts.outDir, folder, file), key, stored: store.entry("image", key)?.toString() };
    }),
  );
  const largest = widths[widths.length - 1]!;
  const image = {
    width: largest,
    height: Math.round(largest * aspect),
    sources: req.formats.map((format) => ({ format, type: MIME[format], files: variants.filter((v) => v.format === format).map(({ path, width, height }) => ({ path, width, height })) })),
  };
  const written = async () => {
    const linked = await Promise.all(variants.map(async (v) => v.stored !== undefined && (await store.linkStored(v.stored, v.target))));
    for (const found of linked) if (found) encoder.made(false);
    const missing = variants.filter((_, i) => !linked[i]);
    if (missing.length) {
      const writes: Promise<void>[] = [];
      await encoder.process.variants(
        { input: req.input, svg, square: !!req.square, sourceWidth, maxWidth, aspect, variants: missing.map(({ width, height, format }) => ({ width, height, format })) },
        (index, data) => {
          const v = missing[index]!;
          v.stored = FileStore.hash(data);
          store.setEntry("image", v.key, v.stored);
          writes.push(store.put(v.target, data, true).then(() => encoder.made(true)));
        },
      );
      await Promise.all(writes);
    }
    stored(image, Object.fromEntries(variants.map((v) => [v.path, v.stored ?? ""])));
  };
  encoder.track(written().catch(named));
  return image;
}
