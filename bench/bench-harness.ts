import { existsSync, readFileSync, writeFileSync } from 'node:fs';
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

/** Runs subject and baseline alternately, `rounds` times each, after a warm-up. */
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
  for (let i = 0; i < rounds; i++) {
    let t = performance.now();
    await subject();
    a.push(performance.now() - t);
    t = performance.now();
    await baseline();
    b.push(performance.now() - t);
  }
  const s = stats(a);
  const base = stats(b);
  return { subject: s, baseline: base, ratio: round(s.medianMs / base.medianMs, 3) };
}

export interface BenchResult {
  name: string;
  figures: Record<string, unknown>;
  measuredAt?: string;
}

/**
 * Writes this run's results into the file, keeping the entries of benchmarks not run this time
 * (`npm run bench -- scale` leaves the others' figures alone), dropping retired entries.
 */
export function writeResults(
  path: string,
  results: BenchResult[],
  retired: readonly string[],
  meta: Record<string, unknown>,
) {
  let kept: BenchResult[] = [];
  if (existsSync(path)) {
    const previous = JSON.parse(readFileSync(path, 'utf8')) as { results?: BenchResult[] };
    kept = (previous.results ?? []).filter((r) => !retired.includes(r.name));
  }
  const byName = new Map(kept.map((r) => [r.name, r]));
  // Each entry says when it was measured: the file mixes runs.
  for (const r of results) byName.set(r.name, { ...r, measuredAt: String(meta.at) });
  writeFileSync(path, `${JSON.stringify({ ...meta, results: [...byName.values()] }, null, 2)}\n`);
}
