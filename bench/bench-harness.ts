import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

// Benchmarks on a noisy machine: subject and baseline run interleaved in one process, and the
// figure that matters is their ratio, with medians and p99s rather than means.

export interface Stats {
  samples: number;
  medianMs: number;
  p50Ms: number;
  p99Ms: number;
  perSecond: number;
}

export function stats(samplesMs: number[]): Stats {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const median = at(0.5);
  return {
    samples: sorted.length,
    medianMs: round(median),
    p50Ms: round(median),
    p99Ms: round(at(0.99)),
    perSecond: Math.round(1000 / (sorted.reduce((a, b) => a + b, 0) / sorted.length)),
  };
}

export function round(n: number, digits = 4): number {
  return Number(n.toPrecision(digits));
}

/**
 * Runs subject and baseline alternately, `rounds` times each, after a warm-up. Which goes first
 * alternates too (subject-baseline, baseline-subject, …): whatever one run leaves behind for the
 * next (garbage, a timer due, a warm cache) then falls on both sides alike.
 */
export async function interleaved(
  subject: () => unknown | Promise<unknown>,
  baseline: () => unknown | Promise<unknown>,
  rounds: number,
  warmup = Math.min(50, rounds),
): Promise<{ subject: Stats; baseline: Stats; ratio: number }> {
  for (let i = 0; i < warmup; i++) {
    await subject();
    await baseline();
  }
  const a: number[] = [];
  const b: number[] = [];
  const timed = async (run: () => unknown, into: number[]) => {
    const t = performance.now();
    await run();
    into.push(performance.now() - t);
  };
  for (let i = 0; i < rounds; i++) {
    if (i % 2 === 0) {
      await timed(subject, a);
      await timed(baseline, b);
    } else {
      await timed(baseline, b);
      await timed(subject, a);
    }
  }
  const s = stats(a);
  const base = stats(b);
  return { subject: s, baseline: base, ratio: round(s.medianMs / base.medianMs, 3) };
}

export interface BenchResult {
  name: string;
  figures: Record<string, unknown>;
}

/**
 * Writes this run's results into the file, replacing entries of the same name and keeping the
 * others, so that `npm run bench -- slack` refreshes Slack's figures without dropping the rest.
 */
export function writeResults(path: string, results: BenchResult[], meta: Record<string, unknown>) {
  let kept: BenchResult[] = [];
  try {
    const before = JSON.parse(readFileSync(path, 'utf8')) as { at?: string; results?: BenchResult[] };
    kept = (before.results ?? []).map((r) => ({ at: before.at, ...r }));
  } catch {
    // no file yet, or an unreadable one: this run's results alone
  }
  // Each entry says when it was measured, since one file now holds entries of several runs.
  const fresh = results.map((r) => ({ ...r, at: meta.at }));
  const merged = kept.map((old) => fresh.find((r) => r.name === old.name) ?? old);
  for (const r of fresh) if (!merged.some((m) => m.name === r.name)) merged.push(r);
  writeFileSync(path, `${JSON.stringify({ ...meta, results: merged }, null, 2)}\n`);
}
