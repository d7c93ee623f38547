// How the machine spent its CPU time while a measurement ran, from Linux's /proc/stat: busy, idle,
// and stolen (time the host of a virtual machine gave to other guests). On a shared machine the
// steal can take a third of its speed for an hour, so the benchmark prints it beside its figures.
// Where there is no /proc/stat (macOS, Windows) nothing is printed.
import { readFileSync } from "node:fs";

/** The machine's CPU time since boot, all cores together, in clock ticks. */
export interface CpuTimes {
  busy: number;
  idle: number;
  steal: number;
}

/** The totals of the `cpu` line of /proc/stat (user nice system idle iowait irq softirq steal …). */
export function parseCpuTimes(procStat: string): CpuTimes | undefined {
  const line = procStat.split("\n").find((l) => /^cpu\s/.test(l));
  if (!line) return undefined;
  const [user, nice, system, idle, iowait, irq, softirq, steal] = line.trim().split(/\s+/).slice(1).map(Number);
  if ([user, nice, system, idle].some((n) => n === undefined || !Number.isFinite(n))) return undefined;
  return {
    busy: user! + nice! + system! + (irq ?? 0) + (softirq ?? 0),
    idle: idle! + (iowait ?? 0),
    steal: steal ?? 0,
  };
}

/** The machine's CPU times now, or undefined where the system does not report them. */
export function readCpuTimes(file = "/proc/stat"): CpuTimes | undefined {
  try {
    return parseCpuTimes(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

/** One line on the time between two readings: how busy the cores were and how much was stolen. */
export function describeMachine(before: CpuTimes | undefined, after: CpuTimes | undefined): string | undefined {
  if (!before || !after) return undefined;
  const busy = after.busy - before.busy;
  const idle = after.idle - before.idle;
  const steal = after.steal - before.steal;
  const total = busy + idle + steal;
  if (total <= 0) return undefined;
  const share = (n: number) => `${((100 * n) / total).toFixed(1)} %`;
  return `Machine while this ran: cores ${share(busy)} busy, ${share(idle)} idle, ${share(steal)} stolen by the host for other guests`;
}
