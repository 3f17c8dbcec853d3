import { Prisma } from './generated/client.ts';

// Bulk inserts as plain multi-row INSERTs. Prisma's createMany compiles a query plan per batch
// shape (its row count), which costs seconds on the first plan; a raw statement does not.

const { sql, join } = Prisma;

export interface TemplateInsert {
  settingsKey: string;
  reminderKey: string;
  kind: string;
  subject: string;
  dueAt: Date;
  eventStartsAt: Date | null;
  state: string;
  fingerprint: string;
  plannedAt: Date;
}

/** Rows of at most this many at a time keep well under SQLite's limit of bound values. */
export const INSERT_CHUNK = 500;

export function insertTemplatesSql(rows: readonly TemplateInsert[]) {
  const values = rows.map(
    (r) =>
      sql`(${r.settingsKey}, ${r.reminderKey}, ${r.kind}, ${r.subject}, ${r.dueAt}, ${r.eventStartsAt}, ${r.state}, ${r.fingerprint}, ${r.plannedAt})`,
  );
  return sql`INSERT INTO "ReminderTemplate"
    ("settingsKey", "reminderKey", "kind", "subject", "dueAt", "eventStartsAt", "state", "fingerprint", "plannedAt")
    VALUES ${join(values)}
    ON CONFLICT ("settingsKey", "reminderKey") DO NOTHING
    RETURNING "id", "settingsKey", "reminderKey", "kind", "dueAt", "eventStartsAt"`;
}

export interface ToldInsert {
  templateId: number;
  itemKey: string;
  sig: string;
  title: string;
}

export function insertToldSql(rows: readonly ToldInsert[]) {
  const values = rows.map((r) => sql`(${r.templateId}, ${r.itemKey}, ${r.sig}, ${r.title})`);
  return sql`INSERT INTO "ReminderTold" ("templateId", "itemKey", "sig", "title") VALUES ${join(values)}`;
}

export interface SubscriptionInsert {
  id: string;
  platform: string;
  channelRef: string;
  workspaceId: string | null;
  organisationId: string | null;
  states: string;
  kinds: string;
  leadMinutes: string;
  zone: string;
  settingsKey: string;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

/** New subscriptions; a channel that already has one keeps it. */
export function insertSubscriptionsSql(rows: readonly SubscriptionInsert[]) {
  const values = rows.map(
    (r) =>
      sql`(${r.id}, ${r.platform}, ${r.channelRef}, ${r.workspaceId}, ${r.organisationId}, ${r.states}, ${r.kinds}, ${r.leadMinutes}, ${r.zone}, ${r.settingsKey}, true, ${r.createdBy}, ${r.createdAt}, ${r.updatedAt})`,
  );
  return sql`INSERT INTO "Subscription"
    ("id", "platform", "channelRef", "workspaceId", "organisationId", "states", "kinds", "leadMinutes", "zone", "settingsKey", "active", "createdBy", "createdAt", "updatedAt")
    VALUES ${join(values)}
    ON CONFLICT ("platform", "channelRef") DO NOTHING`;
}

/** Splits rows into chunks for multi-row statements. */
export function chunks<T>(rows: readonly T[], size = INSERT_CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
