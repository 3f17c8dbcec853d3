import type { Logger } from 'pino';
import type { ChannelPoster, PostOutcome } from '../core/ports.ts';
import { decideDelivery, type LatePolicy } from '../core/reminders/late-policy.ts';
import { compareReminders } from '../core/reminders/reminder-planner.ts';
import { markLate } from '../core/reminders/reminder-text.ts';
import type { Reply } from '../core/reply.ts';
import type { ClaimedDelivery } from '../store/delivery-ledger.ts';
import type { Storage } from '../store/storage.ts';
import { ledgerOutcome, outcomeRecorder } from './delivery-outcomes.ts';
import type { ReplyComposer } from './reply-composer.ts';

// Posting what is due, in parallel within each platform's pool: claims are taken as slots free
// up, so a slow channel holds one slot and never the others; per-channel and per-workspace
// limits are the posters' own (they know their platform). Each platform drains on its own.

export interface FanOutReport {
  sent: string[];
  late: string[];
  skipped: string[];
  retried: string[];
  failed: string[];
}

export interface FanOutOptions {
  storage: Pick<Storage, 'ledger' | 'subscriptions'>;
  posters: readonly ChannelPoster[];
  composer: ReplyComposer;
  now: () => string;
  logger: Pick<Logger, 'info' | 'warn' | 'error' | 'debug'>;
  policy: LatePolicy;
  graceMs: number;
  /** Who claims: the rows this tick claims carry it, and only it records their outcome. */
  claimedBy: string;
  report: FanOutReport;
}

/** Outcomes recorded together when the platform recognises repeats (see ChannelPoster). */
const BATCH = { batchSize: 100, maxDelayMs: 250 };
const ONE_BY_ONE = { batchSize: 1, maxDelayMs: 0 };

export async function fanOut(options: FanOutOptions): Promise<void> {
  await Promise.all(options.posters.map((poster) => drain(poster, options)));
}

async function drain(poster: ChannelPoster, options: FanOutOptions): Promise<void> {
  const { storage, composer, logger, report } = options;
  const concurrency = Math.max(1, poster.concurrency ?? 1);
  const recorder = outcomeRecorder(storage.ledger, poster.recognisesRepeats ? BATCH : ONE_BY_ONE);
  const stopped = new Set<string>();
  // A late reminder's words, made once per reminder rather than once per channel.
  const lateReplies = new WeakMap<Reply, { dueAt: string; reply: Reply }>();
  const lateReply = (reply: Reply, dueAt: string): Reply => {
    const known = lateReplies.get(reply);
    if (known?.dueAt === dueAt) return known.reply;
    const late = markLate(reply, dueAt);
    lateReplies.set(reply, { dueAt, reply: late });
    return late;
  };

  const post = async (d: ClaimedDelivery, late: boolean): Promise<PostOutcome> => {
    const reply = composer.replyFor(d);
    if (!reply) return { ok: false, retryable: false, reason: 'no longer planned' };
    try {
      return await poster.post(
        {
          ref: d.channelRef,
          ...(d.subscriptionId === null ? { direct: true } : {}),
          ...(d.workspaceId ? { workspace: d.workspaceId } : {}),
        },
        late ? lateReply(reply, d.dueAt) : reply,
        { key: d.key, ...(d.unsureSince ? { unsureSince: d.unsureSince } : {}) },
      );
    } catch (error) {
      // A poster that throws did not say whether it posted.
      return { ok: false, retryable: true, unsure: true, reason: (error as Error).message };
    }
  };

  const handle = async (d: ClaimedDelivery): Promise<void> => {
    if (d.subscriptionId && stopped.has(d.subscriptionId)) {
      return recorder.add(d, { state: 'cancelled', reason: 'subscription stopped' });
    }
    if (!composer.replyFor(d)) {
      return recorder.add(d, { state: 'cancelled', reason: 'no longer planned (moved or withdrawn)' });
    }
    const decision = decideDelivery({
      dueAt: d.dueAt,
      relevantUntil: d.relevantUntil,
      now: options.now(),
      graceMs: options.graceMs,
      policy: options.policy,
    });
    if (decision.action === 'skip') {
      logger.info({ delivery: d.key, reason: decision.reason }, 'reminder skipped');
      report.skipped.push(d.key);
      return recorder.add(d, { state: 'skipped', reason: decision.reason });
    }
    const posted = await post(d, decision.late);
    const outcome = ledgerOutcome(d, posted, options.now(), decision.late);
    await recorder.add(d, outcome);
    if (outcome.state === 'sent') {
      report.sent.push(d.key);
      if (decision.late) report.late.push(d.key);
    } else if (outcome.state === 'retry') {
      logger.warn(
        { delivery: d.key, reason: outcome.error, retryAt: outcome.nextAttemptAt },
        'reminder will be retried',
      );
      report.retried.push(d.key);
    } else if (outcome.state === 'failed') {
      report.failed.push(d.key);
      if (!posted.ok && !posted.retryable && d.subscriptionId) {
        stopped.add(d.subscriptionId);
        await storage.subscriptions.stopById(d.subscriptionId, outcome.error);
        logger.warn(
          {
            subscription: d.subscriptionId,
            platform: d.platform,
            channel: d.channelRef,
            reason: outcome.error,
          },
          'subscription stopped: the channel cannot be reached',
        );
      } else {
        logger.error(
          { delivery: d.key, reason: outcome.error, attempts: d.attempts + 1 },
          'reminder given up',
        );
      }
    }
  };

  const inFlight = new Set<Promise<void>>();
  let exhausted = false;
  // Refill when a quarter of the pool is free: fewer, larger claims.
  const refillAt = Math.max(1, Math.floor(concurrency / 4));
  try {
    for (;;) {
      const free = concurrency - inFlight.size;
      if (!exhausted && (free >= refillAt || inFlight.size === 0)) {
        const claimed = await storage.ledger.claim({
          platform: poster.platform,
          now: options.now(),
          limit: free,
          claimedBy: options.claimedBy,
        });
        if (!claimed.length) exhausted = true;
        await composer.prepare(claimed);
        // Per channel, posts start in the order they are due (a digest before what it lists).
        claimed.sort((a, b) =>
          compareReminders(
            { at: a.dueAt, kind: a.kind, key: a.key },
            { at: b.dueAt, kind: b.kind, key: b.key },
          ),
        );
        for (const d of claimed) {
          const running: Promise<void> = handle(d).finally(() => inFlight.delete(running));
          inFlight.add(running);
        }
        if (claimed.length) continue;
      }
      if (!inFlight.size) break;
      await Promise.race(inFlight);
    }
  } finally {
    await Promise.allSettled(inFlight);
    await recorder.flush();
  }
}
