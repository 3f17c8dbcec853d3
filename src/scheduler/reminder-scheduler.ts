import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import cron, { type ScheduledTask } from 'node-cron';
import type { Logger } from 'pino';
import type { Knowledge } from '../core/knowledge.ts';
import type { ChannelPoster, Clock } from '../core/ports.ts';
import type { LatePolicy } from '../core/reminders/late-policy.ts';
import { withinTime } from '../shared/within-time.ts';
import type { Storage } from '../store/storage.ts';
import { type FanOutReport, fanOut } from './fan-out.ts';
import { createGroupPlans, type GroupPlans } from './group-plans.ts';
import { createReplyComposer } from './reply-composer.ts';
import { replanTemplates } from './template-planning.ts';

// node-cron is only the ticker. The tick is a plain async function: plan by settings group
// (when its inputs changed), write the deliveries that fell due, claim and post them in
// parallel, record the outcomes. Tests call it with a fake clock.

export interface SchedulerOptions {
  storage: Pick<
    Storage,
    'planInputsVersion' | 'ledger' | 'templates' | 'subscriptions' | 'personalReminders' | 'reviewUpdates'
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
  /** A claim older than this belongs to a dead process (or replica) and is taken over. */
  leaseMs?: number;
  /**
   * This replica's stable name (UPR_REPLICA_ID, else the host name): claims carry it, so that a
   * replica restarting releases the claims its previous run left at once, and leaves other
   * replicas' claims alone until their lease runs out.
   */
  replicaId?: string;
  /** node-cron expression of the ticker (with seconds). */
  cron?: string;
  /** Readiness fails when no tick has ended for this long. */
  stallAfterMs?: number;
  /** The zone personal reminders use for plain-text fallbacks. */
  zone: string;
}

export interface TickReport extends FanOutReport {
  planned: boolean;
  /** Deliveries written because their reminder fell due. */
  released: number;
}

export interface ReminderScheduler {
  tick(): Promise<TickReport>;
  /** Releases claims this replica's previous run left, then starts the ticker. */
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
  let plans: GroupPlans | undefined;
  let seenVersion: string | undefined;
  let importSeen: string | undefined;
  let changesLookedFor: Knowledge | undefined;
  let task: ScheduledTask | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let lastTickAt: number | undefined;
  const stallAfterMs = options.stallAfterMs ?? 60_000;
  // Claims carry the replica's and this process's names, so that only it records their outcome.
  const replicaId = options.replicaId ?? hostname();
  const processId = `${replicaId}:${randomUUID().slice(0, 8)}`;

  /** Re-plans when the data, the subscriptions, the personal reminders or the updates changed. */
  const planIfChanged = async (): Promise<boolean> => {
    const version = await storage.planInputsVersion();
    if (version === seenVersion) return false;
    const importId = version.split('|')[0];
    if (importSeen !== undefined && importId !== importSeen) await options.refresh();
    importSeen = importId;
    const knowledge = options.knowledge();
    plans ??= createGroupPlans(knowledge);
    const report = await replanTemplates({
      storage,
      plans,
      knowledge,
      now: clock.now(),
      graceMs: options.graceMs,
      zone: options.zone,
      lookForChanges: changesLookedFor !== knowledge,
    });
    changesLookedFor = knowledge;
    logger.debug({ ...report }, 'reminders planned');
    seenVersion = version;
    return true;
  };

  const runTick = async (): Promise<TickReport> => {
    const planned = await planIfChanged();
    const now = clock.now();
    const { deliveries: released } = await storage.templates.releaseDue(now);
    const expired = new Date(Date.parse(now) - (options.leaseMs ?? 5 * 60_000)).toISOString();
    const orphaned = await storage.ledger.releaseExpiredClaims(expired);
    if (orphaned) logger.warn({ released: orphaned }, 'claims older than the lease were taken back');
    const report: TickReport = {
      planned,
      released,
      sent: [],
      late: [],
      skipped: [],
      retried: [],
      failed: [],
    };
    await fanOut({
      storage,
      posters: options.posters,
      composer: createReplyComposer({ storage, plans: plans!, zone: options.zone }),
      now: () => clock.now(),
      logger,
      policy: options.policy,
      graceMs: options.graceMs,
      claimedBy: `${processId}:${randomUUID().slice(0, 8)}`,
      report,
    });
    if (released || report.sent.length || report.retried.length || report.failed.length)
      logger.debug({ report: { ...report, sent: report.sent.length } }, 'reminder tick');
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
      const released = await storage.ledger.releaseOwnClaims(`${replicaId}:`);
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
        const released = await storage.ledger.releaseClaims(`${processId}:`);
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
