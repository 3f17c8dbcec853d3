import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { buildSlackAdapter, type SlackAdapter } from '../../../adapters/slack/slack-adapter.ts';
import { storagePorts } from '../../../src/composition/bot-runtime.ts';
import { createLogger } from '../../../src/composition/logger.ts';
import { createBotCore } from '../../../src/core/bot-core.ts';
import { buildKnowledge } from '../../../src/core/knowledge.ts';
import { openStorage, type Storage } from '../../../src/store/storage.ts';
import { CLIENT_ID, CLIENT_SECRET, type StandInWorkspace } from '../../fakes/slack-oauth-workspaces.ts';
import { startSlackWebApi } from '../../fakes/slack-web-api.ts';
import { builtInData } from '../../support/built-in.ts';
import { tempDatabase } from '../../support/temp-database.ts';
import { settableClock, testScheduler } from '../../support/test-scheduler.ts';
import { postSigned, SIGNING_SECRET, slashBody } from './slack-harness.ts';

// The real Bolt app in OAuth mode over a real SQLite file, the Web API stand-in playing Slack's
// OAuth endpoints for several workspaces, a browser that follows the install flow, and the real
// reminder scheduler on a clock the test moves. Every log line is kept, to look for secrets.

export const STATE_SECRET = 'stand-in-state-secret-of-some-length';

export interface InstallAttempt {
  status: number;
  html: string;
}

export async function startOAuthHarness(startAt: string) {
  const api = await startSlackWebApi();
  const db = tempDatabase();
  const storage: Storage = await openStorage(db.url, { secretKey: randomBytes(32) });
  await storage.data.apply(builtInData(), 'test', new Date());
  const knowledge = buildKnowledge((await storage.data.load())!);
  const clock = settableClock(startAt);
  const logLines: string[] = [];
  const logger = createLogger({
    level: 'debug',
    destination: new Writable({
      write(chunk, _encoding, done) {
        logLines.push(String(chunk));
        done();
      },
    }),
  });
  const core = createBotCore({ knowledge: () => knowledge, ports: storagePorts(storage) });
  const adapter: SlackAdapter = buildSlackAdapter({
    core,
    knowledge: () => knowledge,
    clock,
    logger,
    handledEvents: storage.handledEvents,
    subscriptions: storage.subscriptions,
    oauth: {
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      stateSecret: STATE_SECRET,
      directInstall: false,
      installations: storage.installations!,
      pauses: storage.workspacePauses,
      channelWorkspaces: storage.channelWorkspaces,
    },
    signingSecret: SIGNING_SECRET,
    apiUrl: api.apiUrl,
    adminUserIds: [],
    port: 0,
    retries: 0,
  });
  await adapter.start();
  const base = `http://127.0.0.1:${adapter.port()}`;
  const scheduler = testScheduler({ storage, knowledge: () => knowledge, clock, posters: [adapter.poster] });

  /** GET /slack/install as a browser: the page, the authorize URL on its button, the state cookie. */
  const installPage = async () => {
    const response = await fetch(`${base}/slack/install`);
    const html = await response.text();
    const href = /href="([^"]*oauth\/v2\/authorize[^"]*)"/.exec(html)?.[1]?.replaceAll('&amp;', '&');
    const cookie = response.headers.get('set-cookie')?.split(';')[0];
    return { status: response.status, html, authorizeUrl: href ? new URL(href) : undefined, cookie };
  };

  /** Slack sending the browser back with `code` and `state`, with or without the cookie. */
  const redirect = async (query: Record<string, string>, cookie?: string): Promise<InstallAttempt> => {
    const response = await fetch(`${base}/slack/oauth_redirect?${new URLSearchParams(query)}`, {
      headers: cookie ? { cookie } : {},
    });
    return { status: response.status, html: await response.text() };
  };

  /** The whole flow for one workspace: the page, Slack's consent (a code), the way back. */
  const install = async (workspace: StandInWorkspace, options: { expiresIn?: number } = {}) => {
    const page = await installPage();
    const state = page.authorizeUrl!.searchParams.get('state')!;
    const code = api.oauth.grant(workspace, options);
    return redirect({ code, state }, page.cookie);
  };

  let eventCount = 0;
  /** A signed Events API callback from a workspace, as Slack sends it. */
  const event = async (
    workspace: StandInWorkspace & { teamId: string },
    payload: Record<string, unknown>,
  ) => {
    const body = JSON.stringify({
      token: 'legacy',
      team_id: workspace.teamId,
      ...(workspace.enterpriseId ? { enterprise_id: workspace.enterpriseId } : {}),
      api_app_id: 'A0UPR',
      event: payload,
      type: 'event_callback',
      event_id: `EvOAuth${++eventCount}`,
      event_time: Math.floor(Date.now() / 1000),
      authorizations: [
        {
          team_id: workspace.wholeOrganisation ? null : workspace.teamId,
          enterprise_id: workspace.enterpriseId ?? null,
          user_id: workspace.botUserId,
          is_bot: true,
          is_enterprise_install: Boolean(workspace.wholeOrganisation),
        },
      ],
    });
    return postSigned(`${base}/slack/events`, body);
  };

  /** A signed `/upr <text>` from a workspace; the answer goes to the returned response_url. */
  const slash = async (teamId: string, text: string, o: { user: string; channel: string }) => {
    const responseId = `oauth-${++eventCount}`;
    const body = slashBody(text, api.responseUrl(responseId), o).replace(
      /team_id=[^&]+/,
      `team_id=${teamId}`,
    );
    await postSigned(`${base}/slack/events`, body, { contentType: 'application/x-www-form-urlencoded' });
    const call = await api.waitFor('response_url', (c) => c.path === `/response/${responseId}`);
    return call.args as { text: string };
  };

  return {
    api,
    db,
    storage,
    adapter,
    clock,
    scheduler,
    logLines,
    installPage,
    redirect,
    install,
    event,
    slash,
    async close() {
      await scheduler.stop(1000);
      await adapter.stop();
      await storage.close();
      await api.close();
      db.cleanup();
    },
  };
}
