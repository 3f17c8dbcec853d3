import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, type webApi } from '@slack/bolt';
import type {
  AdapterDeps,
  ChatAdapter,
  EventLedger,
  WorkspaceSubscriptions,
} from '../../src/core/chat-adapter.ts';
import { localeFromTag } from '../../src/core/i18n/locales.ts';
import { somethingWentWrong } from '../../src/core/i18n/something-went-wrong.ts';
import type { Inbound } from '../../src/core/inbound.ts';
import type { HttpRoute } from '../../src/shared/http-route.ts';
import { slackMessagesOf } from './slack-blocks.ts';
import { homeView } from './slack-home.ts';
import { commandInbound, type MessageEventPayload, messageInbound } from './slack-inbound.ts';
import { slackLoggerFrom } from './slack-logger.ts';
import { oauthReceiver, type SlackOAuthSettings } from './slack-oauth.ts';
import { createSlackPoster, slackPosterClient } from './slack-poster.ts';
import { refuseFutureRequests } from './slack-request-age.ts';
import { refuseUnreadableBodies } from './slack-request-body.ts';
import { createSlackRights } from './slack-rights.ts';
import { checkSlackToken, type SlackIdentity, slackStartError } from './slack-start-check.ts';
import { createSlackTokenResolver, type SlackAuthorize } from './slack-token-resolver.ts';
import { handleUninstalls } from './slack-uninstall.ts';

// Slack through Bolt: `/upr` commands, mentions and direct messages go to the core; its replies
// come back as Block Kit. HTTP mode (signing secret, POST /slack/events) or Socket Mode (app token),
// with one workspace's token, or installed by OAuth in many workspaces (HTTP mode).

export interface SlackAdapterSettings extends AdapterDeps {
  handledEvents: EventLedger;
  /** One workspace: its bot token. */
  botToken?: string;
  /** Many workspaces ("Add to Slack"): each one's token comes from its installation. */
  oauth?: SlackOAuthSettings;
  /** HTTP mode. */
  signingSecret?: string;
  /** Socket Mode (preferred when both are set: no public URL needed). */
  appToken?: string;
  apiUrl?: string;
  adminUserIds: readonly string[];
  /** HTTP mode's port; 0 picks a free one (see `port()`). */
  port: number;
  /** Web API retries for replies; tests lower them. */
  retries?: number;
  /** Routes to serve beside /slack/events in HTTP mode. */
  httpRoutes?: readonly HttpRoute[];
  /** The workspace's subscriptions for the Home tab; without it the Home shows none. */
  subscriptions?: WorkspaceSubscriptions;
}

export interface SlackAdapter extends ChatAdapter {
  /** The HTTP port actually listened on (HTTP mode, once started). */
  port(): number | undefined;
}

const EVENT_MEMORY_MS = 24 * 60 * 60 * 1000;
const PRUNE_EVERY_MS = 60 * 60 * 1000;

export function buildSlackAdapter(settings: SlackAdapterSettings): SlackAdapter {
  const { core, clock, logger } = settings;
  const log = logger.child({ platform: 'slack' });
  const retryConfig = { retries: settings.retries ?? 5, factor: 2, minTimeout: 500, maxTimeout: 30_000 };
  const clientOptions = {
    ...(settings.apiUrl ? { slackApiUrl: settings.apiUrl } : {}),
    retryConfig,
  };
  const { oauth } = settings;
  // Set when the app is built; until then no workspace's token can be looked up.
  let authorize: SlackAuthorize = () => Promise.reject(new Error('slack is not started'));
  const tokens = oauth
    ? createSlackTokenResolver({
        authorize: (query) => authorize(query),
        channelWorkspaces: oauth.channelWorkspaces,
        logger: log,
      })
    : undefined;
  // The scheduler's client never retries by itself and hands rate limits back (see
  // slack-poster.ts). In OAuth mode it has no token of its own: each call carries its workspace's.
  const posterClient = slackPosterClient({
    botToken: settings.botToken,
    apiUrl: settings.apiUrl,
    logger: log,
  });
  const poster = createSlackPoster({
    client: posterClient,
    logger: log,
    now: () => clock.now(),
    ...(tokens ? { tokenFor: tokens.tokenFor } : {}),
  });
  const rights = createSlackRights({ adminUserIds: settings.adminUserIds, logger: log });

  let app: App | undefined;
  // Who the token belongs to, from the start-up check; Bolt then need not ask again.
  let identity: SlackIdentity | undefined;
  let server: Server | undefined;
  let ready = false;

  const answer = async (inbound: Inbound) => {
    try {
      return await core.handle(inbound);
    } catch (error) {
      log.error({ err: error, kind: inbound.kind }, 'the core failed to answer');
      return somethingWentWrong(inbound);
    }
  };

  // Slack stops retrying within the hour: a day of remembered event ids is plenty.
  let prunedAt = 0;
  const prune = async () => {
    prunedAt = Date.now();
    await settings.handledEvents.forgetBefore(new Date(prunedAt - EVENT_MEMORY_MS));
  };

  /** Runs `work` once per event_id, however often Slack retries; a failure lets the retry through. */
  const once = async (eventId: string | undefined, teamId: string | undefined, work: () => Promise<void>) => {
    if (!eventId) return work();
    const key = `slack:${teamId ?? '-'}:${eventId}`;
    const at = new Date();
    if (at.getTime() - prunedAt > PRUNE_EVERY_MS)
      prune().catch((error) => log.warn({ err: (error as Error).message }, 'could not prune handled events'));
    if (!(await settings.handledEvents.claim(key, at))) {
      log.debug({ eventId }, 'slack event already handled');
      return;
    }
    try {
      await work();
    } catch (error) {
      await settings.handledEvents.release(key);
      throw error;
    }
  };

  /** Requests dated ahead, and bodies Bolt would crash on, are refused before Bolt sees them. */
  const guarded = (receiver: HTTPReceiver): HTTPReceiver => {
    // Outermost first: the date is checked before the body is read.
    refuseUnreadableBodies(receiver, log);
    refuseFutureRequests(receiver, log);
    return receiver;
  };

  const newApp = (): App => {
    const slackLogger = slackLoggerFrom(log);
    // The bot's own routes (health, readiness, calendar) share Slack's port in HTTP mode.
    const customRoutes = [...(settings.httpRoutes ?? [])];
    if (oauth) {
      const receiver = guarded(
        oauthReceiver({
          oauth,
          signingSecret: settings.signingSecret!,
          clientOptions,
          slackLogger,
          logger: log,
          customRoutes,
          now: () => clock.now(),
        }),
      );
      const installer = receiver.installer!;
      authorize = (query) => installer.authorize(query);
      return new App({ receiver, logger: slackLogger, clientOptions });
    }
    if (settings.appToken)
      return new App({
        token: settings.botToken!,
        // Checked before Socket Mode connects: Bolt need not ask Slack again.
        ...(identity ? { botId: identity.botId, botUserId: identity.botUserId } : {}),
        logger: slackLogger,
        clientOptions,
        socketMode: true,
        appToken: settings.appToken,
        installerOptions: { clientOptions },
      });
    const receiver = guarded(
      new HTTPReceiver({
        signingSecret: settings.signingSecret!,
        endpoints: '/slack/events',
        customRoutes,
        logger: slackLogger,
      }),
    );
    // The port is served (health, readiness) even while Slack has not yet confirmed the token;
    // events wait for that confirmation, and Slack retries them until then.
    return new App({
      receiver,
      logger: slackLogger,
      clientOptions,
      authorize: async () => {
        if (!identity) throw new Error('Slack has not confirmed the bot token yet');
        return { botToken: settings.botToken!, botId: identity.botId, botUserId: identity.botUserId };
      },
    });
  };

  const build = (): App => {
    const bolt = newApp();

    bolt.command('/upr', async ({ command, ack, respond, client }) => {
      await ack();
      const receivedAt = clock.now();
      const person = await rights.personOf(command.user_id, { client, workspace: command.team_id });
      const reply = await answer(commandInbound(command, person, receivedAt));
      const responseType = reply.ephemeral ? 'ephemeral' : 'in_channel';
      // response_url takes five follow-ups; a reply is never longer than that.
      for (const message of slackMessagesOf(reply, receivedAt).slice(0, 5)) {
        await respond({ response_type: responseType, replace_original: false, ...message });
      }
    });

    const answerMessage = async (
      event: MessageEventPayload & { user?: string; thread_ts?: string; ts?: string },
      body: { event_id?: string; team_id?: string; enterprise_id?: string },
      context: { botUserId?: string },
      client: webApi.WebClient,
    ) =>
      once(body.event_id, body.team_id, async () => {
        const receivedAt = clock.now();
        const person = event.user
          ? await rights.personOf(event.user, { client, workspace: body.team_id })
          : { isAdmin: false };
        const inbound = messageInbound(
          event,
          {
            ...(body.team_id ? { teamId: body.team_id } : {}),
            ...(body.enterprise_id ? { enterpriseId: body.enterprise_id } : {}),
            ...(context.botUserId ? { botUserId: context.botUserId } : {}),
          },
          person,
          receivedAt,
        );
        const reply = await answer(inbound);
        const thread = event.thread_ts ? { thread_ts: event.thread_ts } : {};
        for (const message of slackMessagesOf(reply, receivedAt)) {
          if (reply.ephemeral && !inbound.channel.isDirect && event.user) {
            await client.chat.postEphemeral({
              channel: event.channel,
              user: event.user,
              ...thread,
              ...message,
            });
          } else {
            await client.chat.postMessage({ channel: event.channel, ...thread, ...message });
          }
        }
      });

    bolt.event('app_mention', async ({ event, body, context, client }) => {
      await answerMessage(event, body, context, client);
    });

    bolt.event('message', async ({ event, body, context, client }) => {
      // Direct messages only, from people: no edits, joins or bot posts (our own included).
      if (event.channel_type !== 'im' || event.subtype !== undefined || 'bot_id' in event) return;
      await answerMessage(event, body, context, client);
    });

    bolt.event('app_home_opened', async ({ event, body, client }) => {
      if (event.tab !== 'home') return;
      const subscriptions =
        body.team_id && settings.subscriptions
          ? await settings.subscriptions.inWorkspace('slack', body.team_id)
          : [];
      // The Home in the person's Slack language (users.info, cached with their rights).
      const person = await rights.personOf(event.user, { client, workspace: body.team_id });
      const locale = localeFromTag(person.locale) ?? 'en';
      await client.views.publish({
        user_id: event.user,
        view: homeView(settings.knowledge(), clock.now(), subscriptions, locale),
      });
    });

    if (oauth)
      handleUninstalls(bolt, { installations: oauth.installations, pauses: oauth.pauses, logger: log, once });

    bolt.error(async (error) => {
      log.error({ err: error.message, code: error.code }, 'slack listener failed');
    });
    return bolt;
  };

  /** One workspace's token, asked of Slack before anything is served (OAuth checks each at install). */
  const check = async () => {
    if (oauth) return;
    identity = await checkSlackToken(settings.botToken!, settings.apiUrl, slackLoggerFrom(log));
  };

  /** Builds the app and listens (HTTP) or connects (Socket Mode); a failure leaves nothing running. */
  const listen = async (bolt: App) => {
    try {
      if (settings.appToken) await bolt.start();
      else server = (await bolt.start(settings.port)) as Server;
    } catch (error) {
      await bolt.stop().catch(() => {});
      throw slackStartError(error, settings.appToken ? 'SLACK_APP_TOKEN' : 'SLACK_BOT_TOKEN', settings.port);
    }
  };

  return {
    platform: 'slack',
    poster,
    check,
    async start() {
      // Socket Mode serves nothing before it connects, which needs the token checked.
      if (settings.appToken && !identity) await check();
      if (!app) await open();
      // HTTP mode listens first (a later try finds it listening), then waits for the token's check.
      if (!identity) await check();
      ready = true;
    },
    async stop() {
      ready = false;
      await app?.stop();
      app = undefined;
    },
    isReady: () => ready,
    servesHttpRoutes: !settings.appToken,
    port: () => (server?.address() as AddressInfo | null)?.port,
  };

  async function open() {
    const bolt = build();
    await prune();
    await listen(bolt);
    app = bolt;
    if (settings.appToken) {
      log.info({ mode: 'socket' }, 'slack connected (Socket Mode)');
    } else {
      const { port } = server!.address() as AddressInfo;
      log.info(
        {
          mode: oauth ? 'oauth' : 'http',
          port,
          path: '/slack/events',
          ...(oauth ? { install: '/slack/install' } : {}),
        },
        `slack listening on port ${port}`,
      );
    }
  }
}
