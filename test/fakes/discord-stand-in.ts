import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import {
  APP_ID,
  botUser,
  DM_CHANNEL_ID,
  guildPayload,
  member,
  readyPayload,
  sentMessage,
  snowflake,
} from './discord-payloads.ts';
import { ScheduledEvents } from './discord-scheduled-events.ts';
import { slidingWindow } from './rate-limits.ts';

// A local Discord for the real discord.js client: the REST API (node:http) and the gateway (ws)
// on one 127.0.0.1 port. It records every request and gateway frame so tests can assert on them,
// and can be told to fail the next request on a route (429, 404 Unknown Channel ...).

/** JSON as it came over the wire; tests read it loosely, as Discord's own clients do. */
// biome-ignore lint/suspicious/noExplicitAny: wire JSON, shapes vary per route
export type Json = any;

export interface RecordedRequest {
  method: string;
  path: string;
  query: string;
  headers: IncomingMessage['headers'];
  body: Json;
}

export interface ScriptedResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

interface GatewayFrame {
  op: number;
  d: Json;
  s?: number | null;
  t?: string | null;
}

export interface DiscordStandIn {
  apiUrl: string;
  gatewayUrl: string;
  requests: RecordedRequest[];
  /** Frames the client sent over the gateway (IDENTIFY op 2, RESUME op 6, heartbeats op 1). */
  frames: GatewayFrame[];
  /** Commands registered by the last bulk overwrite, per scope ("global" or a guild id). */
  registered: Map<string, unknown[]>;
  /** Requests answered 429 by the global rate limit (the `globalPerSecond` option). */
  rateLimited: RecordedRequest[];
  /** The servers' scheduled events (the Events tab), with the bot's Manage Events switch. */
  scheduledEvents: ScheduledEvents;
  /** The next requests matching method and path get these responses, in order. */
  failNext(method: string, path: RegExp, ...responses: ScriptedResponse[]): void;
  dispatch(t: string, d: unknown): void;
  /** Closes the gateway socket as Discord does when a session must resume (code 4000). */
  dropConnection(code?: number): void;
  connections(): number;
  waitForRequest(match: (r: RecordedRequest) => boolean, timeoutMs?: number): Promise<RecordedRequest>;
  waitForFrame(match: (f: GatewayFrame) => boolean, timeoutMs?: number): Promise<GatewayFrame>;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<Json> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return undefined;
  return (req.headers['content-type'] ?? '').includes('json') ? JSON.parse(text) : text;
}

function send(res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}) {
  if (body === undefined) {
    res.writeHead(status, headers).end();
    return;
  }
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
}

export interface DiscordStandInOptions {
  heartbeatMs?: number;
  /**
   * Discord's global limit: at most this many requests in any second (interaction callbacks
   * excepted, as on Discord); beyond it, 429 with retry_after and the X-RateLimit headers.
   */
  globalPerSecond?: number;
  /** Listen on this port (a test that first finds Discord unreachable there); default a free one. */
  port?: number;
}

export async function startDiscordStandIn(options: DiscordStandInOptions = {}): Promise<DiscordStandIn> {
  const requests: RecordedRequest[] = [];
  const rateLimited: RecordedRequest[] = [];
  const globalLimit = options.globalPerSecond ? slidingWindow(options.globalPerSecond, 1000) : undefined;
  const frames: GatewayFrame[] = [];
  const registered = new Map<string, unknown[]>();
  const scheduledEvents = new ScheduledEvents();
  const scripts: { method: string; path: RegExp; responses: ScriptedResponse[] }[] = [];
  const waiters: (() => void)[] = [];
  const notify = () => {
    for (const w of [...waiters]) w();
  };
  let base = '';
  let gatewayUrl = '';

  const route = (r: RecordedRequest, res: ServerResponse) => {
    const limitedRoute = !/^\/api\/v10\/(interactions|webhooks)\//.test(r.path);
    const waitMs = limitedRoute ? globalLimit?.take() : undefined;
    if (waitMs !== undefined) {
      rateLimited.push(r);
      const seconds = (waitMs / 1000).toFixed(3);
      return send(
        res,
        429,
        { message: 'You are being rate limited.', retry_after: Number(seconds), global: true },
        { 'retry-after': seconds, 'x-ratelimit-global': 'true', 'x-ratelimit-scope': 'global' },
      );
    }
    const scripted = scripts.find((s) => s.method === r.method && s.path.test(r.path) && s.responses.length);
    if (scripted) {
      const next = scripted.responses.shift()!;
      return send(res, next.status, next.body, next.headers);
    }
    const p = r.path.replace(/^\/api\/v10/, '');
    const at = (re: RegExp) => re.exec(p);
    if (r.method === 'GET' && p === '/gateway/bot') {
      return send(res, 200, {
        url: gatewayUrl,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
      });
    }
    if (r.method === 'GET' && p === '/users/@me') return send(res, 200, botUser);
    if (r.method === 'GET' && p === '/applications/@me') {
      return send(res, 200, { id: APP_ID, name: 'upr-bot', flags: 0, bot_public: true });
    }
    const commandsRoute = at(/^\/applications\/(\d+)\/(?:guilds\/(\d+)\/)?commands$/);
    if (r.method === 'PUT' && commandsRoute && commandsRoute[1] === APP_ID) {
      const guild = commandsRoute[2];
      const scope = guild ?? 'global';
      // A bulk overwrite replaces the whole set: the same body twice leaves the same set.
      const commands = (r.body as { name: string }[]).map((c, i) => ({
        ...c,
        id: `${scope === 'global' ? 1 : 2}60000000000000000${i}`,
        application_id: APP_ID,
        ...(guild ? { guild_id: guild } : {}),
        version: '1',
      }));
      registered.set(scope, commands);
      return send(res, 200, commands);
    }
    if (r.method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(p)) return send(res, 204);
    const scheduled = scheduledEvents.route(r.method, p, r.body);
    if (scheduled) return send(res, scheduled.status, scheduled.body);
    if (at(/^\/webhooks\/\d+\/[^/]+(\/messages\/@original)?$/)) {
      if (r.method === 'DELETE') return send(res, 204);
      return send(res, 200, sentMessage(r.body?.channel_id ?? '0', r.body ?? {}));
    }
    const channelMessages = at(/^\/channels\/(\d+)\/messages$/);
    if (r.method === 'POST' && channelMessages) {
      return send(res, 200, sentMessage(channelMessages[1]!, r.body));
    }
    if (r.method === 'POST' && p === '/users/@me/channels') {
      return send(res, 200, {
        id: DM_CHANNEL_ID,
        type: 1,
        recipients: [{ ...member, id: r.body.recipient_id }],
        last_message_id: null,
      });
    }
    if (r.method === 'POST' && at(/^\/channels\/\d+\/typing$/)) return send(res, 204);
    if (r.method === 'GET' && p === `/channels/${DM_CHANNEL_ID}`) {
      return send(res, 200, { id: DM_CHANNEL_ID, type: 1, recipients: [member], last_message_id: null });
    }
    return send(res, 404, { message: 'Unknown route in the stand-in', code: 0 });
  };

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const recorded: RecordedRequest = {
      method: req.method ?? 'GET',
      path: decodeURIComponent(url.pathname),
      query: url.search,
      headers: req.headers,
      body: await readBody(req),
    };
    requests.push(recorded);
    route(recorded, res);
    notify();
  });

  // The gateway: HELLO, IDENTIFY → READY + GUILD_CREATE, RESUME → RESUMED, heartbeat → ACK.
  const wss = new WebSocketServer({ server, path: '/gateway' });
  let socket: WebSocket | undefined;
  let sequence = 0;
  let connectionCount = 0;
  const sessionId = `session-${snowflake()}`;
  const sendFrame = (frame: GatewayFrame) => socket?.send(JSON.stringify(frame));
  const dispatch = (t: string, d: unknown) => sendFrame({ op: 0, t, s: ++sequence, d });
  wss.on('connection', (ws) => {
    socket = ws;
    connectionCount++;
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: options.heartbeatMs ?? 45_000 } }));
    ws.on('message', (data) => {
      const frame = JSON.parse(data.toString()) as GatewayFrame;
      frames.push(frame);
      if (frame.op === 1) ws.send(JSON.stringify({ op: 11 }));
      if (frame.op === 2) {
        dispatch('READY', readyPayload(gatewayUrl, sessionId));
        dispatch('GUILD_CREATE', guildPayload());
      }
      if (frame.op === 6) dispatch('RESUMED', {});
      notify();
    });
  });

  server.listen(options.port ?? 0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
  gatewayUrl = `ws://127.0.0.1:${port}/gateway`;

  const waitFor = <T>(find: () => T | undefined, what: string, timeoutMs: number): Promise<T> =>
    new Promise((resolve, reject) => {
      const check = () => {
        const found = find();
        if (found === undefined) return;
        waiters.splice(waiters.indexOf(check), 1);
        clearTimeout(timer);
        resolve(found);
      };
      const timer = setTimeout(() => {
        waiters.splice(waiters.indexOf(check), 1);
        reject(new Error(`the stand-in saw no ${what} within ${timeoutMs} ms`));
      }, timeoutMs);
      waiters.push(check);
      check();
    });

  return {
    apiUrl: `${base}/api`,
    gatewayUrl,
    requests,
    frames,
    registered,
    rateLimited,
    scheduledEvents,
    failNext(method, path, ...responses) {
      scripts.push({ method, path, responses });
    },
    dispatch,
    dropConnection(code = 4000) {
      socket?.close(code, 'stand-in drop');
    },
    connections: () => connectionCount,
    waitForRequest: (match, timeoutMs = 5000) =>
      waitFor(() => requests.find(match), 'matching request', timeoutMs),
    waitForFrame: (match, timeoutMs = 5000) => waitFor(() => frames.find(match), 'matching frame', timeoutMs),
    async close() {
      for (const client of wss.clients) client.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
