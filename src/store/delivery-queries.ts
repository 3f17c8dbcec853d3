import { Prisma } from './generated/client.ts';

// The reminder tick's hot statements, in one place: the ledger runs them, and the query-plan
// test explains them (no full scan of Delivery at any size). Plain SQL that SQLite ≥ 3.35 and
// PostgreSQL both accept: `UPDATE … RETURNING`, `INSERT … SELECT … ON CONFLICT DO NOTHING`.

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
  t: ReleasedTemplate,
  audience: Audience,
  now: Date,
  outcome: { state: 'pending' } | { state: 'skipped'; reason: string } = { state: 'pending' },
) {
  const reason = outcome.state === 'skipped' ? outcome.reason : null;
  return sql`INSERT INTO "Delivery" (${DELIVERY_COLUMNS})
    SELECT s."id" || '|' || ${t.reminderKey}, s."id", ${t.id}, s."platform", s."channelRef", s."workspaceId", ${t.kind},
      ${t.dueAt}, ${t.eventStartsAt}, ${outcome.state}, ${reason}, 0, ${t.dueAt}, ${now}
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
 * write, so two processes can never claim the same row. (On PostgreSQL with several replicas,
 * the inner SELECT takes `FOR UPDATE SKIP LOCKED`, so that they neither claim the same rows nor
 * wait on each other.) No state re-check outside: SQLite would then walk every pending row.
 */
export function claimSql(platform: string, now: Date, limit: number, claimedBy: string) {
  return sql`UPDATE "Delivery" SET "state" = 'claimed', "claimedAt" = ${now}, "claimedBy" = ${claimedBy}
    WHERE "key" IN (
      SELECT "key" FROM "Delivery"
      WHERE "state" = 'pending' AND "platform" = ${platform} AND "nextAttemptAt" <= ${now}
      ORDER BY "nextAttemptAt" LIMIT ${limit}
    )
    RETURNING ${CLAIMED_COLUMNS}`;
}

/**
 * Claims older than the lease belong to a process that died (or a post that hung): due again,
 * and unsure, since the post may have gone out.
 */
export function releaseClaimsSql(claimedBefore: Date | undefined) {
  return sql`UPDATE "Delivery" SET "state" = 'pending', "unsureSince" = COALESCE("unsureSince", "claimedAt"),
      "claimedAt" = NULL, "claimedBy" = NULL
    WHERE "state" = 'claimed' ${claimedBefore ? sql`AND "claimedAt" <= ${claimedBefore}` : sql``}`;
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
export function markSentSql(marks: readonly SentMark[], claimedBy: string) {
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
  const byKey = <T>(value: (m: SentMark) => T) =>
    sql`CASE "key" ${join(
      padded.map((m) => sql`WHEN ${m.key} THEN ${value(m)}`),
      ' ',
    )} END`;
  return sql`UPDATE "Delivery" SET "state" = 'sent', "sentAt" = ${byKey((m) => m.sentAt)},
      "late" = ${byKey((m) => m.late)}, "postedRef" = ${byKey((m) => m.postedRef)},
      "attempts" = "attempts" + 1, "claimedBy" = NULL, "unsureSince" = NULL
    WHERE "key" IN (${join(padded.map((m) => m.key))}) AND "claimedBy" = ${claimedBy}`;
}

/** A stopped subscription's deliveries not yet posted are withdrawn. */
export function cancelPendingOfSubscriptionSql(subscriptionId: string, why: string) {
  return sql`UPDATE "Delivery" SET "state" = 'cancelled', "lastError" = ${why}
    WHERE "subscriptionId" = ${subscriptionId} AND "state" = 'pending'`;
}

/** The statements above with representative values, for EXPLAIN QUERY PLAN. */
export function tickStatements(): Record<string, Prisma.Sql> {
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
    claim: claimSql('slack', now, 50, 'tick'),
    'release expired claims': releaseClaimsSql(now),
    'release a template': releaseTemplateSql(template, { kind: 'subscribed' }, now),
    'release a change notice (told)': releaseTemplateSql(
      template,
      { kind: 'told', itemKey: 'review:x', sigs: ['a', 'b'] },
      now,
    ),
    'release a change notice (digest)': releaseTemplateSql(
      template,
      { kind: 'digest', itemKey: 'review:x', digestKeys: ['digest:2024-01-22@x'] },
      now,
    ),
    'mark sent': markSentSql([sent, { ...sent, key: 'k2' }], 'tick'),
    'cancel a stopped subscription': cancelPendingOfSubscriptionSql('sub', 'why'),
  };
}
