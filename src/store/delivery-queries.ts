import { type Dialect, typed } from './dialect.ts';
import { Prisma } from './generated/client.ts';

// The reminder tick's hot statements, in one place: the ledger runs them, and the query-plan
// test explains them (no full scan of Delivery at any size). Plain SQL that SQLite ≥ 3.35 and
// PostgreSQL both accept: `UPDATE … RETURNING`, `INSERT … SELECT … ON CONFLICT DO NOTHING`.
// Where PostgreSQL differs: claims lock their rows (`FOR UPDATE SKIP LOCKED`), and parameters
// whose type the statement does not tell (a SELECT list, a CASE) are cast.

const { sql, join } = Prisma;

/** Deliveries that told a channel something: sent, or a change notice already on its way. */
const TOLD = sql`(d."state" = 'sent' OR (d."kind" = 'change' AND d."state" IN ('pending', 'claimed')))`;

const DELIVERY_COLUMNS = sql`"key", "subscriptionId", "templateId", "platform", "channelRef", "workspaceId", "kind",
  "dueAt", "eventStartsAt", "state", "lastError", "attempts", "nextAttemptAt", "createdAt"`;

export interface ReleasedTemplate {
  id: number;
  settingsKey: string;
  reminderKey: string;
  kind: string;
  dueAt: Date;
  eventStartsAt: Date | null;
}

/**
 * Who of a settings group gets a released template: active channels (not paused while their
 * workspace has no installation) subscribed before it was due.
 */
export type Audience =
  | { kind: 'subscribed' }
  | { kind: 'told'; itemKey: string; sigs: readonly string[] }
  | { kind: 'digest'; itemKey: string; digestKeys: readonly string[] };

function audienceFilter(audience: Audience) {
  switch (audience.kind) {
    case 'subscribed':
      return sql``;
    case 'told':
      // The channel's latest told timing of the item is one the data no longer has.
      return sql`AND (SELECT r."sig" FROM "Delivery" d
          JOIN "ReminderTold" r ON r."templateId" = d."templateId" AND r."itemKey" = ${audience.itemKey}
          WHERE d."subscriptionId" = s."id" AND ${TOLD}
          ORDER BY d."createdAt" DESC, d."dueAt" DESC LIMIT 1) IN (${join([...audience.sigs])})`;
    case 'digest':
      // The channel got the day's digest and was never told about the item.
      return sql`AND EXISTS (SELECT 1 FROM "Delivery" d JOIN "ReminderTemplate" t ON t."id" = d."templateId"
          WHERE d."subscriptionId" = s."id" AND d."state" = 'sent' AND t."reminderKey" IN (${join([...audience.digestKeys])}))
        AND NOT EXISTS (SELECT 1 FROM "Delivery" d
          JOIN "ReminderTold" r ON r."templateId" = d."templateId" AND r."itemKey" = ${audience.itemKey}
          WHERE d."subscriptionId" = s."id" AND ${TOLD})`;
  }
}

/**
 * One statement writes a template's deliveries for every channel of its group. The key is
 * (subscription, reminder key): running it twice inserts nothing twice.
 */
export function releaseTemplateSql(
  dialect: Dialect,
  t: ReleasedTemplate,
  audience: Audience,
  now: Date,
  outcome: { state: 'pending' } | { state: 'skipped'; reason: string } = { state: 'pending' },
) {
  const reason = outcome.state === 'skipped' ? outcome.reason : null;
  const instant = (value: Date | null) => typed(dialect, value, 'TIMESTAMP(3)');
  return sql`INSERT INTO "Delivery" (${DELIVERY_COLUMNS})
    SELECT s."id" || '|' || ${typed(dialect, t.reminderKey, 'TEXT')}, s."id", ${typed(dialect, t.id, 'INTEGER')}, s."platform", s."channelRef", s."workspaceId", ${typed(dialect, t.kind, 'TEXT')},
      ${instant(t.dueAt)}, ${instant(t.eventStartsAt)}, ${typed(dialect, outcome.state, 'TEXT')}, ${typed(dialect, reason, 'TEXT')}, 0, ${instant(t.dueAt)}, ${instant(now)}
    FROM "Subscription" s
    WHERE s."settingsKey" = ${t.settingsKey} AND s."active" = true AND s."pausedWhy" IS NULL
      AND s."createdAt" <= ${t.dueAt}
      ${audienceFilter(audience)}
    ON CONFLICT ("key") DO NOTHING`;
}

export const CLAIMED_COLUMNS = sql`"key", "subscriptionId", "templateId", "personalReminderId", "platform",
  "channelRef", "workspaceId", "kind", "dueAt", "eventStartsAt", "attempts", "unsureSince", "claimedAt"`;

/**
 * Claims up to `limit` due deliveries of one platform in one statement: SQLite runs it as one
 * write, so two processes can never claim the same row. On PostgreSQL the inner SELECT takes
 * `FOR UPDATE SKIP LOCKED`: replicas claiming at once neither take the same rows (a row another
 * claim has locked is passed over, and one it has claimed no longer matches when re-checked) nor
 * wait on each other. No state re-check outside: SQLite would then walk every pending row.
 */
export function claimSql(dialect: Dialect, platform: string, now: Date, limit: number, claimedBy: string) {
  return sql`UPDATE "Delivery" SET "state" = 'claimed', "claimedAt" = ${now}, "claimedBy" = ${claimedBy}
    WHERE "key" IN (
      SELECT "key" FROM "Delivery"
      WHERE "state" = 'pending' AND "platform" = ${platform} AND "nextAttemptAt" <= ${now}
      ORDER BY "nextAttemptAt" LIMIT ${limit}
      ${dialect === 'postgres' ? sql`FOR UPDATE SKIP LOCKED` : sql``}
    )
    RETURNING ${CLAIMED_COLUMNS}`;
}

/** Which claims a release gives back. */
export type ClaimRelease =
  /** Claims older than the lease: their process died (or a post hung). */
  | { claimedBefore: Date }
  /** Claims whose claimedBy begins with this: one replica's, or one process's. */
  | { owner: string }
  /** Every claim (one process per SQLite file, and tests). */
  | { all: true };

/** Released claims are due again, and unsure, since the post may have gone out. */
export function releaseClaimsSql(which: ClaimRelease) {
  const filter =
    'claimedBefore' in which
      ? sql`AND "claimedAt" <= ${which.claimedBefore}`
      : 'owner' in which
        ? sql`AND substr("claimedBy", 1, ${which.owner.length}) = ${which.owner}`
        : sql``;
  return sql`UPDATE "Delivery" SET "state" = 'pending', "unsureSince" = COALESCE("unsureSince", "claimedAt"),
      "claimedAt" = NULL, "claimedBy" = NULL
    WHERE "state" = 'claimed' ${filter}`;
}

export interface SentMark {
  key: string;
  sentAt: Date;
  late: boolean;
  postedRef: string | null;
}

/** How many deliveries one mark-sent statement records. */
export const SENT_BATCH = 50;

/**
 * Marks up to SENT_BATCH deliveries sent in one statement (the values differ per row, hence the
 * CASEs). Always the same shape, padded with keys that match nothing: Prisma compiles each
 * distinct statement text once, and a statement per batch size would be a new text each time.
 */
export function markSentSql(dialect: Dialect, marks: readonly SentMark[], claimedBy: string) {
  if (marks.length > SENT_BATCH) throw new Error(`at most ${SENT_BATCH} marks per statement`);
  const padded = [
    ...marks,
    ...Array.from({ length: SENT_BATCH - marks.length }, () => ({
      key: '',
      sentAt: new Date(0),
      late: false,
      postedRef: null,
    })),
  ];
  const byKey = <T>(value: (m: SentMark) => T, pgType: string) =>
    sql`CASE "key" ${join(
      padded.map((m) => sql`WHEN ${m.key} THEN ${typed(dialect, value(m), pgType)}`),
      ' ',
    )} END`;
  return sql`UPDATE "Delivery" SET "state" = 'sent', "sentAt" = ${byKey((m) => m.sentAt, 'TIMESTAMP(3)')},
      "late" = ${byKey((m) => m.late, 'BOOLEAN')}, "postedRef" = ${byKey((m) => m.postedRef, 'TEXT')},
      "attempts" = "attempts" + 1, "claimedBy" = NULL, "unsureSince" = NULL
    WHERE "key" IN (${join(padded.map((m) => m.key))}) AND "claimedBy" = ${claimedBy}`;
}

/** A stopped subscription's deliveries not yet posted are withdrawn. */
export function cancelPendingOfSubscriptionSql(subscriptionId: string, why: string) {
  return sql`UPDATE "Delivery" SET "state" = 'cancelled', "lastError" = ${why}
    WHERE "subscriptionId" = ${subscriptionId} AND "state" = 'pending'`;
}

/** The statements above with representative values, for EXPLAIN (QUERY PLAN). */
export function tickStatements(dialect: Dialect): Record<string, Prisma.Sql> {
  const now = new Date('2024-01-22T08:00:00.000Z');
  const template: ReleasedTemplate = {
    id: 1,
    settingsKey: 'Europe/Zurich|||default',
    reminderKey: 'review:x:60@2024-01-22T08:00:00.000Z',
    kind: 'review',
    dueAt: now,
    eventStartsAt: now,
  };
  const sent: SentMark = { key: 'k', sentAt: now, late: false, postedRef: '1' };
  return {
    claim: claimSql(dialect, 'slack', now, 50, 'tick'),
    'release expired claims': releaseClaimsSql({ claimedBefore: now }),
    'release a template': releaseTemplateSql(dialect, template, { kind: 'subscribed' }, now),
    'release a change notice (told)': releaseTemplateSql(
      dialect,
      template,
      { kind: 'told', itemKey: 'review:x', sigs: ['a', 'b'] },
      now,
    ),
    'release a change notice (digest)': releaseTemplateSql(
      dialect,
      template,
      { kind: 'digest', itemKey: 'review:x', digestKeys: ['digest:2024-01-22@x'] },
      now,
    ),
    'mark sent': markSentSql(dialect, [sent, { ...sent, key: 'k2' }], 'tick'),
    'cancel a stopped subscription': cancelPendingOfSubscriptionSql('sub', 'why'),
  };
}
