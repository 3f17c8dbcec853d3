import { randomUUID } from 'node:crypto';
import { isLocale, type Locale } from '../core/i18n/locales.ts';
import type { Platform } from '../core/inbound.ts';
import type { SubscriptionPort } from '../core/ports.ts';
import { settingsKey } from '../core/reminders/settings-key.ts';
import {
  DEFAULT_SETTINGS,
  type Subscription,
  type SubscriptionKind,
} from '../core/reminders/subscription.ts';
import { Prisma } from './generated/client.ts';
import type { PrismaClient } from './prisma-client.ts';
import { chunks, insertSubscriptionsSql } from './template-queries.ts';

// Channels' subscriptions. Lists are stored as JSON text so the schema stays portable; the
// settings' canonical key groups the channels that share one plan.

type Row = Awaited<ReturnType<PrismaClient['subscription']['findFirstOrThrow']>>;

/** A settings group: the channels that share one plan. */
export interface SettingsGroup {
  settingsKey: string;
  channels: number;
}

function columnsOf(
  input: Pick<Parameters<SubscriptionPort['save']>[0], 'settings' | 'workspace' | 'organisation'>,
) {
  const { settings } = input;
  return {
    states: JSON.stringify(settings.states),
    kinds: JSON.stringify(settings.kinds),
    leadMinutes: JSON.stringify(settings.leadMinutes),
    zone: settings.zone,
    lang: settings.lang && settings.lang !== 'en' ? settings.lang : null,
    settingsKey: settingsKey(settings),
    workspaceId: input.workspace ?? null,
    organisationId: input.organisation ?? null,
  };
}

function toSubscription(row: Row): Subscription {
  return {
    id: row.id,
    platform: row.platform as Platform,
    channelRef: row.channelRef,
    states: JSON.parse(row.states) as string[],
    kinds: JSON.parse(row.kinds) as SubscriptionKind[],
    leadMinutes: JSON.parse(row.leadMinutes) as number[] | 'default',
    zone: row.zone,
    ...(row.lang && isLocale(row.lang) ? { lang: row.lang } : {}),
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
    const { platform, channelRef, createdBy } = input;
    const at = new Date(input.at);
    const columns = columnsOf(input);
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

  /**
   * The terminal chat is subscribed unless its user said otherwise, in the terminal's language.
   * The default follows a later change of that language; settings the user chose stay theirs.
   */
  async ensureDefault(platform: Platform, channelRef: string, at: string, lang?: Locale): Promise<void> {
    const existing = await this.prisma.subscription.findUnique({
      where: { platform_channelRef: { platform, channelRef } },
    });
    const wanted = lang && lang !== 'en' ? lang : undefined;
    if (!existing) {
      const settings = { ...DEFAULT_SETTINGS, ...(wanted ? { lang: wanted } : {}) };
      await this.save({ platform, channelRef, settings, createdBy: 'default', at });
      return;
    }
    if (existing.active && existing.createdBy === 'default' && (existing.lang ?? undefined) !== wanted) {
      const { states, kinds, leadMinutes, zone } = toSubscription(existing);
      const settings = { states, kinds, leadMinutes, zone, ...(wanted ? { lang: wanted } : {}) };
      await this.save({ platform, channelRef, settings, createdBy: 'default', at });
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

  /**
   * New channels in bulk (an import, a benchmark): one statement per thousand rows. Channels
   * that already have a subscription are left as they are.
   */
  async saveMany(inputs: readonly Parameters<SubscriptionPort['save']>[0][]): Promise<number> {
    let created = 0;
    for (const batch of chunks(inputs, 1000)) {
      created += await this.prisma.$executeRaw(
        insertSubscriptionsSql(
          batch.map((input) => ({
            id: randomUUID(),
            platform: input.platform,
            channelRef: input.channelRef,
            createdBy: input.createdBy,
            createdAt: new Date(input.at),
            updatedAt: new Date(),
            ...columnsOf(input),
          })),
        ),
      );
    }
    return created;
  }

  /**
   * The settings groups of the subscriptions to plan for (active, not paused while their
   * workspace has no installation): one plan each, however many channels.
   */
  async settingsGroups(): Promise<SettingsGroup[]> {
    await this.keyUnkeyed();
    // Raw: one pass over the (settingsKey, active, pausedWhy, createdAt) index.
    const groups = await this.prisma.$queryRaw<{ settingsKey: string; channels: number | bigint }[]>(
      Prisma.sql`SELECT "settingsKey", COUNT(*) AS "channels" FROM "Subscription"
        WHERE "active" = true AND "pausedWhy" IS NULL GROUP BY "settingsKey" ORDER BY "settingsKey"`,
    );
    return groups.map((g) => ({ settingsKey: g.settingsKey, channels: Number(g.channels) }));
  }

  /** Subscriptions from before settings keys existed get theirs (once, after the migration). */
  private async keyUnkeyed(): Promise<void> {
    const [unkeyed] = await this.prisma.$queryRaw<{ n: number | bigint }[]>(
      Prisma.sql`SELECT COUNT(*) AS "n" FROM "Subscription" WHERE "settingsKey" = ''`,
    );
    if (!Number(unkeyed?.n)) return;
    const rows = await this.prisma.subscription.findMany({ where: { settingsKey: '' } });
    for (const row of rows) {
      const sub = toSubscription(row);
      await this.prisma.subscription.update({
        where: { id: row.id },
        data: { settingsKey: settingsKey(sub), updatedAt: row.updatedAt },
      });
    }
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
