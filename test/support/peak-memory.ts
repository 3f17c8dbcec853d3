import { readFileSync } from 'node:fs';

// A process's own peak resident memory. Linux carries getrusage's maxRSS across exec, so a child
// spawned from a large parent reports the parent's peak (`node -e 0` from a 400 MiB parent says
// 404 MiB); /proc/self/status's VmHWM belongs to the process's own memory, fresh at exec.

/** Peak resident memory of this process, in MiB. */
export function ownPeakMiB(): number {
  try {
    const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (hwm) return Number(hwm[1]) / 1024;
  } catch {
    // Not Linux: maxRSS, which is the process's own where exec starts afresh.
  }
  return process.resourceUsage().maxRSS / 1024;
}
