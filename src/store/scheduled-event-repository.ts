import type { ScheduledEventRecord, ScheduledEventRecords } from '../core/chat-adapter.ts';
import type { PrismaClient } from './prisma-client.ts';

// The Discord scheduled events the bot made, one per (server, agenda item).

export class ScheduledEventRepository implements ScheduledEventRecords {
  constructor(private readonly prisma: PrismaClient) {}

  async inGuild(guildId: string): Promise<ScheduledEventRecord[]> {
    const rows = await this.prisma.scheduledEventRecord.findMany({
      where: { guildId },
      orderBy: { itemKey: 'asc' },
    });
    return rows.map((r) => ({ ...r, syncedAt: r.syncedAt.toISOString() }));
  }

  async guilds(): Promise<string[]> {
    const rows = await this.prisma.scheduledEventRecord.findMany({
      distinct: ['guildId'],
      select: { guildId: true },
    });
    return rows.map((r) => r.guildId);
  }

  async save(record: ScheduledEventRecord): Promise<void> {
    const data = {
      eventId: record.eventId,
      fingerprint: record.fingerprint,
      syncedAt: new Date(record.syncedAt),
    };
    await this.prisma.scheduledEventRecord.upsert({
      where: { guildId_itemKey: { guildId: record.guildId, itemKey: record.itemKey } },
      create: { guildId: record.guildId, itemKey: record.itemKey, ...data },
      update: data,
    });
  }

  async remove(guildId: string, itemKey: string): Promise<void> {
    await this.prisma.scheduledEventRecord.deleteMany({ where: { guildId, itemKey } });
  }
}
