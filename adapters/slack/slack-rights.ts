import type { webApi } from '@slack/bolt';
import type { Logger } from '../../src/core/chat-adapter.ts';
import type { SlackPerson } from './slack-inbound.ts';

// Who may run admin commands: workspace admins and owners (users.info), and the user IDs an
// operator lists in SLACK_ADMIN_USER_IDS. users.info also gives the person's zone. Rights are
// per workspace: users.info is asked with that workspace's client (its token), and remembered
// per workspace, so an admin of one workspace is not an admin of another. It gives the person's
// language too when asked (`include_locale`), cached with the rest.

const CACHE_MS = 60_000;

interface SlackUserInfo {
  is_admin?: boolean;
  is_owner?: boolean;
  is_primary_owner?: boolean;
  tz?: string;
  /** Only with `include_locale: true`. */
  locale?: string;
  real_name?: string;
  name?: string;
  profile?: { display_name?: string };
}

export interface SlackRights {
  /** `via`: the client Bolt built for the event, which carries its workspace's token. */
  personOf(
    userId: string,
    via: { client: webApi.WebClient; workspace?: string | undefined },
  ): Promise<SlackPerson>;
}

export function createSlackRights(options: {
  adminUserIds: readonly string[];
  logger: Logger;
  cacheMs?: number;
}): SlackRights {
  const listed = new Set(options.adminUserIds);
  const cacheMs = options.cacheMs ?? CACHE_MS;
  // A short cache: one users.info per person per minute, and a demoted admin loses rights soon.
  const cache = new Map<string, { person: SlackPerson; until: number }>();
  return {
    async personOf(userId, via) {
      const key = `${via.workspace ?? '-'}:${userId}`;
      const cached = cache.get(key);
      if (cached && cached.until > Date.now()) return cached.person;
      let person: SlackPerson = { isAdmin: listed.has(userId) };
      try {
        const { user } = (await via.client.users.info({ user: userId, include_locale: true })) as {
          user?: SlackUserInfo;
        };
        if (user) {
          const name = user.profile?.display_name || user.real_name || user.name;
          person = {
            isAdmin: listed.has(userId) || Boolean(user.is_admin || user.is_owner || user.is_primary_owner),
            ...(name ? { name } : {}),
            ...(user.tz ? { zone: user.tz } : {}),
            ...(user.locale ? { locale: user.locale } : {}),
          };
        }
      } catch (error) {
        // Without users:read we still know the listed admins; everyone else is a member.
        // Remembered like a success, so a missing scope does not cost a call per message.
        options.logger.warn({ err: (error as Error).message, user: userId }, 'slack users.info failed');
      }
      cache.set(key, { person, until: Date.now() + cacheMs });
      if (cache.size > 5000) cache.delete(cache.keys().next().value!);
      return person;
    },
  };
}
