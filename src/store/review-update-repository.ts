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

  async audience(state: string): Promise<number> {
    const active = await this.prisma.subscription.findMany({ where: { active: true } });
    return active.filter((s) => {
      const states = JSON.parse(s.states) as string[];
      const kinds = JSON.parse(s.kinds) as string[];
      return kinds.includes('updates') && (states.length === 0 || states.includes(state));
    }).length;
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
