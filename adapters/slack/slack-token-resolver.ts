import type { AuthorizeResult, InstallationQuery } from '@slack/bolt';
import type { ChannelWorkspaces, Logger } from '../../src/core/chat-adapter.ts';
import type { PostTarget } from '../../src/core/ports.ts';
import { describeWorkspace, workspaceOfQuery } from './slack-installation-store.ts';

// The scheduler's posts have no inbound event to carry a token: each asks here for the token of
// the workspace (or organisation) that owns its channel. Bolt's installer answers, refreshing a
// rotating token that expires within two hours and storing the new one, as it does for events.

export type SlackAuthorize = (query: InstallationQuery<boolean>) => Promise<AuthorizeResult>;

export interface SlackTokenResolver {
  /** The bot token of that workspace or organisation; undefined when the app is not installed there. */
  botToken(workspace: { workspace?: string; organisation?: string }): Promise<string | undefined>;
  /** The bot token for a scheduled post's target, through the workspace that owns it. */
  tokenFor(target: PostTarget): Promise<string | undefined>;
}

export function createSlackTokenResolver(options: {
  authorize: SlackAuthorize;
  channelWorkspaces: ChannelWorkspaces;
  logger: Logger;
}): SlackTokenResolver {
  // One refresh per workspace at a time: two posts racing must not spend the refresh token twice.
  const inFlight = new Map<string, Promise<string | undefined>>();

  const botToken: SlackTokenResolver['botToken'] = ({ workspace, organisation }) => {
    const query = workspace
      ? { teamId: workspace, enterpriseId: organisation, isEnterpriseInstall: false as const }
      : { teamId: undefined, enterpriseId: organisation ?? '', isEnterpriseInstall: true as const };
    const ref = workspaceOfQuery(query);
    const key = describeWorkspace(ref);
    const pending = inFlight.get(key);
    if (pending) return pending;
    const lookup = options
      .authorize(query)
      .then((result) => result.botToken)
      .catch((error: Error) => {
        // The message names the workspace and the cause, never a token.
        options.logger.warn({ err: error.message, workspace: key }, 'no slack token for this workspace');
        return undefined;
      })
      .finally(() => inFlight.delete(key));
    inFlight.set(key, lookup);
    return lookup;
  };

  return {
    botToken,
    async tokenFor(target) {
      const owner = await options.channelWorkspaces.workspaceOf('slack', target);
      return owner ? botToken(owner) : undefined;
    },
  };
}
