import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { currentBuild } from '../bin/built-cli.js';
import { type BenchResult, round, stats } from './bench-harness.ts';

// Start-up: one answer from a cold process (`upr-bot chat "who leads China's delegation?"`),
// against `node -e 0`, the floor no Node program can go below. Runs alternate. Each process is
// started by bench/startup-launcher.mjs, a small process of its own, and reports its own peak
// memory (bench/report-peak-rss.mjs): neither inherits anything from this benchmark's process.
// The CLI runs as a user's does: compiled (dist/cli) when the build is current, from the sources
// through tsx otherwise (the figures say which).

const BIN = new URL('../bin/upr-bot.js', import.meta.url).pathname;
const LAUNCHER = new URL('./startup-launcher.mjs', import.meta.url).pathname;

interface Run {
  ms: number;
  peakKiB: number;
}

function run(args: string[], env: NodeJS.ProcessEnv): Run {
  return JSON.parse(execFileSync(process.execPath, [LAUNCHER, ...args], { env, encoding: 'utf8' })) as Run;
}

export async function benchStartup(rounds = 15): Promise<BenchResult> {
  const compiled = currentBuild(new URL('../', import.meta.url)) !== undefined;
  const dir = mkdtempSync(join(tmpdir(), 'upr-bench-db-'));
  const env = { ...process.env, DATABASE_URL: `file:${join(dir, 'bench.db')}`, LOG_LEVEL: 'warn' };
  const chat = [BIN, 'chat', "who leads China's delegation?"];
  run(chat, env); // first run migrates and imports: not what a user waits for each time
  const bot: Run[] = [];
  const floor: Run[] = [];
  for (let i = 0; i < rounds; i++) {
    bot.push(run(chat, env));
    floor.push(run(['-e', '0'], env));
  }
  rmSync(dir, { recursive: true, force: true });
  const botTime = stats(bot.map((r) => r.ms));
  const floorTime = stats(floor.map((r) => r.ms));
  const botPeak = Math.max(...bot.map((r) => r.peakKiB));
  const floorPeak = Math.max(...floor.map((r) => r.peakKiB));
  return {
    name: 'start-up',
    figures: {
      rounds,
      runs: compiled ? 'compiled (dist/cli)' : 'sources through tsx (no current build)',
      wallMs: botTime.medianMs,
      peakMiB: round(botPeak / 1024, 3),
      nodeFloorWallMs: floorTime.medianMs,
      nodeFloorPeakMiB: round(floorPeak / 1024, 3),
      timeRatio: round(botTime.medianMs / floorTime.medianMs, 3),
      memoryRatio: round(botPeak / floorPeak, 3),
    },
  };
}
