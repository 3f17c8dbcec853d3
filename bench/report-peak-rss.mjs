// Preloaded into a benchmarked process: writes its peak resident memory (KiB) on exit.
// Linux's VmHWM is this program's own peak since it started; getrusage's maxRSS would also count
// the memory of the process it was forked from, which made `node -e 0` look 111 MB large.
import { readFileSync, writeFileSync } from 'node:fs';

function peakKiB() {
  try {
    const hwm = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (hwm) return Number(hwm[1]);
  } catch {
    // not Linux: fall back to getrusage
  }
  return process.resourceUsage().maxRSS;
}

process.on('exit', () => {
  if (process.env.UPR_BENCH_PEAK_FILE) writeFileSync(process.env.UPR_BENCH_PEAK_FILE, String(peakKiB()));
});
