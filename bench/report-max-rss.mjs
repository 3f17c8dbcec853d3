// Preloaded into a benchmarked child process: writes its peak resident memory (KiB) on exit.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.UPR_BENCH_RSS_FILE)
    writeFileSync(process.env.UPR_BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
});
