// The benchmark's comparison table: each piece of work, Colloquy's figure, the figure of the tool
// a user would pick instead (measured in the same run), and how many times longer Colloquy took.
// Pure formatting: the measuring is in bench.ts.

/** One command's figures: wall time and the peak memory of all its processes together. */
export interface Figure {
  seconds: number;
  peakBytes: number;
}

export interface TableRow {
  work: string;
  colloquy: Figure;
  /** The peer doing the same work; absent where there is no fair one. */
  peer?: { name: string; figure: Figure };
}

export const seconds = (s: number): string => `${s.toFixed(s < 10 ? 2 : 1)} s`;

export function memory(bytes: number): string {
  const mib = bytes / 1024 / 1024;
  return mib < 1024 ? `${mib.toFixed(0)} MB` : `${(mib / 1024).toFixed(2)} GB`;
}

const figure = (f: Figure) => `${seconds(f.seconds)}, ${memory(f.peakBytes)}`;

/** Colloquy's figure over the peer's: above 1 when Colloquy takes more. */
const ratio = (ours: number, theirs: number) => `${(ours / theirs).toFixed(2)}×`;

/** The rows as a Markdown table, its columns padded to line up in a terminal. */
export function formatTable(rows: readonly TableRow[]): string {
  const cells = [
    ["work", "Colloquy", "peer", "ratio (time, memory)"],
    ...rows.map((row) => [
      row.work,
      figure(row.colloquy),
      row.peer ? `${row.peer.name} ${figure(row.peer.figure)}` : "—",
      row.peer ? `${ratio(row.colloquy.seconds, row.peer.figure.seconds)}, ${ratio(row.colloquy.peakBytes, row.peer.figure.peakBytes)}` : "—",
    ]),
  ];
  const widths = cells[0]!.map((_, column) => Math.max(...cells.map((line) => line[column]!.length)));
  const line = (values: string[]) => `| ${values.map((value, column) => value.padEnd(widths[column]!)).join(" | ")} |`;
  return [line(cells[0]!), line(widths.map((width) => "-".repeat(width))), ...cells.slice(1).map(line)].join("\n");
}
