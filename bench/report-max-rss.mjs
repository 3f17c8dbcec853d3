// Preloaded into a benchmarked child process: writes its own peak resident memory (KiB) on exit.
// VmHWM, not getrusage's maxRSS: Linux carries maxRSS across exec, so a child spawned from a
// large parent would report the parent's peak.
import { readFileSync, writeFileSync } from 'node:fs';

function ownPeakKiB() {
  try {
    const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (hwm) return Number(hwm[1]);
  } catch {
    // Not Linux.
  }
  return process.resourceUsage().maxRSS;
}

process.on('exit', () => {
  if (process.env.UPR_BENCH_RSS_FILE) writeFileSync(process.env.UPR_BENCH_RSS_FILE, String(ownPeakKiB()));
});
