import type { PrismaClient } from './prisma-client.ts';

// Inbound events already taken on (Slack retries an event it thinks we missed). Kept in the
// database, not in memory, so a retry that arrives after a restart is still recognised.

export class HandledEventRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /** Records the key; false when it was already there (the event is a retry of one we have). */
  async claim(key: string, at: Date): Promise<boolean> {
    const { count } = await this.prisma.handledEvent
      .createMany({ data: [{ key, handledAt: at }] })
      .catch((error: { code?: string }) => {
        if (error.code === 'P2002') return { count: 0 };
        throw error;
      });
    return count === 1;
  }

  /** Gives the key back after a failure, so that the platform's next retry is answered. */
  async release(key: string): Promise<void> {
    await this.prisma.handledEvent.deleteMany({ where: { key } });
  }

  /** Drops keys older than `before`: platforms stop retrying after minutes, not days. */
  async forgetBefore(before: Date): Promise<number> {
    const { count } = await this.prisma.handledEvent.deleteMany({ where: { handledAt: { lt: before } } });
    return count;
  }
}
