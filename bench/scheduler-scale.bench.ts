import { spawnSync } from 'node:child_process';
import { type BenchEngine, benchHarness, ENGINE_NAMES } from './bench-database.ts';
import { type BenchResult, round } from './bench-harness.ts';
import { subscriptionMix } from './subscription-mix.ts';

// The scheduler at 1,000, 10,000 and 100,000 subscriptions, through its real path: subscriptions
// created through the store in a SQLite file (or a PostgreSQL database), then a process of its own runs the scheduler's
// tick (plan by settings group, templates) and the tick at which a reminder falls due for most
// channels (their delivery rows). Time and peak memory are that process's.

const CHILD = new URL('./scheduler-scale-child.ts', import.meta.url).pathname;
const SUBSCRIBED_AT = '2024-01-01T00:00:00.000Z';
const PLAN_AT = '2024-01-10T00:00:00.000Z';
/** The window's "7 days before" reminder: due for every channel that has the window kind. */
const DUE_AT = '2024-01-15T08:00:05.000Z';

interface ChildFigures {
  planSeconds: number;
  planCpuSeconds: number;
  releaseCpuSeconds: number;
  templates: number;
  rowsBeforeDue: number;
  released: number;
  releaseSeconds: number;
  readyMiB: number;
  peakMiB: number;
}

async function atScale(
  n: number,
  engine: BenchEngine,
): Promise<ChildFigures & { groups: number; createSeconds: number }> {
  const { h, dispose } = await benchHarness(engine, 'scale');
  try {
    const states = [...new Set(h.knowledge.agenda.flatMap((i) => i.states))];
    let t = performance.now();
    await h.storage.subscriptions.saveMany(subscriptionMix(n, states, SUBSCRIBED_AT));
    const createSeconds = (performance.now() - t) / 1000;
    const groups = (await h.storage.subscriptions.settingsGroups()).length;
    await h.storage.close();
    t = performance.now();
    const child = spawnSync(process.execPath, ['--import', 'tsx', CHILD, h.url, PLAN_AT, DUE_AT], {
      encoding: 'utf8',
    });
    if (child.status !== 0) throw new Error(`scheduler child failed: ${child.stderr}`);
    const figures = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as ChildFigures;
    await h.reopen();
    return { ...figures, groups, createSeconds };
  } finally {
    await dispose();
  }
}

export async function benchSchedulerAtScale(
  sizes = [1_000, 10_000, 100_000],
  engine: BenchEngine = 'sqlite',
): Promise<BenchResult> {
  const figures: Record<string, Record<string, number>> = {};
  let previous: number | undefined;
  for (const n of sizes) {
    const f = await atScale(n, engine);
    figures[`${n.toLocaleString('en')} subscriptions`] = {
      planSeconds: round(f.planSeconds, 3),
      peakMiB: round(f.peakMiB, 3),
      planCpuSeconds: round(f.planCpuSeconds, 3),
      settingsGroups: f.groups,
      templates: f.templates,
      rowsBeforeDue: f.rowsBeforeDue,
      dueRowsWritten: f.released,
      dueTickSeconds: round(f.releaseSeconds, 3),
      dueTickCpuSeconds: round(f.releaseCpuSeconds, 3),
      processReadyMiB: round(f.readyMiB, 3),
      subscriptionsCreatedSeconds: round(f.createSeconds, 3),
      ...(previous ? { planGrowthPer10x: round(f.planSeconds / previous, 3) } : {}),
    };
    previous = f.planSeconds;
  }
  return {
    name: engine === 'sqlite' ? 'scheduler at scale' : `scheduler at scale (${ENGINE_NAMES[engine]})`,
    figures,
  };
}
