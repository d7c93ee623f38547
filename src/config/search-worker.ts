// Pagefind's client, in a thread of its own (SearchIndexer in src/config/search.ts starts one or
// two on the first bundles that are not in the store). Pagefind indexes in its own process, one
// per thread, fed through a pipe; the pipe is only pumped when the thread that holds it turns its
// event loop, and the build's thread turns it rarely while it renders. Here nothing else runs, so
// Pagefind is never left waiting for records or for its replies to be read. The bundles a thread
// is handed are indexed one after the other: its Pagefind process works on one at a time anyway.
import { parentPort } from "node:worker_threads";
import type { IndexerReply, IndexerRequest } from "./search.ts";

const port = parentPort!;
const reply = (message: IndexerReply) => port.postMessage(message);

/** Progress is sent every this many records. */
const PROGRESS_EVERY = 100;

let pagefind: typeof import("pagefind") | undefined;
/** The bundles handed to this thread, indexed in turn. */
let queue = Promise.resolve();

async function index({ id, records, language, outputPath }: Extract<IndexerRequest, { op: "index" }>): Promise<void> {
  pagefind ??= await import("pagefind");
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
  if (!index) throw new Error(errors.join("; "));
  let added = 0;
  // Every record is sent at once: Pagefind reads them as fast as it can index them.
  const results = await Promise.all(
    records.map((record) =>
      index.addCustomRecord({ ...record, language }).then((result) => {
        if (++added % PROGRESS_EVERY === 0 || added === records.length) reply({ id, added });
        return result;
      }),
    ),
  );
  const problems = results.flatMap((result) => result.errors);
  if (problems.length) throw new Error(problems.join("; "));
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(written.errors.join("; "));
  await index.deleteIndex();
}

port.on("message", (request: IndexerRequest) => {
  if (request.op === "close") {
    // Pagefind's process is stopped; the build's thread then ends this one.
    void (pagefind ? pagefind.close() : Promise.resolve()).finally(() => reply({ closed: true }));
    return;
  }
  queue = queue.then(() =>
    index(request).then(
      () => reply({ id: request.id, done: true }),
      (error: unknown) => reply({ id: request.id, error: error instanceof Error ? error.message : String(error) }),
    ),
  );
});
