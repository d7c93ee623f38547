// The pixel work of the image pipeline, done with sharp (libvips): reading an input's size,
// drawing an SVG once at its largest width, and encoding each variant. It runs in the encoder's
// own process (src/images/encoder-process.ts); the build talks to it through EncoderProcess.
import type { OutputInfo, Sharp, SharpConstructor } from "sharp";

export type ImageFormat = "avif" | "webp" | "png" | "jpeg";

/** sharp, loaded on first use. */
async function loadSharp(): Promise<SharpConstructor> {
  const { default: sharp } = await import("sharp");
  // One libvips thread per encode: the encoder already runs two encodes at once on two cores.
  sharp.concurrency(1);
  // libvips's operation cache holds decoded pixels for reuse; every image here is made once.
  sharp.cache(false);
  return sharp;
}

function encodeAs(image: Sharp, format: ImageFormat): Sharp {
  switch (format) {
    case "avif":
      // Effort 1 with 4:2:0 chroma: the twelve banners of three editions, at every width, encode in
      // under half the time of effort 2 for about the same bytes, and text edges look the same
      // (effort 0 is twice as fast again but 65 % larger).
      return image.avif({ quality: 50, effort: 1, chromaSubsampling: "4:2:0" });
    case "webp":
      // WebP is the fallback of browsers without AVIF: effort 2 takes half the time of effort 5 for 8 % more bytes.
      return image.webp({ quality: 80, effort: 2 });
    case "png":
      // Lossless and unquantised: a 1200 px share card takes about 10 ms and 35 KB, where a
      // quantised palette took over 100 ms to save 17 KB that only link-preview crawlers download.
      return image.png({ compressionLevel: 6 });
    case "jpeg":
      return image.jpeg({ quality: 80, mozjpeg: true });
  }
}

/** An input's size in pixels and its format (as sharp names it, e.g. `svg`, `png`). */
export interface Probe {
  width: number;
  height: number;
  format?: string;
}

export async function probe(input: Buffer): Promise<Probe> {
  const sharp = await loadSharp();
  const meta = await sharp(input).metadata();
  return { width: meta.width ?? 0, height: meta.height ?? 0, format: meta.format };
}

/** The variants of one image to encode. */
export interface VariantsJob {
  input: Buffer;
  svg: boolean;
  /** Crop to a centred square (portraits). */
  square: boolean;
  /** The input's own width, in pixels (an SVG's nominal width). */
  sourceWidth: number;
  /** The widest variant: an SVG is drawn at this width once, and the others are resized from it. */
  maxWidth: number;
  /** Height over width of every variant. */
  aspect: number;
  variants: { width: number; height: number; format: ImageFormat }[];
}

/**
 * Runs one piece of pixel work when a slot is free. Work marked `resumes` (the variants of an
 * image whose pixels are already drawn) goes ahead of the rest (drawing the next image), so the
 * encoder holds about as many drawn images at once as it has slots, not every image of the build.
 */
export type Slots = <T>(task: () => Promise<T>, resumes?: boolean) => Promise<T>;

/**
 * `count` slots: a finished task hands its slot to the next in line, resumed work first. The
 * hand-over waits for the next turn of the event loop, so that the work a task's caller queues on
 * its result (an image's variants, once it is drawn) is in line by then.
 */
export function slotQueue(count: number): Slots {
  let running = 0;
  const resumed: (() => void)[] = [];
  const fresh: (() => void)[] = [];
  const handOver = () => {
    const next = resumed.shift() ?? fresh.shift();
    if (next) next();
    else running--;
  };
  return async (task, resumes = false) => {
    if (running < count) running++;
    else await new Promise<void>((resolve) => (resumes ? resumed : fresh).push(resolve));
    try {
      return await task();
    } finally {
      setImmediate(handOver);
    }
  };
}

/** Whether `job` draws its pixels once, before its variants (an SVG that is not cropped). */
const draws = (job: Pick<VariantsJob, "svg" | "square">): boolean => job.svg && !job.square;

/** Encode each variant of `job`; `made` hears each one, by its index in `job.variants`, as it is done. */
export async function encodeVariants(job: VariantsJob, slots: Slots, made: (index: number, data: Buffer) => void): Promise<void> {
  const sharp = await loadSharp();
  // Drawing an SVG costs far more than encoding it (seconds for a 2400 px banner): it is drawn
  // once, at the largest width, and every variant is resized from those pixels.
  let drawn: Promise<{ data: Buffer; info: OutputInfo }> | undefined;
  const draw = () =>
    (drawn ??= sharp(job.input, { density: density(job.maxWidth, job.sourceWidth) })
      .resize(job.maxWidth, Math.round(job.maxWidth * job.aspect))
      .raw()
      .toBuffer({ resolveWithObject: true })
      .then(withoutOpaqueAlpha));
  const source = async (width: number): Promise<Sharp> => {
    if (job.svg && job.square) return sharp(job.input, { density: density(width, job.sourceWidth) });
    if (!job.svg) return sharp(job.input);
    const { data, info } = await draw();
    return sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } });
  };
  // The drawing takes a slot of its own: were it made inside the first variant's slot, the other
  // variants would each hold a slot while they wait for it, and the encoder would stand idle.
  // Once drawn, the variants resume ahead of other images' drawings, and the pixels are let go.
  const drawsFirst = draws(job);
  if (drawsFirst) await slots(draw);
  await Promise.all(
    job.variants.map((variant, index) =>
      slots(async () => {
        const image = await source(variant.width);
        const sized = job.square ? image.resize(variant.width, variant.width, { fit: "cover", position: "attention" }) : image.resize(variant.width, variant.height);
        made(index, await encodeAs(sized.rotate(), variant.format).toBuffer());
      }, drawsFirst),
    ),
  );
}

/**
 * Drawn pixels without their alpha channel when every pixel is opaque (a full-bleed banner or
 * card): AVIF would otherwise encode a second, all-opaque image for it, and PNG a fourth channel.
 */
export function withoutOpaqueAlpha(drawn: { data: Buffer; info: OutputInfo }): { data: Buffer; info: OutputInfo } {
  const { data, info } = drawn;
  if (info.channels !== 4) return drawn;
  for (let i = 3; i < data.length; i += 4) if (data[i] !== 255) return drawn;
  const rgb = Buffer.allocUnsafe((data.length / 4) * 3);
  for (let from = 0, to = 0; from < data.length; from += 4, to += 3) {
    rgb[to] = data[from]!;
    rgb[to + 1] = data[from + 1]!;
    rgb[to + 2] = data[from + 2]!;
  }
  return { data: rgb, info: { ...info, channels: 3, size: rgb.length } };
}

/** The density at which an SVG `sourceWidth` wide is drawn `width` pixels wide. */
function density(width: number, sourceWidth: number): number {
  return Math.min(2400, Math.ceil((72 * width) / sourceWidth));
}

/** A picture fitted inside a box as PNG, on transparency: `height` px high, or a `square` of that side. */
export type LogoBox = { height: number } | { square: number };

/** A logo (SVG, drawn at the density that keeps it sharp, or a raster, scaled) fitted inside `box`, as PNG. */
export async function logoPng(input: Buffer, box: LogoBox): Promise<{ png: Buffer; width: number; height: number }> {
  const sharp = await loadSharp();
  const meta = await sharp(input).metadata();
  const known = meta.width && meta.height ? { width: meta.width, height: meta.height } : undefined;
  const [width, height] =
    "square" in box ? [box.square, box.square] : [known ? Math.max(1, Math.round((box.height * known.width) / known.height)) : box.height, box.height];
  // An SVG is drawn so that its larger side is at least the box's larger side.
  const side = known ? Math.max(known.width, known.height) : 0;
  const longest = "square" in box ? box.square : known ? Math.ceil((box.height * side) / known.height) : box.height;
  const image = meta.format === "svg" && side > 0 ? sharp(input, { density: Math.max(1, Math.min(2400, Math.ceil((72 * longest) / side))) }) : sharp(input);
  const { data, info } = await image
    .resize(width, height, { fit: "contain", background: { r: 0, g: 0, b: 0, alpha: 0 } })
    .png()
    .toBuffer({ resolveWithObject: true });
  return { png: data, width: info.width, height: info.height };
}
