import { Prisma } from './generated/client.ts';
import type { PrismaClient } from './prisma-client.ts';

interface Row {
  lastImport: number | bigint | null;
  subscriptions: number | bigint;
  latestSubscription: Date | string | null;
  personal: number | bigint;
  updates: number | bigint;
}

/**
 * A cheap fingerprint of everything the reminder plan depends on (data imports, subscriptions,
 * personal reminders, posted updates): the scheduler re-plans only when it changes, even when
 * the change came from another process such as `upr-bot import`. One statement every tick: the
 * counts walk an index, the latest change is the end of the updatedAt index.
 */
export async function planInputsVersion(prisma: PrismaClient): Promise<string> {
  const [row] = await prisma.$queryRaw<Row[]>(Prisma.sql`SELECT
    (SELECT MAX("id") FROM "DataImport") AS "lastImport",
    (SELECT COUNT(*) FROM "Subscription") AS "subscriptions",
    (SELECT MAX("updatedAt") FROM "Subscription") AS "latestSubscription",
    -- Unpaused only: a workspace's reminders pausing or resuming changes the plan.
    (SELECT COUNT(*) FROM "PersonalReminder" WHERE "pausedWhy" IS NULL) AS "personal",
    (SELECT COUNT(*) FROM "ReviewUpdate") AS "updates"`);
  const latest = row?.latestSubscription;
  return [
    Number(row?.lastImport ?? 0),
    Number(row?.subscriptions ?? 0),
    latest ? new Date(latest).toISOString() : '',
    Number(row?.personal ?? 0),
    Number(row?.updates ?? 0),
  ].join('|');
}
