// Owns responsive encoding: each image at several widths and formats, named by a content hash and
// kept in a cache folder, so an unchanged image is never encoded twice.
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, linkSync, mkdirSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import sharp, { type Sharp } from "sharp";

// One libvips thread per encode: the pipeline already runs two encodes at once on two cores.
sharp.concurrency(1);

/** Bump when encoding settings change, so cached files are made again. */
const PIPELINE_VERSION = "1";

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
  /** Where encoded files are kept between builds. */
  cacheDir: string;
}

const MIME: Record<ImageFormat, string> = { avif: "image/avif", webp: "image/webp", png: "image/png", jpeg: "image/jpeg" };
const EXT: Record<ImageFormat, string> = { avif: "avif", webp: "webp", png: "png", jpeg: "jpg" };

/** How many encodes ran (not served from the cache) since the process started. */
export const stats = { encoded: 0, cached: 0 };

function isSvg(input: Buffer): boolean {
  const head = input.subarray(0, 512).toString("utf8").trimStart();
  return head.startsWith("<svg") || (head.startsWith("<?xml") && head.includes("<svg"));
}

function encoder(image: Sharp, format: ImageFormat): Sharp {
  switch (format) {
    case "avif":
      return image.avif({ quality: 50, effort: 4 });
    case "webp":
      return image.webp({ quality: 80, effort: 5 });
    case "png":
      return image.png({ palette: true, quality: 90, compressionLevel: 9, effort: 7 });
    case "jpeg":
      return image.jpeg({ quality: 80, mozjpeg: true });
  }
}

/** Encodes are CPU-bound: at most this many run at once across all images of a build. */
const CONCURRENCY = 2;
let running = 0;
const waiting: (() => void)[] = [];

/** Run `task` when a slot is free; a finished task hands its slot straight to the next in line. */
async function limited<T>(task: () => Promise<T>): Promise<T> {
  if (running < CONCURRENCY) running++;
  else await new Promise<void>((resolve) => waiting.push(resolve));
  try {
    return await task();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}

export async function encodeImage(req: ImageRequest, opts: PipelineOptions): Promise<EncodedImage> {
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

  mkdirSync(opts.cacheDir, { recursive: true });
  const folder = opts.folder ?? "img";
  mkdirSync(path.join(opts.outDir, folder), { recursive: true });

  const jobs = req.formats.flatMap((format) =>
    widths.map(async (width): Promise<EncodedFile & { format: ImageFormat }> => {
      const height = Math.round(width * aspect);
      const file = `${req.name}-${hash}-${width}.${EXT[format]}`;
      const cached = path.join(opts.cacheDir, file);
      if (existsSync(cached)) {
        stats.cached++;
      } else {
        await limited(async () => {
          let image = svg ? sharp(req.input, { density: Math.min(2400, Math.ceil((72 * width) / sourceWidth)) }) : sharp(req.input);
          image = req.square ? image.resize(width, width, { fit: "cover", position: "attention" }) : image.resize(width, height);
          const data = await encoder(image.rotate(), format).toBuffer();
          const temp = `${cached}.${process.pid}.tmp`;
          writeFileSync(temp, data);
          renameSync(temp, cached);
        });
        stats.encoded++;
      }
      const target = path.join(opts.outDir, folder, file);
      if (!existsSync(target)) {
        try {
          linkSync(cached, target);
        } catch {
          copyFileSync(cached, target);
        }
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
