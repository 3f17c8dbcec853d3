import type { PrismaClient } from './prisma-client.ts';

/**
 * A cheap fingerprint of everything the reminder plan depends on (data imports, subscriptions,
 * personal reminders, posted updates): the scheduler re-plans only when it changes, even when
 * the change came from another process such as `upr-bot import`.
 */
export async function planInputsVersion(prisma: PrismaClient): Promise<string> {
  const [lastImport, subscriptions, latestSubscription, personal, updates] = await Promise.all([
    prisma.dataImport.findFirst({ orderBy: { id: 'desc' }, select: { id: true } }),
    prisma.subscription.count(),
    prisma.subscription.findFirst({ orderBy: { updatedAt: 'desc' }, select: { updatedAt: true } }),
    // Unpaused only: a workspace's reminders pausing or resuming changes the plan.
    prisma.personalReminder.count({ where: { pausedWhy: null } }),
    prisma.reviewUpdate.count(),
  ]);
  return [
    lastImport?.id ?? 0,
    subscriptions,
    latestSubscription?.updatedAt.toISOString() ?? '',
    personal,
    updates,
  ].join('|');
}
