import { createHmac } from 'node:crypto';
import { buildSlackAdapter, type SlackAdapter } from '../../../adapters/slack/slack-adapter.ts';
import { fixedClock } from '../../../src/composition/clocks.ts';
import { serviceRoutes } from '../../../src/composition/http-routes.ts';
import { createLogger } from '../../../src/composition/logger.ts';
import type { BotCore } from '../../../src/core/bot-core.ts';
import type { EventLedger } from '../../../src/core/chat-adapter.ts';
import type { Knowledge } from '../../../src/core/knowledge.ts';
import type { Clock } from '../../../src/core/ports.ts';
import { openStorage, type Storage } from '../../../src/store/storage.ts';
import {
  type SlackWebApiOptions,
  type SlackWebApiStandIn,
  startSlackWebApi,
  TEAM_ID,
} from '../../fakes/slack-web-api.ts';
import { testCore } from '../../support/built-in.ts';
import { tempDatabase } from '../../support/temp-database.ts';

// The real Bolt app, over HTTP, with signed requests in and the Web API stand-in out.

export const SIGNING_SECRET = 'test-signing-secret';
export const NOW = '2024-01-23T10:00:00+01:00';

export function sign(body: string, timestamp: number, secret = SIGNING_SECRET): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

type PostOptions = Parameters<SlackHarness['post']>[1];

/** Posts a body to a Bolt endpoint as Slack does, signed unless told otherwise. */
export async function postSigned(url: string, body: string, o: PostOptions = {}) {
  const timestamp = o.timestamp ?? Math.floor(Date.now() / 1000);
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'Content-Type': o.contentType ?? 'application/json',
      'X-Slack-Request-Timestamp': String(timestamp),
      'X-Slack-Signature': o.signature ?? sign(body, timestamp),
      ...o.headers,
    },
    body,
  });
  const text = await response.text();
  return { status: response.status, elapsedMs: performance.now() - started, text };
}

export interface SlackHarness {
  api: SlackWebApiStandIn;
  adapter: SlackAdapter;
  storage: Storage;
  eventsUrl: string;
  /** Posts a raw body with the given headers (signed correctly unless told otherwise). */
  post(
    body: string,
    options?: {
      contentType?: string;
      headers?: Record<string, string>;
      timestamp?: number;
      signature?: string;
    },
  ): Promise<{ status: number; elapsedMs: number; text: string }>;
  /** A signed `/upr <text>`; `responseId` names the response_url the reply goes to. */
  slash(
    text: string,
    options?: { user?: string; channel?: string; responseId?: string },
  ): Promise<{ status: number; elapsedMs: number; responseId: string }>;
  /** A signed Events API callback. */
  event(
    event: Record<string, unknown>,
    options?: { eventId?: string; retryNum?: number },
  ): Promise<{ status: number; elapsedMs: number }>;
  close(): Promise<void>;
}

let responses = 0;

/** The form Slack posts for `/upr <text>`, answering to `responseUrl`. */
export function slashBody(text: string, responseUrl: string, o: { user?: string; channel?: string } = {}) {
  return new URLSearchParams({
    token: 'legacy',
    team_id: TEAM_ID,
    team_domain: 'upr',
    channel_id: o.channel ?? 'C0GENERAL',
    channel_name: 'general',
    user_id: o.user ?? 'U0MEMBER',
    user_name: 'member',
    command: '/upr',
    text,
    api_app_id: 'A0UPR',
    response_url: responseUrl,
    trigger_id: '1.2.3',
  }).toString();
}

export async function startSlackHarness(
  options: {
    /** A core, or one built over the harness's own storage (for the reminder commands). */
    core?: BotCore | ((storage: Storage) => BotCore);
    clock?: Clock;
    knowledge?: Knowledge;
    adminUserIds?: string[];
    /** Lets a test watch the de-duplication ledger. */
    ledger?: (real: EventLedger) => EventLedger;
    /** The stand-in's rate limits. */
    api?: SlackWebApiOptions;
  } = {},
): Promise<SlackHarness> {
  const api = await startSlackWebApi(options.api);
  const db = tempDatabase();
  const storage = await openStorage(db.url);
  const built = testCore();
  const core = typeof options.core === 'function' ? options.core(storage) : options.core;
  // The bot's own routes on Slack's port, as run-bot.ts wires them; readiness follows the adapter.
  const httpRoutes = serviceRoutes(
    {
      databaseReachable: async () => true,
      chats: () => [{ platform: 'slack', ready: adapter.isReady() }],
      scheduler: () => undefined,
    },
    () => options.knowledge ?? built.knowledge,
    () => {},
  );
  const adapter: SlackAdapter = buildSlackAdapter({
    httpRoutes,
    core: core ?? built.core,
    knowledge: () => options.knowledge ?? built.knowledge,
    clock: options.clock ?? fixedClock(NOW),
    logger: createLogger({ level: 'silent' }),
    handledEvents: options.ledger ? options.ledger(storage.handledEvents) : storage.handledEvents,
    subscriptions: storage.subscriptions,
    botToken: 'xoxb-test-token',
    signingSecret: SIGNING_SECRET,
    apiUrl: api.apiUrl,
    adminUserIds: options.adminUserIds ?? [],
    port: 0,
    retries: 0,
  });
  await adapter.start();
  const eventsUrl = `http://127.0.0.1:${adapter.port()}/slack/events`;

  const post: SlackHarness['post'] = (body, o = {}) => postSigned(eventsUrl, body, o);

  return {
    api,
    adapter,
    storage,
    eventsUrl,
    post,
    async slash(text, o = {}) {
      responses += 1;
      const responseId = o.responseId ?? `r${responses}`;
      const body = slashBody(text, api.responseUrl(responseId), o);
      const { status, elapsedMs } = await post(body, { contentType: 'application/x-www-form-urlencoded' });
      return { status, elapsedMs, responseId };
    },
    async event(event, o = {}) {
      const eventId = o.eventId ?? `Ev${Math.random().toString(36).slice(2)}`;
      const body = JSON.stringify({
        token: 'legacy',
        team_id: TEAM_ID,
        api_app_id: 'A0UPR',
        event,
        type: 'event_callback',
        event_id: eventId,
        event_time: Math.floor(Date.now() / 1000),
        authorizations: [{ team_id: TEAM_ID, user_id: 'UBOT', is_bot: true }],
      });
      const headers: Record<string, string> = o.retryNum
        ? { 'X-Slack-Retry-Num': String(o.retryNum), 'X-Slack-Retry-Reason': 'http_timeout' }
        : {};
      const { status, elapsedMs } = await post(body, { headers });
      return { status, elapsedMs };
    },
    async close() {
      await adapter.stop();
      await storage.close();
      await api.close();
      db.cleanup();
    },
  };
}

/** The follow-up posted to a slash command's response_url. */
export async function followUp(harness: SlackHarness, responseId: string) {
  const call = await harness.api.waitFor('response_url', (c) => c.path === `/response/${responseId}`);
  return call.args as { response_type: string; text: string; blocks: { type: string }[] };
}
