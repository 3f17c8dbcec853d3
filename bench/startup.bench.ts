import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { type BenchResult, round, stats } from './bench-harness.ts';

// Start-up: one answer from a cold process (`upr-bot chat "who leads China's delegation?"`),
// against `node -e 0`, the floor no Node program can go below. Runs alternate.

const BIN = new URL('../bin/upr-bot.js', import.meta.url).pathname;
const RSS = new URL('./report-max-rss.mjs', import.meta.url).pathname;

function run(args: string[], env: NodeJS.ProcessEnv): { ms: number; rssKiB: number } {
  const dir = mkdtempSync(join(tmpdir(), 'upr-bench-'));
  const rssFile = join(dir, 'rss');
  const start = performance.now();
  const result = spawnSync(process.execPath, ['--import', RSS, ...args], {
    env: { ...env, UPR_BENCH_RSS_FILE: rssFile },
    encoding: 'utf8',
  });
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
  const rssKiB = Number(readFileSync(rssFile, 'utf8'));
  rmSync(dir, { recursive: true, force: true });
  return { ms, rssKiB };
}

export async function benchStartup(rounds = 15): Promise<BenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'upr-bench-db-'));
  const env = { ...process.env, DATABASE_URL: `file:${join(dir, 'bench.db')}`, LOG_LEVEL: 'warn' };
  const chat = [BIN, 'chat', "who leads China's delegation?"];
  run(chat, env); // first run migrates and imports: not what a user waits for each time
  const bot: { ms: number; rssKiB: number }[] = [];
  const floor: { ms: number; rssKiB: number }[] = [];
  for (let i = 0; i < rounds; i++) {
    bot.push(run(chat, env));
    floor.push(run(['-e', '0'], env));
  }
  rmSync(dir, { recursive: true, force: true });
  const botTime = stats(bot.map((r) => r.ms));
  const floorTime = stats(floor.map((r) => r.ms));
  const botRss = Math.max(...bot.map((r) => r.rssKiB));
  const floorRss = Math.max(...floor.map((r) => r.rssKiB));
  return {
    name: 'start-up',
    figures: {
      rounds,
      chatMedianMs: botTime.medianMs,
      nodeFloorMedianMs: floorTime.medianMs,
      timeRatio: round(botTime.medianMs / floorTime.medianMs, 3),
      chatPeakRssMiB: round(botRss / 1024, 3),
      nodeFloorPeakRssMiB: round(floorRss / 1024, 3),
      memoryRatio: round(botRss / floorRss, 3),
    },
  };
}
