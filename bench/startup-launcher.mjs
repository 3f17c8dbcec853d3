// Starts one process and reports how long it took and its peak memory, as JSON on stdout:
// `node bench/startup-launcher.mjs <node arguments…>`. The start-up benchmark runs each
// measurement through this small process rather than spawning from its own large one: a child
// then starts like a command typed in a shell, and a fork of a big parent costs nothing extra.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const PEAK = new URL('./report-peak-rss.mjs', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'upr-startup-'));
const peakFile = join(dir, 'peak');
try {
  const start = performance.now();
  const result = spawnSync(process.execPath, ['--import', PEAK, ...process.argv.slice(2)], {
    env: { ...process.env, UPR_BENCH_PEAK_FILE: peakFile },
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const ms = performance.now() - start;
  if (result.status !== 0) {
    process.stderr.write(result.stderr || `exit ${result.status}`);
    process.exit(1);
  }
  process.stdout.write(JSON.stringify({ ms, peakKiB: Number(readFileSync(peakFile, 'utf8')) }));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
