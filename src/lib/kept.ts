// What one run of `npm start` made from its inputs, kept for the next run: the development server
// rebuilds the whole site on every edit, and most of it is made from content that did not change
// (the YAML files not edited are not parsed again; images come from the store). Each result is kept
// under a key of everything it was made from, and only results the last run asked for are kept.
// A build outside development keeps nothing. The owner clears it when anything but content
// changes (code, assets), so no result outlives the code that made it.
import { createHash } from "node:crypto";

export class Kept {
  private current = new Map<string, unknown>();
  private previous = new Map<string, unknown>();

  /** `enabled`: keep results between runs (development); otherwise `get` always makes them. */
  constructor(readonly enabled = false) {}

  /** A new run: what the last run made stays available to it; what this run does not ask for goes. */
  nextRun(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  /** Forget every result (the code or the assets changed). */
  clear(): void {
    this.previous = new Map();
    this.current = new Map();
  }

  /** The result kept for `kind` and `inputs`, else `make()`'s, kept from now on. */
  get<T>(kind: string, inputs: unknown, make: () => T): T {
    if (!this.enabled) return make();
    const key = `${kind}\0${keyOf(inputs)}`;
    if (this.current.has(key)) return this.current.get(key) as T;
    const value = this.previous.has(key) ? (this.previous.get(key) as T) : make();
    this.current.set(key, value);
    return value;
  }
}

/** A key for `inputs`: its JSON, with binary data (pictures) by the hash of its bytes. */
function keyOf(inputs: unknown): string {
  if (typeof inputs === "string") return inputs;
  return JSON.stringify(inputs, function (this: Record<string, unknown>, name, value: unknown) {
    const raw = this[name];
    return raw instanceof Uint8Array ? `sha256:${createHash("sha256").update(raw).digest("hex")}` : value;
  });
}
