import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { planReminders } from '../src/core/reminders/reminder-planner.ts';
import { DEFAULT_SETTINGS, type Subscription } from '../src/core/reminders/subscription.ts';
import { testCore } from '../test/support/built-in.ts';
import { type BenchResult, round } from './bench-harness.ts';

// The pure planner over 1k, 10k and 100k synthetic subscriptions: time, heap held by the plan,
// and how both grow per 10x (1.0 per 10x would be linear, i.e. 10x the cost).

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const ZONES = ['Europe/Zurich', 'America/New_York', 'Asia/Shanghai', 'Africa/Lagos', 'Pacific/Auckland'];

/** A mix like real channels: most follow a few states, some everything, some one kind. */
function subscriptions(n: number, states: readonly string[]): Subscription[] {
  return Array.from({ length: n }, (_, i) => {
    const shape = i % 5;
    return {
      ...DEFAULT_SETTINGS,
      id: `sub-${i}`,
      platform: i % 2 ? 'slack' : 'discord',
      channelRef: `C${i}`,
      zone: ZONES[i % ZONES.length]!,
      createdAt: '2024-01-01T00:00:00.000Z',
      ...(shape <= 2 ? { states: [states[i % states.length]!, states[(i * 7 + 3) % states.length]!] } : {}),
      ...(shape === 3 ? { kinds: ['reviews', 'adoptions'] } : {}),
      ...(shape === 4 ? { leadMinutes: [1440, 30] } : {}),
    } satisfies Subscription;
  });
}

export async function benchReminderPlanning(sizes = [1_000, 10_000, 100_000]): Promise<BenchResult> {
  const { knowledge } = testCore();
  const states = [...new Set(knowledge.agenda.flatMap((i) => i.states))];
  planReminders(knowledge, subscriptions(500, states)); // warm-up: JIT and the zone answers
  const figures: Record<string, Record<string, number>> = {};
  let previous: { ms: number; heapMiB: number } | undefined;
  for (const n of sizes) {
    const subs = subscriptions(n, states);
    gc();
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const plan = planReminders(knowledge, subs);
    const ms = performance.now() - started;
    gc();
    const heapMiB = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
    figures[`${n.toLocaleString('en')} subscriptions`] = {
      reminders: plan.length,
      ms: round(ms),
      usPerSubscription: round((ms * 1000) / n, 3),
      heapHeldMiB: round(heapMiB, 3),
      ...(previous
        ? {
            timeGrowthPer10x: round(ms / previous.ms, 3),
            heapGrowthPer10x: round(heapMiB / previous.heapMiB, 3),
          }
        : {}),
    };
    previous = { ms, heapMiB };
  }
  return { name: 'planning', figures };
}
