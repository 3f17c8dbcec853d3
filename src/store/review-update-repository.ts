import { randomUUID } from 'node:crypto';
import type { ReviewUpdatePort } from '../core/ports.ts';
import type { UpdateToSend } from '../core/reminders/reminder-text.ts';
import type { PrismaClient } from './prisma-client.ts';

// Review updates posted by admins with `update <state> <text>`; the data set's own updates
// come with the data.

export class ReviewUpdateRepository implements ReviewUpdatePort {
  constructor(private readonly prisma: PrismaClient) {}

  async record(update: { state: string; text: string; postedBy: string; publishedAt: string }) {
    const id = `posted-${randomUUID()}`;
    await this.prisma.reviewUpdate.create({
      data: {
        id,
        stateCode: update.state,
        text: update.text,
        postedBy: update.postedBy,
        publishedAt: new Date(update.publishedAt),
      },
    });
    return { id };
  }

  /** Counted per settings group: a few dozen rows however many channels subscribe. */
  async audience(state: string): Promise<number> {
    const groups = await this.prisma.subscription.groupBy({
      by: ['states', 'kinds'],
      where: { active: true },
      _count: { _all: true },
    });
    return groups
      .filter((g) => {
        const states = JSON.parse(g.states) as string[];
        const kinds = JSON.parse(g.kinds) as string[];
        return kinds.includes('updates') && (states.length === 0 || states.includes(state));
      })
      .reduce((sum, g) => sum + g._count._all, 0);
  }

  async all(): Promise<UpdateToSend[]> {
    const rows = await this.prisma.reviewUpdate.findMany({ orderBy: { publishedAt: 'asc' } });
    return rows.map((r) => ({
      id: r.id,
      state: r.stateCode,
      published: r.publishedAt.toISOString(),
      text: r.text,
      postedBy: r.postedBy,
      sources: [],
    }));
  }
}
