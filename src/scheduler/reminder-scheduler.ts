import cron, { type ScheduledTask } from 'node-cron';
import type { Logger } from 'pino';
import type { Platform } from '../core/inbound.ts';
import type { Knowledge } from '../core/knowledge.ts';
import type { ChannelPoster, Clock, PostOutcome } from '../core/ports.ts';
import { changeNotices } from '../core/reminders/change-notices.ts';
import {
  decideDelivery,
  type LatePolicy,
  MAX_ATTEMPTS,
  retryDelayMs,
} from '../core/reminders/late-policy.ts';
import { planPersonalReminder } from '../core/reminders/personal-reminders.ts';
import { compareReminders, planReminders } from '../core/reminders/reminder-planner.ts';
import { markLate } from '../core/reminders/reminder-text.ts';
import { withinTime } from '../shared/within-time.ts';
import type { DueDelivery } from '../store/delivery-ledger.ts';
import type { Storage } from '../store/storage.ts';

// node-cron is only the ticker. The tick is a plain async function: plan (when its inputs
// changed), claim what is due, post it, record the outcome. Tests call it with a fake clock.

export interface SchedulerOptions {
  storage: Pick<
    Storage,
    'planInputsVersion' | 'ledger' | 'subscriptions' | 'personalReminders' | 'reviewUpdates'
  >;
  knowledge: () => Knowledge;
  /** Re-reads the data set after an import (possibly by another process). */
  refresh: () => Promise<void>;
  clock: Clock;
  posters: readonly ChannelPoster[];
  logger: Pick<Logger, 'info' | 'warn' | 'error' | 'debug'>;
  policy: LatePolicy;
  /** A reminder claimed within this delay of its time counts as on time. */
  graceMs: number;
  /** A claim older than this belongs to a dead process and is taken over. */
  leaseMs?: number;
  /** node-cron expression of the ticker (with seconds). */
  cron?: string;
  /** Readiness fails when no tick has ended for this long. */
  stallAfterMs?: number;
  /** The zone personal reminders use for plain-text fallbacks. */
  zone: string;
  batch?: number;
}

export interface TickReport {
  planned: boolean;
  sent: string[];
  late: string[];
  skipped: string[];
  retried: string[];
  failed: string[];
}

export interface ReminderScheduler {
  tick(): Promise<TickReport>;
  /** Releases claims left by a dead process, then starts the ticker. */
  start(): Promise<void>;
  /**
   * Stops the ticker and lets the tick in flight finish; one still running after `graceMs` has
   * its claims released, so the next start sends those deliveries (at most one may repeat).
   */
  stop(graceMs?: number): Promise<void>;
  /** For readiness: whether ticks keep coming (wall-clock time, whatever the bot's clock says). */
  health(): { ticking: boolean; lastTickAt?: string };
}

export const DEFAULT_TICK_CRON = '*/15 * * * * *';

export function createReminderScheduler(options: SchedulerOptions): ReminderScheduler {
  const { storage, clock, logger } = options;
  const posters = new Map<Platform, ChannelPoster>(options.posters.map((p) => [p.platform, p]));
  let seenVersion: string | undefined;
  let importSeen: string | undefined;
  let task: ScheduledTask | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let lastTickAt: number | undefined;
  const stallAfterMs = options.stallAfterMs ?? 60_000;

  const replan = async () => {
    const now = clock.now();
    const tooLate = new Date(Date.parse(now) - options.graceMs).toISOString();
    const knowledge = options.knowledge();
    const updates = await storage.reviewUpdates.all();
    for (const sub of await storage.subscriptions.active()) {
      const planned = planReminders(knowledge, [sub], { from: sub.createdAt }, updates);
      const notices = changeNotices(knowledge, sub, await storage.ledger.told(sub.id), now);
      await storage.ledger.sync(
        { subscriptionId: sub.id, platform: sub.platform, channelRef: sub.channelRef },
        [...notices, ...planned],
        now,
        tooLate,
      );
    }
    const wishes = await storage.personalReminders.all(options.zone);
    const byUser = new Map<string, typeof wishes>();
    for (const w of wishes) {
      const key = `${w.platform}\u0000${w.userRef}`;
      byUser.set(key, [...(byUser.get(key) ?? []), w]);
    }
    for (const list of byUser.values()) {
      const planned = list
        .map((w) => ({ wish: w, plan: planPersonalReminder(knowledge, w) }))
        .filter(({ wish, plan }) => plan && plan.at >= wish.createdAt)
        .map(({ plan }) => plan!);
      const { platform, userRef } = list[0]!;
      await storage.ledger.sync(
        { subscriptionId: null, platform, channelRef: userRef },
        planned,
        now,
        tooLate,
      );
    }
  };

  /** Re-plans when the data, the subscriptions, the personal reminders or the updates changed. */
  const planIfChanged = async (): Promise<boolean> => {
    const version = await storage.planInputsVersion();
    if (version === seenVersion) return false;
    const importId = version.split('|')[0];
    if (importSeen !== undefined && importId !== importSeen) await options.refresh();
    importSeen = importId;
    await replan();
    seenVersion = version;
    return true;
  };

  const post = async (poster: ChannelPoster, d: DueDelivery, late: boolean): Promise<PostOutcome> => {
    const reply = late ? markLate(d.reply, d.dueAt) : d.reply;
    try {
      return await poster.post(
        { ref: d.channelRef, ...(d.subscriptionId === null ? { direct: true } : {}) },
        reply,
      );
    } catch (error) {
      return { ok: false, retryable: true, reason: (error as Error).message };
    }
  };

  const runTick = async (): Promise<TickReport> => {
    const report: TickReport = { planned: false, sent: [], late: [], skipped: [], retried: [], failed: [] };
    report.planned = await planIfChanged();
    const due = await storage.ledger.claimDue({
      now: clock.now(),
      platforms: [...posters.keys()],
      limit: options.batch ?? 500,
      leaseMs: options.leaseMs ?? 5 * 60_000,
    });
    due.sort((a, b) =>
      compareReminders({ at: a.dueAt, kind: a.kind, key: a.key }, { at: b.dueAt, kind: b.kind, key: b.key }),
    );
    const stopped = new Set<string>();
    // One at a time: a crash mid-fan-out can then repeat at most the one post in flight.
    for (const d of due) {
      if (d.subscriptionId && stopped.has(d.subscriptionId)) {
        await storage.ledger.markCancelled(d, 'subscription stopped');
        continue;
      }
      const now = clock.now();
      const decision = decideDelivery({
        dueAt: d.dueAt,
        relevantUntil: d.relevantUntil,
        now,
        graceMs: options.graceMs,
        policy: options.policy,
      });
      if (decision.action === 'skip') {
        await storage.ledger.markSkipped(d, decision.reason);
        logger.info({ delivery: d.key, reason: decision.reason }, 'reminder skipped');
        report.skipped.push(d.key);
        continue;
      }
      const outcome = await post(posters.get(d.platform)!, d, decision.late);
      if (outcome.ok) {
        await storage.ledger.markSent(d, clock.now(), decision.late);
        report.sent.push(d.key);
        if (decision.late) report.late.push(d.key);
      } else if (outcome.retryable && d.attempts + 1 < MAX_ATTEMPTS) {
        const next = new Date(Date.parse(clock.now()) + retryDelayMs(d.attempts + 1, outcome.retryAfterMs));
        await storage.ledger.markRetry(d, next.toISOString(), outcome.reason);
        logger.warn(
          { delivery: d.key, reason: outcome.reason, retryAt: next.toISOString() },
          'reminder will be retried',
        );
        report.retried.push(d.key);
      } else {
        await storage.ledger.markFailed(d, outcome.reason);
        report.failed.push(d.key);
        if (!outcome.retryable && d.subscriptionId) {
          stopped.add(d.subscriptionId);
          await storage.subscriptions.stopById(d.subscriptionId, outcome.reason);
          logger.warn(
            {
              subscription: d.subscriptionId,
              platform: d.platform,
              channel: d.channelRef,
              reason: outcome.reason,
            },
            'subscription stopped: the channel cannot be reached',
          );
        } else {
          logger.error(
            { delivery: d.key, reason: outcome.reason, attempts: d.attempts + 1 },
            'reminder given up',
          );
        }
      }
    }
    if (due.length) logger.debug({ report }, 'reminder tick');
    lastTickAt = Date.now();
    return report;
  };

  // Ticks never overlap: a slow fan-out delays the next tick instead of racing it.
  const tick = (): Promise<TickReport> => {
    const next = running.then(runTick, runTick);
    running = next.catch(() => undefined);
    return next;
  };

  return {
    tick,
    async start() {
      const released = await storage.ledger.releaseClaims();
      if (released) logger.info({ released }, 'claims of a stopped process released');
      task = cron.schedule(
        options.cron ?? DEFAULT_TICK_CRON,
        async () => {
          try {
            await tick();
          } catch (error) {
            logger.error({ err: error }, 'reminder tick failed');
          }
        },
        { noOverlap: true, name: 'upr-bot reminders' },
      );
      await tick().catch((error) => logger.error({ err: error }, 'reminder tick failed'));
    },
    async stop(graceMs = 10_000) {
      await task?.stop();
      await task?.destroy();
      task = undefined;
      if (!(await withinTime(running, graceMs))) {
        const released = await storage.ledger.releaseClaims();
        logger.warn({ released }, 'a reminder tick was still running at shutdown; its claims were released');
      }
    },
    health() {
      const ticking =
        task !== undefined && lastTickAt !== undefined && Date.now() - lastTickAt < stallAfterMs;
      return { ticking, ...(lastTickAt ? { lastTickAt: new Date(lastTickAt).toISOString() } : {}) };
    },
  };
}
