import { randomUUID } from 'node:crypto';
import type { Platform } from '../core/inbound.ts';
import type { SubscriptionPort } from '../core/ports.ts';
import {
  DEFAULT_SETTINGS,
  type Subscription,
  type SubscriptionKind,
} from '../core/reminders/subscription.ts';
import type { PrismaClient } from './prisma-client.ts';

// Channels' subscriptions. Lists are stored as JSON text so the schema stays portable.

type Row = Awaited<ReturnType<PrismaClient['subscription']['findFirstOrThrow']>>;

function toSubscription(row: Row): Subscription {
  return {
    id: row.id,
    platform: row.platform as Platform,
    channelRef: row.channelRef,
    states: JSON.parse(row.states) as string[],
    kinds: JSON.parse(row.kinds) as SubscriptionKind[],
    leadMinutes: JSON.parse(row.leadMinutes) as number[] | 'default',
    zone: row.zone,
    createdAt: row.createdAt.toISOString(),
  };
}

export class SubscriptionRepository implements SubscriptionPort {
  constructor(private readonly prisma: PrismaClient) {}

  async find(platform: Platform, channelRef: string): Promise<Subscription | undefined> {
    const row = await this.prisma.subscription.findUnique({
      where: { platform_channelRef: { platform, channelRef } },
    });
    return row?.active ? toSubscription(row) : undefined;
  }

  async save(input: Parameters<SubscriptionPort['save']>[0]): Promise<Subscription> {
    const { platform, channelRef, settings, createdBy } = input;
    const at = new Date(input.at);
    const columns = {
      states: JSON.stringify(settings.states),
      kinds: JSON.stringify(settings.kinds),
      leadMinutes: JSON.stringify(settings.leadMinutes),
      zone: settings.zone,
      workspaceId: input.workspace ?? null,
      organisationId: input.organisation ?? null,
    };
    const existing = await this.prisma.subscription.findUnique({
      where: { platform_channelRef: { platform, channelRef } },
    });
    // A channel that unsubscribed and comes back is not owed what it missed meanwhile.
    const restart = !existing?.active;
    const row = await this.prisma.subscription.upsert({
      where: { platform_channelRef: { platform, channelRef } },
      create: { id: randomUUID(), platform, channelRef, createdBy, createdAt: at, active: true, ...columns },
      update: {
        ...columns,
        active: true,
        stoppedWhy: null,
        // Someone answered in the channel, so the app is installed there again.
        pausedWhy: null,
        ...(restart ? { createdAt: at, createdBy } : {}),
      },
    });
    return toSubscription(row);
  }

  /** The terminal chat is subscribed unless its user said otherwise. */
  async ensureDefault(platform: Platform, channelRef: string, at: string): Promise<void> {
    const existing = await this.prisma.subscription.findUnique({
      where: { platform_channelRef: { platform, channelRef } },
    });
    if (!existing) {
      await this.save({ platform, channelRef, settings: DEFAULT_SETTINGS, createdBy: 'default', at });
    }
  }

  async stop(platform: Platform, channelRef: string, why: string): Promise<boolean> {
    const row = await this.prisma.subscription.findUnique({
      where: { platform_channelRef: { platform, channelRef } },
    });
    if (!row?.active) return false;
    await this.stopById(row.id, why);
    return true;
  }

  /** Stops a subscription and withdraws its pending deliveries, in one transaction. */
  async stopById(id: string, why: string): Promise<void> {
    await this.prisma.$transaction([
      this.prisma.subscription.update({ where: { id }, data: { active: false, stoppedWhy: why } }),
      this.prisma.delivery.updateMany({
        where: { subscriptionId: id, state: 'pending' },
        data: { state: 'cancelled', lastError: `subscription stopped: ${why}` },
      }),
    ]);
  }

  /** Subscriptions to plan for: active, and not paused while their workspace has no installation. */
  async active(): Promise<Subscription[]> {
    const rows = await this.prisma.subscription.findMany({
      where: { active: true, pausedWhy: null },
      orderBy: { createdAt: 'asc' },
    });
    return rows.map(toSubscription);
  }

  /** A workspace's (Slack team, Discord server) active subscriptions, for the Slack Home tab. */
  async inWorkspace(platform: Platform, workspace: string): Promise<Subscription[]> {
    const rows = await this.prisma.subscription.findMany({
      where: { platform, workspaceId: workspace, active: true },
      orderBy: { createdAt: 'asc' },
    });
    return rows.map(toSubscription);
  }

  async stoppedWhy(id: string): Promise<string | null | undefined> {
    return (await this.prisma.subscription.findUnique({ where: { id } }))?.stoppedWhy;
  }
}
