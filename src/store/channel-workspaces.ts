import type { ChannelWorkspaces } from '../core/chat-adapter.ts';
import type { Platform } from '../core/inbound.ts';
import type { PostTarget } from '../core/ports.ts';
import type { PrismaClient } from './prisma-client.ts';

// Which workspace a scheduled post goes to, so that it is sent with that workspace's token: a
// channel's from its subscription, a person's (direct message) from their personal reminders.

export class ChannelWorkspaceRepository implements ChannelWorkspaces {
  constructor(private readonly prisma: PrismaClient) {}

  async workspaceOf(platform: Platform, target: PostTarget) {
    const row = target.direct
      ? await this.prisma.personalReminder.findFirst({
          where: { platform, userRef: target.ref, workspaceId: { not: null } },
          orderBy: { createdAt: 'desc' },
          select: { workspaceId: true, organisationId: true },
        })
      : await this.prisma.subscription.findUnique({
          where: { platform_channelRef: { platform, channelRef: target.ref } },
          select: { workspaceId: true, organisationId: true },
        });
    if (!row?.workspaceId && !row?.organisationId) return undefined;
    return {
      ...(row.workspaceId ? { workspace: row.workspaceId } : {}),
      ...(row.organisationId ? { organisation: row.organisationId } : {}),
    };
  }
}
