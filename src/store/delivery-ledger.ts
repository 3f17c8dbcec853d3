import type { Platform } from '../core/inbound.ts';
import { type PlannedReminder, type ReminderKind, templateKey } from '../core/reminders/reminder-planner.ts';
import {
  type ClaimRelease,
  cancelPendingOfSubscriptionSql,
  claimSql,
  markSentSql,
  releaseClaimsSql,
  SENT_BATCH,
  type SentMark,
  tickStatements,
} from './delivery-queries.ts';
import type { Dialect } from './dialect.ts';
import type { Prisma } from './generated/client.ts';
import type { PrismaClient } from './prisma-client.ts';

// One row per (channel, reminder), written when the reminder falls due (see ReminderTemplates),
// with a unique key. A tick claims due rows in one statement, posts them, and records outcomes
// in batches. A row is never deleted: it is the record of what was sent, skipped (and why),
// failed, and sent late.

export type DeliveryState = 'pending' | 'claimed' | 'sent' | 'failed' | 'skipped' | 'cancelled';

export interface ClaimedDelivery {
  key: string;
  subscriptionId: string | null;
  templateId: number | null;
  personalReminderId: string | null;
  platform: Platform;
  channelRef: string;
  workspaceId: string | null;
  kind: ReminderKind;
  dueAt: string;
  relevantUntil?: string;
  attempts: number;
  /** A previous attempt's outcome is unknown since then: it may have been posted. */
  unsureSince?: string;
  claimedAt: string;
  claimedBy: string;
}

export type DeliveryOutcome =
  | { state: 'sent'; at: string; late: boolean; postedRef?: string }
  | { state: 'retry'; nextAttemptAt: string; error: string; unsure: boolean; attempted: boolean }
  | { state: 'failed'; error: string; unsure: boolean }
  | { state: 'skipped'; reason: string }
  | { state: 'cancelled'; reason: string };

/** A personal reminder's delivery, planned ahead (they are few: one per wish). */
export interface PersonalDelivery {
  wishId: string;
  platform: Platform;
  userRef: string;
  reminder: PlannedReminder;
}

interface ClaimedRow {
  key: string;
  subscriptionId: string | null;
  templateId: number | bigint | null;
  personalReminderId: string | null;
  platform: string;
  channelRef: string;
  workspaceId: string | null;
  kind: string;
  dueAt: Date;
  eventStartsAt: Date | null;
  attempts: number | bigint;
  unsureSince: Date | null;
  claimedAt: Date | null;
}

function toClaimed(row: ClaimedRow, claimedBy: string): ClaimedDelivery {
  return {
    key: row.key,
    subscriptionId: row.subscriptionId,
    templateId: row.templateId === null ? null : Number(row.templateId),
    personalReminderId: row.personalReminderId,
    platform: row.platform as Platform,
    channelRef: row.channelRef,
    workspaceId: row.workspaceId,
    kind: row.kind as ReminderKind,
    dueAt: new Date(row.dueAt).toISOString(),
    ...(row.eventStartsAt ? { relevantUntil: new Date(row.eventStartsAt).toISOString() } : {}),
    attempts: Number(row.attempts),
    ...(row.unsureSince ? { unsureSince: new Date(row.unsureSince).toISOString() } : {}),
    claimedAt: new Date(row.claimedAt ?? Date.now()).toISOString(),
    claimedBy,
  };
}

/** The key of a personal reminder's delivery; a moved reminder is another row. */
export const personalDeliveryKey = templateKey;

export class DeliveryLedger {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly dialect: Dialect = 'sqlite',
  ) {}

  /** Up to `limit` due deliveries of one platform, claimed in one statement (see claimSql). */
  async claim(options: {
    platform: Platform;
    now: string;
    limit: number;
    claimedBy: string;
  }): Promise<ClaimedDelivery[]> {
    const rows = await this.prisma.$queryRaw<ClaimedRow[]>(
      claimSql(this.dialect, options.platform, new Date(options.now), options.limit, options.claimedBy),
    );
    return rows
      .map((row) => toClaimed(row, options.claimedBy))
      .sort((a, b) => (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : 0));
  }

  /**
   * Claims taken before this instant were lost (a replica died or a post hung): due again,
   * unsure. Any replica takes over another's claims this way, once their lease has run out.
   */
  async releaseExpiredClaims(claimedBefore: string): Promise<number> {
    return this.prisma.$executeRaw(releaseClaimsSql({ claimedBefore: new Date(claimedBefore) }));
  }

  /**
   * Gives back claims whose claimedBy begins with `owner` (a replica's name at its start, a
   * process's at its shutdown), or every claim when no owner is given. Their posts may have gone
   * out, so the next attempt looks before it posts (where the platform can).
   */
  async releaseClaims(owner?: string): Promise<number> {
    const which: ClaimRelease = owner === undefined ? { all: true } : { owner };
    return this.prisma.$executeRaw(releaseClaimsSql(which));
  }

  /**
   * At a replica's start: the claims its previous run left (claimedBy begins with `owner`). On
   * SQLite, one process per file, every claim is a previous run's, whatever its name was (a
   * container's host name changes when it is made again).
   */
  releaseOwnClaims(owner: string): Promise<number> {
    return this.releaseClaims(this.dialect === 'sqlite' ? undefined : owner);
  }

  /** Records a batch of outcomes in one transaction: the sent ones SENT_BATCH to a statement. */
  async record(outcomes: readonly { delivery: ClaimedDelivery; outcome: DeliveryOutcome }[]): Promise<void> {
    const sent = new Map<string, SentMark[]>();
    const others: Prisma.PrismaPromise<unknown>[] = [];
    for (const { delivery: d, outcome: o } of outcomes) {
      const where = { key: d.key, claimedBy: d.claimedBy };
      switch (o.state) {
        case 'sent':
          sent.set(d.claimedBy, [
            ...(sent.get(d.claimedBy) ?? []),
            { key: d.key, sentAt: new Date(o.at), late: o.late, postedRef: o.postedRef ?? null },
          ]);
          break;
        case 'retry':
        case 'failed': {
          // An attempt whose outcome is unknown makes the next one look before it posts.
          const unsure = o.unsure && !d.unsureSince ? { unsureSince: new Date(d.claimedAt) } : {};
          const next =
            o.state === 'retry'
              ? { state: 'pending', nextAttemptAt: new Date(o.nextAttemptAt), claimedAt: null }
              : { state: 'failed' };
          others.push(
            this.prisma.delivery.updateMany({
              where,
              data: {
                ...next,
                ...unsure,
                attempts: o.state === 'retry' && !o.attempted ? d.attempts : d.attempts + 1,
                lastError: o.error,
                claimedBy: null,
              },
            }),
          );
          break;
        }
        case 'skipped':
        case 'cancelled':
          others.push(
            this.prisma.delivery.updateMany({
              where,
              data: { state: o.state, lastError: o.reason, claimedBy: null },
            }),
          );
          break;
      }
    }
    for (const [claimedBy, marks] of sent)
      for (let i = 0; i < marks.length; i += SENT_BATCH)
        others.push(
          this.prisma.$executeRaw(markSentSql(this.dialect, marks.slice(i, i + SENT_BATCH), claimedBy)),
        );
    if (others.length) await this.prisma.$transaction(others);
  }

  /**
   * Makes personal reminders' pending rows match their plan: adds new ones, cancels those no
   * longer planned (the item moved or is gone). A reminder first planned after its time is skipped.
   */
  async syncPersonal(planned: readonly PersonalDelivery[], now: string, plannedTooLateBefore: string) {
    // Personal rows by their key's prefix: the primary key's index finds them.
    const rows = await this.prisma.delivery.findMany({
      where: { key: { gte: 'personal:', lt: 'personal;' }, state: 'pending' },
      select: { key: true },
    });
    const wanted = new Set(planned.map((p) => personalDeliveryKey(p.reminder)));
    const stale = rows.map((r) => r.key).filter((key) => !wanted.has(key));
    const known = new Set(
      wanted.size
        ? (
            await this.prisma.delivery.findMany({
              where: { key: { in: [...wanted] } },
              select: { key: true },
            })
          ).map((r) => r.key)
        : [],
    );
    const fresh = planned
      .filter((p) => !known.has(personalDeliveryKey(p.reminder)))
      .map(({ wishId, platform, userRef, reminder: r }) => {
        const tooLate = r.at < plannedTooLateBefore;
        return {
          key: personalDeliveryKey(r),
          personalReminderId: wishId,
          platform,
          channelRef: userRef,
          kind: r.kind,
          dueAt: new Date(r.at),
          eventStartsAt: r.relevantUntil ? new Date(r.relevantUntil) : null,
          state: tooLate ? 'skipped' : 'pending',
          ...(tooLate ? { lastError: 'planned after its time (the item was added or moved late)' } : {}),
          nextAttemptAt: new Date(r.at),
          createdAt: new Date(now),
        };
      });
    if (!fresh.length && !stale.length) return { added: 0, cancelled: 0 };
    await this.prisma.$transaction([
      this.prisma.delivery.createMany({ data: fresh }),
      this.prisma.delivery.updateMany({
        where: { key: { in: stale }, state: 'pending' },
        data: { state: 'cancelled', lastError: 'no longer planned (moved or withdrawn)' },
      }),
    ]);
    return { added: fresh.length, cancelled: stale.length };
  }

  /** Withdraws what a stopped subscription had not been sent yet. */
  cancelPendingOf(subscriptionId: string, why: string) {
    return this.prisma.$executeRaw(cancelPendingOfSubscriptionSql(subscriptionId, why));
  }

  /** Rows, oldest first, with their subject (for tests, the CLI and logs). */
  async list(filter: { state?: DeliveryState; subscriptionId?: string; platform?: Platform } = {}) {
    const rows = await this.prisma.delivery.findMany({
      where: filter,
      orderBy: [{ dueAt: 'asc' }, { key: 'asc' }],
      include: { template: { select: { subject: true } } },
    });
    const wishes = new Map(
      (
        await this.prisma.personalReminder.findMany({
          where: { id: { in: rows.flatMap((r) => (r.personalReminderId ? [r.personalReminderId] : [])) } },
          select: { id: true, subject: true },
        })
      ).map((w) => [w.id, w.subject]),
    );
    return rows.map(({ template, ...row }) => ({
      ...row,
      subject: template?.subject ?? (row.personalReminderId ? wishes.get(row.personalReminderId) : undefined),
    }));
  }

  /** How many rows are in each state (for tests, benchmarks and logs). */
  async counts(): Promise<Record<string, number>> {
    const groups = await this.prisma.delivery.groupBy({ by: ['state'], _count: { _all: true } });
    return Object.fromEntries(groups.map((g) => [g.state, g._count._all]));
  }

  /** How many deliveries are claimed right now (a post in flight). */
  claimedCount(): Promise<number> {
    return this.prisma.delivery.count({ where: { state: 'claimed' } });
  }

  /**
   * The plan of each of the tick's statements, for the test that forbids full scans: SQLite's
   * EXPLAIN QUERY PLAN lines, or PostgreSQL's EXPLAIN lines (plans only, nothing is run). On a
   * small PostgreSQL table a sequential scan is cheaper and chosen; with it disabled, a plan
   * that still scans is one that no index can serve.
   */
  async explainTickQueries(): Promise<Record<string, string[]>> {
    const plans: Record<string, string[]> = {};
    for (const [name, statement] of Object.entries(tickStatements(this.dialect))) {
      const rows =
        this.dialect === 'postgres'
          ? await this.prisma.$transaction(async (tx) => {
              await tx.$executeRawUnsafe('SET LOCAL enable_seqscan = off');
              // Prisma.Sql writes `$1` placeholders in .text and `?` ones in .sql.
              return tx.$queryRawUnsafe<Record<string, string>[]>(
                `EXPLAIN ${statement.text}`,
                ...statement.values,
              );
            })
          : await this.prisma.$queryRawUnsafe<Record<string, string>[]>(
              `EXPLAIN QUERY PLAN ${statement.sql}`,
              ...statement.values,
            );
      plans[name] = rows.map((r) => r.detail ?? r['QUERY PLAN'] ?? JSON.stringify(r));
    }
    return plans;
  }
}
