import { randomUUID } from 'node:crypto';
import type { Platform } from '../core/inbound.ts';
import type { ToldState } from '../core/reminders/change-notices.ts';
import type { PlannedReminder, ReminderKind, ToldItem } from '../core/reminders/reminder-planner.ts';
import type { Reply } from '../core/reply.ts';
import type { PrismaClient } from './prisma-client.ts';

// Every (subscription, reminder) pair is a row with a unique key. Rows are written before they
// are due; a tick claims due rows, posts, and marks them sent. A crash between "posted" and
// "marked sent" repeats only that one row; a row is never deleted, so nothing is lost.

export type DeliveryState = 'pending' | 'claimed' | 'sent' | 'failed' | 'skipped' | 'cancelled';

/** Whose rows a sync replaces: one subscription, or one user's personal reminders. */
export interface LedgerScope {
  subscriptionId: string | null;
  platform: Platform;
  channelRef: string;
}

export interface DueDelivery {
  key: string;
  subscriptionId: string | null;
  platform: Platform;
  channelRef: string;
  kind: ReminderKind;
  subject: string;
  dueAt: string;
  relevantUntil?: string;
  attempts: number;
  reply: Reply;
  claimToken: string;
}

interface Payload {
  reply: Reply;
  told: Record<string, ToldItem>;
  leadMinutes: number | null;
}

/** The row key: a reminder moved to another time is another row, so a sent one is never resent. */
export function deliveryKey(reminder: Pick<PlannedReminder, 'key' | 'at'>): string {
  return `${reminder.key}@${reminder.at}`;
}

function payloadOf(r: PlannedReminder): string {
  const payload: Payload = { reply: r.reply, told: r.told, leadMinutes: r.leadMinutes };
  return JSON.stringify(payload);
}

export class DeliveryLedger {
  constructor(private readonly prisma: PrismaClient) {}

  /**
   * Makes the scope's pending rows match the plan: adds new reminders, refreshes the text of
   * pending ones, and cancels pending ones that are no longer planned (moved or withdrawn).
   */
  async sync(
    scope: LedgerScope,
    planned: readonly PlannedReminder[],
    now: string,
    /** A reminder first planned after this instant's passing was never missed: it is skipped. */
    plannedTooLateBefore?: string,
  ) {
    const where =
      scope.subscriptionId === null
        ? { subscriptionId: null, platform: scope.platform, channelRef: scope.channelRef }
        : { subscriptionId: scope.subscriptionId };
    return this.prisma.$transaction(async (tx) => {
      const rows = await tx.delivery.findMany({ where, select: { key: true, state: true, payload: true } });
      const existing = new Map(rows.map((r) => [r.key, r]));
      const wanted = new Set<string>();
      const fresh = [];
      let refreshed = 0;
      for (const r of planned) {
        const key = deliveryKey(r);
        wanted.add(key);
        const payload = payloadOf(r);
        const row = existing.get(key);
        if (!row) {
          const tooLate =
            plannedTooLateBefore !== undefined &&
            r.kind !== 'update' &&
            r.kind !== 'change' &&
            r.at < plannedTooLateBefore;
          fresh.push({
            key,
            subscriptionId: scope.subscriptionId,
            platform: scope.platform,
            channelRef: scope.channelRef,
            reminderKey: r.key,
            kind: r.kind,
            subject: r.subject,
            dueAt: new Date(r.at),
            eventStartsAt: r.relevantUntil ? new Date(r.relevantUntil) : null,
            payload,
            state: tooLate ? 'skipped' : 'pending',
            ...(tooLate ? { lastError: 'planned after its time (the item was added or moved late)' } : {}),
            nextAttemptAt: new Date(r.at),
            createdAt: new Date(now),
          });
        } else if (row.state === 'pending' && row.payload !== payload) {
          await tx.delivery.update({
            where: { key },
            data: {
              payload,
              subject: r.subject,
              eventStartsAt: r.relevantUntil ? new Date(r.relevantUntil) : null,
            },
          });
          refreshed++;
        }
      }
      if (fresh.length) await tx.delivery.createMany({ data: fresh });
      const stale = rows.filter((r) => r.state === 'pending' && !wanted.has(r.key)).map((r) => r.key);
      if (stale.length) {
        await tx.delivery.updateMany({
          where: { key: { in: stale }, state: 'pending' },
          data: { state: 'cancelled', lastError: 'no longer planned (moved, withdrawn or unsubscribed)' },
        });
      }
      return { added: fresh.length, refreshed, cancelled: stale.length };
    });
  }

  /**
   * Claims due rows for the given platforms. Each row is claimed with a conditional update, so
   * two tickers (or a restarted one) can never claim the same row twice. Claims older than the
   * lease belong to a process that died: they are taken over.
   */
  async claimDue(options: {
    now: string;
    platforms: readonly Platform[];
    limit: number;
    leaseMs: number;
  }): Promise<DueDelivery[]> {
    const now = new Date(options.now);
    const expired = new Date(now.getTime() - options.leaseMs);
    const token = randomUUID();
    return this.prisma.$transaction(async (tx) => {
      const candidates = await tx.delivery.findMany({
        where: {
          platform: { in: [...options.platforms] },
          OR: [
            { state: 'pending', nextAttemptAt: { lte: now } },
            { state: 'claimed', claimedAt: { lte: expired } },
          ],
        },
        orderBy: [{ dueAt: 'asc' }, { createdAt: 'asc' }],
        take: options.limit,
      });
      const claimed: DueDelivery[] = [];
      for (const row of candidates) {
        const { count } = await tx.delivery.updateMany({
          where: { key: row.key, state: row.state, claimToken: row.claimToken },
          data: { state: 'claimed', claimToken: token, claimedAt: now },
        });
        if (count !== 1) continue;
        const payload = JSON.parse(row.payload) as Payload;
        claimed.push({
          key: row.key,
          subscriptionId: row.subscriptionId,
          platform: row.platform as Platform,
          channelRef: row.channelRef,
          kind: row.kind as ReminderKind,
          subject: row.subject,
          dueAt: row.dueAt.toISOString(),
          ...(row.eventStartsAt ? { relevantUntil: row.eventStartsAt.toISOString() } : {}),
          attempts: row.attempts,
          reply: payload.reply,
          claimToken: token,
        });
      }
      return claimed;
    });
  }

  private async finish(d: DueDelivery, data: Record<string, unknown>): Promise<void> {
    await this.prisma.delivery.updateMany({ where: { key: d.key, claimToken: d.claimToken }, data });
  }

  markSent(d: DueDelivery, at: string, late: boolean) {
    return this.finish(d, {
      state: 'sent',
      sentAt: new Date(at),
      late,
      attempts: d.attempts + 1,
      claimToken: null,
    });
  }

  markRetry(d: DueDelivery, nextAttemptAt: string, error: string) {
    return this.finish(d, {
      state: 'pending',
      attempts: d.attempts + 1,
      nextAttemptAt: new Date(nextAttemptAt),
      lastError: error,
      claimToken: null,
      claimedAt: null,
    });
  }

  markFailed(d: DueDelivery, error: string) {
    return this.finish(d, { state: 'failed', attempts: d.attempts + 1, lastError: error, claimToken: null });
  }

  markSkipped(d: DueDelivery, reason: string) {
    return this.finish(d, { state: 'skipped', lastError: reason, claimToken: null });
  }

  markCancelled(d: DueDelivery, reason: string) {
    return this.finish(d, { state: 'cancelled', lastError: reason, claimToken: null });
  }

  /** At start-up (one process per SQLite file): claims of a process that died are due again. */
  async releaseClaims(): Promise<number> {
    const { count } = await this.prisma.delivery.updateMany({
      where: { state: 'claimed' },
      data: { state: 'pending', claimToken: null, claimedAt: null },
    });
    return count;
  }

  /** What a subscription's channel has been told so far, for change notices. */
  async told(subscriptionId: string): Promise<ToldState> {
    const rows = await this.prisma.delivery.findMany({
      where: { subscriptionId, state: 'sent' },
      orderBy: [{ sentAt: 'asc' }, { dueAt: 'asc' }],
      select: { kind: true, reminderKey: true, payload: true },
    });
    const items = new Map<string, ToldItem>();
    const digestDays = new Set<string>();
    for (const row of rows) {
      const payload = JSON.parse(row.payload) as Payload;
      for (const [key, told] of Object.entries(payload.told)) items.set(key, told);
      if (row.kind === 'digest') digestDays.add(row.reminderKey.slice(-10));
    }
    return { items, digestDays };
  }

  /** Rows in a state, oldest first (for tests, the CLI and logs). */
  async list(filter: { state?: DeliveryState; subscriptionId?: string } = {}) {
    return this.prisma.delivery.findMany({ where: filter, orderBy: [{ dueAt: 'asc' }, { key: 'asc' }] });
  }
}
