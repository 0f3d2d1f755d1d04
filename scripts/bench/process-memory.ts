// Resident memory of a process and its descendants (Linux /proc): `next start`
// may serve from a child process, so the tree is what the server costs.
import { readdirSync, readFileSync } from "node:fs";

function statusKb(pid: number, field: "VmRSS" | "VmHWM"): number {
  try {
    const line = readFileSync(`/proc/${pid}/status`, "utf8").match(new RegExp(`^${field}:\\s+(\\d+) kB`, "m"));
    return line ? Number(line[1]) : 0;
  } catch {
    return 0; // exited meanwhile
  }
}

function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) =>
      readFileSync(`/proc/${pid}/task/${tid}/children`, "utf8").split(/\s+/).filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

export function processTree(pid: number): number[] {
  const all = [pid];
  for (let i = 0; i < all.length; i++) all.push(...childrenOf(all[i]!));
  return all;
}

/** MB resident now, summed over the tree. */
export function treeRssMb(pid: number): number {
  return processTree(pid).reduce((kb, p) => kb + statusKb(p, "VmRSS"), 0) / 1024;
}

/** The peak the kernel recorded for each process of the tree, summed (MB): an upper bound of the tree's peak. */
export function treePeakMb(pid: number): number {
  return processTree(pid).reduce((kb, p) => kb + statusKb(p, "VmHWM"), 0) / 1024;
}

/** Samples the tree's resident memory every `everyMs` until stopped: the highest sum seen in all, and since `phase()`. */
export function sampleRss(pid: number, everyMs = 50) {
  let peak = treeRssMb(pid);
  let phasePeak = peak;
  const timer = setInterval(() => {
    const now = treeRssMb(pid);
    peak = Math.max(peak, now);
    phasePeak = Math.max(phasePeak, now);
  }, everyMs);
  return {
    peak: () => peak,
    /** starts a phase: its peak is what `phasePeak()` answers until the next */
    phase: () => void (phasePeak = treeRssMb(pid)),
    phasePeak: () => phasePeak,
    stop: () => clearInterval(timer),
  };
}
