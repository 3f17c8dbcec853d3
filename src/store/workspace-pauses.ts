import type { PauseCount, WorkspacePauses, WorkspaceRef } from '../core/chat-adapter.ts';
import type { PrismaClient } from './prisma-client.ts';

// While the app is not installed in a workspace (uninstalled, token revoked), its channels'
// subscriptions and its people's personal reminders are paused, not stopped: a reinstall picks
// them up again. Pending posts are withdrawn with a marker so that a resume can give them back.

const PAUSED = 'paused: ';

type Transaction = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

function scope(ref: WorkspaceRef) {
  return ref.wholeOrganisation
    ? { platform: ref.platform, organisationId: ref.organisation ?? '' }
    : { platform: ref.platform, workspaceId: ref.workspace ?? '' };
}

/**
 * Sets `pausedWhy` on the workspace's subscriptions and personal reminders that are in the
 * other state, and returns the rows of the ledger that belong to them.
 */
async function switchPause(tx: Transaction, ref: WorkspaceRef, pausedWhy: string | null) {
  const from = pausedWhy === null ? { pausedWhy: { not: null } } : { pausedWhy: null };
  const pick = { select: { id: true } };
  const subscriptions = await tx.subscription.findMany({
    where: { ...scope(ref), active: true, ...from },
    ...pick,
  });
  const reminders = await tx.personalReminder.findMany({ where: { ...scope(ref), ...from }, ...pick });
  const subscriptionIds = subscriptions.map((s) => s.id);
  const reminderIds = reminders.map((r) => r.id);
  await tx.subscription.updateMany({ where: { id: { in: subscriptionIds } }, data: { pausedWhy } });
  await tx.personalReminder.updateMany({ where: { id: { in: reminderIds } }, data: { pausedWhy } });
  return {
    count: { subscriptions: subscriptionIds.length, personalReminders: reminderIds.length },
    deliveries: [
      { subscriptionId: { in: subscriptionIds } },
      { subscriptionId: null, reminderKey: { in: reminderIds.map((id) => `personal:${id}`) } },
    ],
  };
}

export class WorkspacePauseRepository implements WorkspacePauses {
  constructor(private readonly prisma: PrismaClient) {}

  pause(ref: WorkspaceRef, why: string): Promise<PauseCount> {
    return this.prisma.$transaction(async (tx) => {
      const { count, deliveries } = await switchPause(tx, ref, why);
      await tx.delivery.updateMany({
        where: { state: 'pending', OR: deliveries },
        data: { state: 'cancelled', lastError: `${PAUSED}${why}` },
      });
      return count;
    });
  }

  resume(ref: WorkspaceRef): Promise<PauseCount> {
    return this.prisma.$transaction(async (tx) => {
      const { count, deliveries } = await switchPause(tx, ref, null);
      // Due again at their own time; one whose time passed meanwhile is late, and the late
      // policy decides about it as after a restart. The next plan withdraws what moved.
      await tx.delivery.updateMany({
        where: { state: 'cancelled', lastError: { startsWith: PAUSED }, OR: deliveries },
        data: { state: 'pending', lastError: null },
      });
      return count;
    });
  }
}
