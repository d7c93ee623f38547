// Owns responsive encoding: each image at several widths and formats, named by a content hash and
// kept in the build's store (src/lib/file-store.ts), so an unchanged image is never encoded twice.
// An image whose files are all in the store is not even opened: its sizes and files are kept
// beside them, and an image drawn by code (banners, share cards, monograms) is not drawn.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { OutputInfo, Sharp, SharpConstructor } from "sharp";
import { FileStore } from "../lib/file-store.ts";
import { silent, type Stage } from "../lib/progress.ts";

/** sharp (libvips), loaded on first use: a build whose images all come from the store never loads it. */
export async function loadSharp(): Promise<SharpConstructor> {
  const { default: sharp } = await import("sharp");
  // One libvips thread per encode: the pipeline already runs two encodes at once on two cores.
  sharp.concurrency(1);
  return sharp;
}

/** Bump when encoding settings change, so cached files are made again. */
const PIPELINE_VERSION = "4";

export type ImageFormat = "avif" | "webp" | "png" | "jpeg";

export interface ImageRequest {
  /** SVG or raster bytes. */
  input: Buffer;
  /** URL-safe base name, e.g. `banner-2024-light-desktop`. */
  name: string;
  widths: number[];
  formats: ImageFormat[];
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

function encodeAs(image: Sharp, format: ImageFormat): Sharp {
  switch (format) {
    case "avif":
      // Effort 1: the twelve banners of three editions, at every width, encode in half the time
      // of effort 2 for 1 % more bytes (the default effort 4 is several times slower still).
      return image.avif({ quality: 50, effort: 1 });
    case "webp":
      return image.webp({ quality: 80, effort: 5 });
    case "png":
      return image.png({ palette: true, quality: 90, compressionLevel: 9, effort: 7 });
    case "jpeg":
      return image.jpeg({ quality: 80, mozjpeg: true });
  }
}

/**
 * One build's image encoding: encoded variants are kept in `store` under what they were made
 * from, and at most `concurrency` encodes run at once across all the build's images (they are
 * CPU-bound). `stats` counts the variants encoded and those taken from the store.
 */
export class ImageEncoder {
  readonly stats = { encoded: 0, cached: 0 };
  private drawingCode: string | undefined;
  private stage: Stage = silent.stage("images");
  private since = { encoded: 0, cached: 0 };
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    readonly store: FileStore,
    private readonly concurrency = 2,
  ) {}

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

  /** Run `task` when a slot is free; a finished task hands its slot straight to the next in line. */
  async limited<T>(task: () => Promise<T>): Promise<T> {
    if (this.running < this.concurrency) this.running++;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}

const require = createRequire(import.meta.url);

function drawingCodeHash(): string {
  const hash = createHash("sha256");
  for (const folder of ["../images", "../lib"]) {
    const dir = fileURLToPath(new URL(folder, import.meta.url));
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts")).sort()) hash.update(`${folder}/${file}\0`).update(readFileSync(path.join(dir, file)));
  }
  for (const pkg of ["opentype.js", "@fontsource/atkinson-hyperlegible", "@fontsource/jetbrains-mono", "@fontsource/source-sans-3"]) {
    hash.update(`${pkg}@${(JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), "utf8")) as { version: string }).version}\0`);
  }
  return hash.digest("hex");
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
  const { name, widths, formats, square } = req;
  return FileStore.hash(JSON.stringify({ version: PIPELINE_VERSION, source, name, widths, formats, square: !!square, folder: opts.folder ?? "img" }));
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
  const { image, hashes } = await encode({ ...req, input: Buffer.from(drawn.svg) }, opts);
  opts.encoder.store.setEntry("encoded", key, JSON.stringify({ image, hashes, about: drawn.about } satisfies KeptImage<T>));
  return { image, about: drawn.about };
}

export async function encodeImage(req: ImageRequest, opts: PipelineOptions): Promise<EncodedImage> {
  const key = encodingKey(req, opts, FileStore.hash(req.input));
  const kept = await keptImage<null>(key, opts);
  if (kept) return kept.image;
  const { image, hashes } = await encode(req, opts);
  opts.encoder.store.setEntry("encoded", key, JSON.stringify({ image, hashes, about: null } satisfies KeptImage<null>));
  return image;
}

async function encode(req: ImageRequest, opts: PipelineOptions): Promise<{ image: EncodedImage; hashes: Record<string, string> }> {
  const { encoder } = opts;
  const { store } = encoder;
  const sharp = await loadSharp();
  const svg = isSvg(req.input);
  const meta = await sharp(req.input).metadata();
  const sourceWidth = meta.width ?? 0;
  const sourceHeight = meta.height ?? 0;
  if (!sourceWidth || !sourceHeight) throw new Error(`${req.name}: cannot read the image size`);
  const aspect = req.square ? 1 : sourceHeight / sourceWidth;
  // An SVG can be drawn at any width; a raster is never enlarged.
  const maxWidth = svg ? Math.max(...req.widths) : req.square ? Math.min(sourceWidth, sourceHeight) : sourceWidth;
  const widths = [...new Set(req.widths.map((w) => Math.min(w, maxWidth)))].sort((a, b) => a - b);
  const hash = createHash("sha256").update(PIPELINE_VERSION).update(JSON.stringify({ square: !!req.square })).update(req.input).digest("hex").slice(0, 10);

  const folder = opts.folder ?? "img";
  mkdirSync(path.join(opts.outDir, folder), { recursive: true });

  // Drawing an SVG costs far more than encoding it (seconds for a 2400 px banner): it is drawn
  // once, at the largest width, when a variant is first missing from the store, and every
  // variant is resized from those pixels.
  let drawn: Promise<{ data: Buffer; info: OutputInfo }> | undefined;
  const draw = () =>
    (drawn ??= sharp(req.input, { density: Math.min(2400, Math.ceil((72 * maxWidth) / sourceWidth)) })
      .resize(maxWidth, Math.round(maxWidth * aspect))
      .raw()
      .toBuffer({ resolveWithObject: true }));
  const source = async (): Promise<Sharp> => {
    if (!svg || req.square) return sharp(req.input);
    const { data, info } = await draw();
    return sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } });
  };

  const jobs = req.formats.flatMap((format) =>
    widths.map(async (width): Promise<EncodedFile & { format: ImageFormat; hash: string }> => {
      encoder.expect();
      const height = Math.round(width * aspect);
      const file = `${req.name}-${hash}-${width}.${EXT[format]}`;
      const target = path.join(opts.outDir, folder, file);
      // The store's entry for this variant names the stored file by the hash of its bytes.
      const key = FileStore.hash(`${PIPELINE_VERSION}\0${hash}\0${width}\0${format}`);
      let stored = store.entry("image", key)?.toString();
      if (stored && (await store.linkStored(stored, target))) {
        encoder.made(false);
      } else {
        const data = await encoder.limited(async () => {
          let image = svg && req.square ? sharp(req.input, { density: Math.min(2400, Math.ceil((72 * width) / sourceWidth)) }) : await source();
          image = req.square ? image.resize(width, width, { fit: "cover", position: "attention" }) : image.resize(width, height);
          return encodeAs(image.rotate(), format).toBuffer();
        });
        await store.put(target, data, true);
        stored = FileStore.hash(data);
        store.setEntry("image", key, stored);
        encoder.made(true);
      }
      return { format, path: `${folder}/${file}`, width, height, hash: stored };
    }),
  );
  const files = await Promise.all(jobs);
  const largest = widths[widths.length - 1]!;
  const image = {
    width: largest,
    height: Math.round(largest * aspect),
    sources: req.formats.map((format) => ({ format, type: MIME[format], files: files.filter((f) => f.format === format).map(({ format: _f, hash: _h, ...rest }) => rest) })),
  };
  return { image, hashes: Object.fromEntries(files.map((f) => [f.path, f.hash])) };
}
