// Progress of a build's long stages (image encoding, per-paper pages, search indexing). On a
// terminal a stage shows "N of M" on one line that it rewrites; elsewhere (CI logs) each stage
// prints one line when it ends. The build is handed one Progress; quiet builds get `silent`.

export interface Stage {
  /** `n` more items to do (a stage may learn its total as it goes). */
  add(n: number): void;
  /** `n` more items done. */
  step(n?: number): void;
  /** The stage is over; `detail` is said after its count, e.g. "(90 from the store)". */
  end(detail?: string): void;
}

export interface Progress {
  stage(name: string): Stage;
}

const NOTHING: Stage = { add() {}, step() {}, end() {} };

/** No output at all. */
export const silent: Progress = { stage: () => NOTHING };

/** Where progress goes: a stream and whether it is a terminal. */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

const seconds = (since: number, now: number) => `${((now - since) / 1000).toFixed(1)} s`;

/**
 * Progress written to `stream`: redrawn "N of M" lines on a terminal (at most every
 * `redrawMs`), one line per stage otherwise. `now` is the clock (a test passes its own).
 */
export function progressTo(stream: ProgressStream, { redrawMs = 100, now = () => performance.now() } = {}): Progress {
  const live = !!stream.isTTY;
  return {
    stage(name) {
      const started = now();
      let total = 0;
      let done = 0;
      let drawn = -Infinity;
      const draw = (force = false) => {
        if (!live) return;
        const at = now();
        if (!force && at - drawn < redrawMs) return;
        drawn = at;
        stream.write(`\r\x1b[K${name}: ${done} of ${total}`);
      };
      return {
        add(n) {
          total += n;
          draw();
        },
        step(n = 1) {
          done += n;
          draw(done === total);
        },
        end(detail) {
          const line = `${name}: ${done} of ${total} in ${seconds(started, now())}${detail ? ` ${detail}` : ""}`;
          stream.write(live ? `\r\x1b[K${line}\n` : `${line}\n`);
        },
      };
    },
  };
}
