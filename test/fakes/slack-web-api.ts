import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tokenBucket } from './rate-limits.ts';
import { OAuthWorkspaces } from './slack-oauth-workspaces.ts';

// A local stand-in for Slack's Web API (and for response_url follow-ups): it records every call
// and answers the methods the bot uses, or fails on demand (429, an `ok: false` error, a
// connection dropped after the message was posted). It keeps the messages of each channel, with
// their metadata, for conversations.history, and can answer after a delay like the real API.

export interface RecordedCall {
  /** The Web API method (`chat.postMessage`), or `response_url` for a follow-up. */
  method: string;
  /** The form or JSON arguments; Block Kit arrives as a JSON string in forms, parsed here. */
  args: Record<string, unknown>;
  /** The path a response_url follow-up was posted to. */
  path: string;
  authorization?: string;
  /** The stand-in answered it with an injected failure (429 or `ok: false`) or its rate limit. */
  failed: boolean;
  /** Answered 429 by the per-channel limit (the `perChannel` option). */
  rateLimited?: boolean;
  /** With OAuth workspaces: the team (or organisation) whose token the call carried. */
  workspace?: string;
}

export interface SlackUser {
  id: string;
  name?: string;
  is_admin?: boolean;
  is_owner?: boolean;
  tz?: string;
  /** As Slack does, users.info returns it only when asked with `include_locale`. */
  locale?: string;
}

/** A 429, an `ok: false` error, or (drop) the message is posted and the connection is cut unanswered. */
type Failure = { status: 429; retryAfter: number } | { error: string } | { drop: true };

export interface SlackMessage {
  ts: string;
  channel: string;
  text: string;
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
}

export interface SlackWebApiStandIn {
  /** `http://127.0.0.1:PORT/api/`, for `clientOptions.slackApiUrl` and `SLACK_API_URL`. */
  apiUrl: string;
  /** A fresh response_url on the stand-in. */
  responseUrl(id: string): string;
  calls: RecordedCall[];
  callsTo(method: string): RecordedCall[];
  /** Resolves with the first call (already made or still to come) that matches. */
  waitFor(method: string, match?: (call: RecordedCall) => boolean, timeoutMs?: number): Promise<RecordedCall>;
  users: Map<string, SlackUser>;
  /** The messages posted to each channel (a user's id as channel: its DM, `D` + the id), oldest first. */
  messages: Map<string, SlackMessage[]>;
  /**
   * The next call to `method` fails this way (queued, one failure per call); with `match`, the
   * next call whose arguments match it (e.g. one channel of a fan-out).
   */
  failNext(method: string, failure: Failure, match?: (args: Record<string, unknown>) => boolean): void;
  /** What apps.connections.open hands out (Socket Mode). */
  socketUrl?: string;
  /**
   * Workspaces installing the app by OAuth. Once one has a code or a token, every call but
   * oauth.v2.access must carry a live token of one of them, and is recorded with its workspace.
   */
  oauth: OAuthWorkspaces;
  close(): Promise<void>;
}

export const BOT_USER_ID = 'UBOT';
export const TEAM_ID = 'T0UPR';

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parseArgs(body: string, contentType: string | undefined): Record<string, unknown> {
  if (!body) return {};
  if (contentType?.includes('application/json')) return JSON.parse(body) as Record<string, unknown>;
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    args[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return args;
}

export interface SlackWebApiOptions {
  /**
   * Slack's chat.postMessage limit: about `perSecond` messages per channel, with bursts of up to
   * `burst`; beyond it, 429 with Retry-After in whole seconds, as Slack answers.
   */
  perChannel?: { perSecond: number; burst: number };
  /** Every API call is answered after this delay (the message is posted on arrival). */
  latencyMs?: number;
  /** Listen on this port (a test that first finds Slack unreachable there); default a free one. */
  port?: number;
}

/** Slack opens a DM when a message is posted to a user's id; its channel id starts with D. */
export function dmChannelOf(channel: string): string {
  return /^[UW]/.test(channel) ? `D${channel}` : channel;
}

/** conversations.history: newest first, after `oldest`, pages of `limit` behind a cursor. */
function history(messages: readonly SlackMessage[], args: Record<string, unknown>) {
  const oldest = Number(args.oldest ?? 0);
  const limit = Math.min(Number(args.limit ?? 100), 999);
  const withMetadata = String(args.include_all_metadata) === 'true';
  const newestFirst = messages.filter((m) => Number(m.ts) > oldest).reverse();
  const from = Number(args.cursor ?? 0);
  const page = newestFirst.slice(from, from + limit);
  const more = from + limit < newestFirst.length;
  return {
    ok: true,
    messages: page.map(({ metadata, ...m }) => ({
      type: 'message',
      user: BOT_USER_ID,
      ...m,
      ...(withMetadata && metadata ? { metadata } : {}),
    })),
    has_more: more,
    ...(more ? { response_metadata: { next_cursor: String(from + limit) } } : {}),
  };
}

export async function startSlackWebApi(options: SlackWebApiOptions = {}): Promise<SlackWebApiStandIn> {
  const calls: RecordedCall[] = [];
  const buckets = new Map<string, ReturnType<typeof tokenBucket>>();
  const channelLimit = (channel: string): number | undefined => {
    const limit = options.perChannel;
    if (!limit) return undefined;
    const bucket = buckets.get(channel) ?? tokenBucket(limit.perSecond, limit.burst);
    buckets.set(channel, bucket);
    return bucket.take();
  };
  const recorded = new EventEmitter();
  const failures = new Map<
    string,
    { failure: Failure; match: (args: Record<string, unknown>) => boolean }[]
  >();
  const takeFailure = (method: string, args: Record<string, unknown>): Failure | undefined => {
    const queue = failures.get(method) ?? [];
    const i = queue.findIndex((f) => f.match(args));
    return i < 0 ? undefined : queue.splice(i, 1)[0]!.failure;
  };
  const users = new Map<string, SlackUser>();
  const messages = new Map<string, SlackMessage[]>();
  let lastTs = 0;
  /** Real-time timestamps, unique and increasing, as Slack's `ts`. */
  const nextTs = () => {
    lastTs = Math.max(lastTs + 1, Date.now() * 1000);
    return (lastTs / 1e6).toFixed(6);
  };
  const postMessage = (args: Record<string, unknown>): SlackMessage => {
    const channel = dmChannelOf(String(args.channel));
    const message: SlackMessage = {
      ts: nextTs(),
      channel,
      text: String(args.text ?? ''),
      ...(args.metadata ? { metadata: args.metadata as SlackMessage['metadata'] } : {}),
    };
    messages.set(channel, [...(messages.get(channel) ?? []), message]);
    return message;
  };

  const oauth = new OAuthWorkspaces();

  /** With OAuth workspaces, whose token a call carries (or why it is refused). */
  const callerOf = (method: string, call: RecordedCall) => {
    if (method === 'oauth.v2.access' || !oauth.active) return undefined;
    const caller = oauth.caller(call.authorization);
    if (!('error' in caller)) call.workspace = caller.workspace.teamId ?? caller.workspace.enterpriseId;
    return caller;
  };

  const answer = (
    method: string,
    call: RecordedCall,
    caller: ReturnType<typeof callerOf>,
    standIn: SlackWebApiStandIn,
  ) => {
    const { args } = call;
    if (method === 'oauth.v2.access') return oauth.access(args);
    if (caller && 'error' in caller) return { ok: false, error: caller.error };
    if (caller && method === 'auth.test') return oauth.authTest(caller);
    switch (method) {
      case 'auth.test':
        return { ok: true, user_id: BOT_USER_ID, bot_id: 'BUPR', team_id: TEAM_ID, user: 'upr-bot' };
      case 'chat.postMessage': {
        const message = postMessage(args);
        return { ok: true, channel: message.channel, ts: message.ts, message: { text: message.text } };
      }
      case 'conversations.history':
        return history(messages.get(String(args.channel)) ?? [], args);
      case 'conversations.open':
        return { ok: true, channel: { id: dmChannelOf(String(args.users)) } };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: '1706000000.000001' };
      case 'users.info': {
        const found = users.get(String(args.user));
        if (!found) return { ok: false, error: 'user_not_found' };
        const { locale, ...user } = found;
        const withLocale = String(args.include_locale) === 'true' && locale !== undefined;
        return { ok: true, user: withLocale ? { ...user, locale } : user };
      }
      case 'views.publish':
        return { ok: true, view: { id: 'V1' } };
      case 'apps.connections.open':
        return standIn.socketUrl ? { ok: true, url: standIn.socketUrl } : { ok: false, error: 'not_allowed' };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  };

  let standIn!: SlackWebApiStandIn;
  const server: Server = createServer(async (req, res) => {
    const body = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const isApi = url.pathname.startsWith('/api/');
    const method = isApi ? url.pathname.slice('/api/'.length) : 'response_url';
    const call: RecordedCall = {
      method,
      args: parseArgs(body, req.headers['content-type']),
      path: url.pathname,
      failed: false,
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
    };
    const caller = isApi ? callerOf(method, call) : undefined;
    const waitMs = method === 'chat.postMessage' ? channelLimit(String(call.args.channel)) : undefined;
    const failure: Failure | undefined =
      waitMs !== undefined
        ? { status: 429, retryAfter: Math.max(1, Math.ceil(waitMs / 1000)) }
        : takeFailure(method, call.args);
    call.failed = failure !== undefined;
    if (waitMs !== undefined) call.rateLimited = true;
    calls.push(call);
    recorded.emit('call', call);
    if (failure && 'drop' in failure) {
      // Posted, but the answer never comes: the caller cannot know whether it went out.
      postMessage(call.args);
      req.socket.destroy();
      return;
    }
    const payload = failure
      ? 'error' in failure
        ? { ok: false, error: failure.error }
        : undefined
      : isApi
        ? answer(method, call, caller, standIn)
        : { ok: true };
    if (options.latencyMs) await new Promise((resolve) => setTimeout(resolve, options.latencyMs));
    if (failure && 'status' in failure) {
      res.writeHead(429, { 'Retry-After': String(failure.retryAfter), 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ ok: false, error: 'ratelimited' }));
      return;
    }
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(payload));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;

  standIn = {
    apiUrl: `${base}/api/`,
    responseUrl: (id) => `${base}/response/${id}`,
    calls,
    callsTo: (method) => calls.filter((c) => c.method === method),
    waitFor(method, match = () => true, timeoutMs = 5000) {
      const found = calls.find((c) => c.method === method && match(c));
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          recorded.off('call', listener);
          reject(new Error(`no ${method} call arrived within ${timeoutMs} ms`));
        }, timeoutMs);
        const listener = (call: RecordedCall) => {
          if (call.method !== method || !match(call)) return;
          clearTimeout(timer);
          recorded.off('call', listener);
          resolve(call);
        };
        recorded.on('call', listener);
      });
    },
    users,
    messages,
    oauth,
    failNext(method, failure, match = () => true) {
      failures.set(method, [...(failures.get(method) ?? []), { failure, match }]);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return standIn;
}
