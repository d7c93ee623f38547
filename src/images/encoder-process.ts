// The image encoder's own process: it does the pixel work of src/images/encoding.ts for the build
// (EncoderProcess in src/images/pipeline.ts starts it on the first image that is not in the store,
// so a warm build never loads sharp). Its argument is how many encodes run at once.
//
// Why a process of its own: libvips encodes on several threads, and glibc's default of one memory
// arena per thread, each keeping what was freed in it, held about 200 MB more than the encoders
// used at any one time. This process is started with two arenas and a low trim threshold
// (MALLOC_ARENA_MAX, MALLOC_TRIM_THRESHOLD_), which only take effect when a process starts.
import { encodeVariants, logoPng, probe, slotQueue } from "./encoding.ts";
import type { EncoderReply, EncoderRequest } from "./pipeline.ts";

const limited = slotQueue(Math.max(1, Number(process.argv[2]) || 1));

/** Buffers arrive as plain Uint8Arrays (structured clone); sharp wants Buffers. */
const buffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

const reply = (message: EncoderReply) => process.send!(message);

async function serve(request: EncoderRequest): Promise<unknown> {
  switch (request.op) {
    case "probe":
      return probe(buffer(request.input));
    case "logo":
      return logoPng(buffer(request.input), request.box);
    case "variants":
      await encodeVariants({ ...request.job, input: buffer(request.job.input) }, limited, (index, data) => reply({ id: request.id, variant: index, data }));
      return null;
  }
}

process.on("message", (request: EncoderRequest) => {
  serve(request).then(
    (result) => reply({ id: request.id, result }),
    (error: unknown) => reply({ id: request.id, error: error instanceof Error ? error.message : String(error) }),
  );
});
// The build is over (or gone): so is this process.
process.on("disconnect", () => process.exit(0));
