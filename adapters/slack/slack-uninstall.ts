import type { App } from '@slack/bolt';
import type { InstallationRecords, Logger, WorkspacePauses } from '../../src/core/chat-adapter.ts';
import { describeWorkspace, workspaceOfQuery } from './slack-installation-store.ts';

// `app_uninstalled` and `tokens_revoked` (the bot's): the workspace's installation is deleted and
// its subscriptions and personal reminders are paused with the reason, so that nothing is posted
// there until the app is installed again, which resumes them.

interface LifecycleContext {
  teamId?: string | undefined;
  enterpriseId?: string | undefined;
  isEnterpriseInstall?: boolean | undefined;
}

export function handleUninstalls(
  app: App,
  options: {
    installations: InstallationRecords;
    pauses: WorkspacePauses;
    logger: Logger;
    /** Runs the work once per event_id, however often Slack retries it. */
    once: (
      eventId: string | undefined,
      teamId: string | undefined,
      work: () => Promise<void>,
    ) => Promise<void>;
  },
): void {
  const goneFrom = async (context: LifecycleContext, why: string) => {
    const ref = workspaceOfQuery(context);
    const removed = await options.installations.remove(ref);
    const paused = await options.pauses.pause(ref, why);
    options.logger.warn(
      { workspace: describeWorkspace(ref), installationRemoved: removed, ...paused },
      `slack ${why}: reminders there are paused until it is installed again`,
    );
  };

  app.event('app_uninstalled', async ({ body, context }) => {
    await options.once(body.event_id, body.team_id, () => goneFrom(context, 'app was uninstalled'));
  });

  app.event('tokens_revoked', async ({ event, body, context }) => {
    // Only the bot's token matters: user tokens are neither asked for nor used.
    if (!event.tokens.bot?.length) return;
    await options.once(body.event_id, body.team_id, () => goneFrom(context, "bot's token was revoked"));
  });
}
