// Owns responsive encoding: each image at several widths and formats, named by a content hash and
// kept in the build's store (src/lib/file-store.ts), so an unchanged image is never encoded twice.
import type { Kept } from "../lib/kept.ts";
import { createHash } from "node:crypto";
import { mkdirSync } from "node:fs";
import path from "node:path";
import sharp, { type OutputInfo, type Sharp } from "sharp";
import { FileStore } from "../lib/file-store.ts";
import { silent, type Stage } from "../lib/progress.ts";

// One libvips thread per encode: the pipeline already runs two encodes at once on two cores.
sharp.concurrency(1);

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
  /** What the last run of `npm start` drew (banners, share cards), by what it was drawn from. */
  kept?: Kept;
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

export async function encodeImage(req: ImageRequest, opts: PipelineOptions): Promise<EncodedImage> {
  const { encoder } = opts;
  const { store } = encoder;
  const svg = isSvg(req.input);
  const digest = createHash("sha256").update(PIPELINE_VERSION).update(JSON.stringify({ square: !!req.square })).update(req.input).digest("hex");
  const hash = digest.slice(0, 10);
  // Reading an SVG's size parses it; `npm start` keeps the sizes of the pictures it has seen.
  const size = () => sharp(req.input).metadata();
  const meta = await (opts.kept ? opts.kept.get("image-size", digest, size) : size());
  const sourceWidth = meta.width ?? 0;
  const sourceHeight = meta.height ?? 0;
  if (!sourceWidth || !sourceHeight) throw new Error(`${req.name}: cannot read the image size`);
  const aspect = req.square ? 1 : sourceHeight / sourceWidth;
  // An SVG can be drawn at any width; a raster is never enlarged.
  const maxWidth = svg ? Math.max(...req.widths) : req.square ? Math.min(sourceWidth, sourceHeight) : sourceWidth;
  const widths = [...new Set(req.widths.map((w) => Math.min(w, maxWidth)))].sort((a, b) => a - b);

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
    widths.map(async (width): Promise<EncodedFile & { format: ImageFormat }> => {
      encoder.expect();
      const height = Math.round(width * aspect);
      const file = `${req.name}-${hash}-${width}.${EXT[format]}`;
      const target = path.join(opts.outDir, folder, file);
      // The store's entry for this variant names the stored file by the hash of its bytes.
      const key = FileStore.hash(`${PIPELINE_VERSION}\0${hash}\0${width}\0${format}`);
      const stored = store.entry("image", key)?.toString();
      if (stored && (await store.linkStored(stored, target))) {
        encoder.made(false);
      } else {
        const data = await encoder.limited(async () => {
          let image = svg && req.square ? sharp(req.input, { density: Math.min(2400, Math.ceil((72 * width) / sourceWidth)) }) : await source();
          image = req.square ? image.resize(width, width, { fit: "cover", position: "attention" }) : image.resize(width, height);
          return encodeAs(image.rotate(), format).toBuffer();
        });
        await store.put(target, data, true);
        store.setEntry("image", key, FileStore.hash(data));
        encoder.made(true);
      }
      return { format, path: `${folder}/${file}`, width, height };
    }),
  );
  const files = await Promise.all(jobs);
  const largest = widths[widths.length - 1]!;
  return {
    width: largest,
    height: Math.round(largest * aspect),
    sources: req.formats.map((format) => ({ format, type: MIME[format], files: files.filter((f) => f.format === format).map(({ format: _f, ...rest }) => rest) })),
  };
}
