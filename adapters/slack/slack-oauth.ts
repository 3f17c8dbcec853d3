import { HTTPReceiver, type Installation, type Logger as SlackLogger, type webApi } from '@slack/bolt';
import type {
  ChannelWorkspaces,
  InstallationRecords,
  Logger,
  WorkspacePauses,
} from '../../src/core/chat-adapter.ts';
import type { HttpRoute } from '../../src/shared/http-route.ts';
import {
  INSTALL_PATH,
  installedPage,
  installFailedPage,
  installPage,
  REDIRECT_PATH,
} from './slack-install-pages.ts';
import {
  describeWorkspace,
  slackInstallationStore,
  workspaceOfInstallation,
} from './slack-installation-store.ts';
import { SLACK_BOT_SCOPES } from './slack-scopes.ts';

// OAuth mode ("Add to Slack"): Bolt's own HTTP receiver serves GET /slack/install and
// GET /slack/oauth_redirect (state signed with our secret and tied to the browser by a cookie),
// exchanges the code with oauth.v2.access, checks the token with auth.test, and stores the
// installation through our store. Events then carry their workspace, whose token Bolt looks up.

export interface SlackOAuthSettings {
  clientId: string;
  clientSecret: string;
  stateSecret: string;
  /** GET /slack/install redirects straight to Slack instead of showing the page with the button. */
  directInstall: boolean;
  installations: InstallationRecords;
  pauses: WorkspacePauses;
  channelWorkspaces: ChannelWorkspaces;
}

export function oauthReceiver(options: {
  oauth: SlackOAuthSettings;
  signingSecret: string;
  clientOptions: webApi.WebClientOptions;
  slackLogger: SlackLogger;
  logger: Logger;
  customRoutes: readonly HttpRoute[];
  now: () => string;
}): HTTPReceiver {
  const { oauth, logger } = options;
  return new HTTPReceiver({
    signingSecret: options.signingSecret,
    endpoints: '/slack/events',
    customRoutes: [...options.customRoutes],
    logger: options.slackLogger,
    clientId: oauth.clientId,
    clientSecret: oauth.clientSecret,
    stateSecret: oauth.stateSecret,
    installationStore: slackInstallationStore(oauth.installations, options.now),
    scopes: [...SLACK_BOT_SCOPES],
    installerOptions: {
      directInstall: oauth.directInstall,
      installPath: INSTALL_PATH,
      redirectUriPath: REDIRECT_PATH,
      renderHtmlForInstallPath: installPage,
      clientOptions: options.clientOptions,
      callbackOptions: {
        successAsync: async (installation, _options, _req, res) => {
          const ref = workspaceOfInstallation(installation as Installation);
          // A reinstall gives back the reminders an uninstall paused.
          const resumed = await oauth.pauses.resume(ref).catch((error: Error) => {
            logger.error(
              { err: error.message, workspace: describeWorkspace(ref) },
              'could not resume reminders',
            );
            return undefined;
          });
          logger.info({ workspace: describeWorkspace(ref), ...resumed }, 'slack app installed');
          res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
          res.end(installedPage(installation as Installation));
        },
        failure: (error, _options, _req, res) => {
          logger.warn({ code: error.code, err: error.message }, 'slack install failed');
          installFailedPage(error.code, res);
        },
      },
    },
  });
}
