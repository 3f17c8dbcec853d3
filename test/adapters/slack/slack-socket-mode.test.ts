import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSlackAdapter, type SlackAdapter } from '../../../adapters/slack/slack-adapter.ts';
import { fixedClock } from '../../../src/composition/clocks.ts';
import { createLogger } from '../../../src/composition/logger.ts';
import { openStorage, type Storage } from '../../../src/store/storage.ts';
import { type SocketModeStandIn, startSocketMode } from '../../fakes/slack-socket-mode.ts';
import { type SlackWebApiStandIn, startSlackWebApi, TEAM_ID } from '../../fakes/slack-web-api.ts';
import { testCore } from '../../support/built-in.ts';
import { tempDatabase } from '../../support/temp-database.ts';
import { NOW } from './slack-harness.ts';

// Socket Mode: the real Bolt SocketModeReceiver asks the Web API stand-in for a WebSocket URL,
// connects to the local stand-in, and answers the envelopes that arrive over it.

describe('Slack in Socket Mode', () => {
  let api: SlackWebApiStandIn;
  let socket: SocketModeStandIn;
  let storage: Storage;
  let adapter: SlackAdapter;
  const db = tempDatabase();

  beforeAll(async () => {
    api = await startSlackWebApi();
    socket = await startSocketMode();
    api.socketUrl = socket.url;
    storage = await openStorage(db.url);
    const { core, knowledge } = testCore();
    adapter = buildSlackAdapter({
      core,
      knowledge: () => knowledge,
      clock: fixedClock(NOW),
      logger: createLogger({ level: 'silent' }),
      handledEvents: storage.handledEvents,
      botToken: 'xoxb-test-token',
      appToken: 'xapp-test-token',
      apiUrl: api.apiUrl,
      adminUserIds: [],
      port: 0,
      retries: 0,
    });
    await adapter.start();
    await socket.connected;
  });
  afterAll(async () => {
    await adapter?.stop();
    await socket?.close();
    await storage?.close();
    await api?.close();
    db.cleanup();
  });

  it('connects with the app token and listens on no HTTP port', () => {
    const open = api.callsTo('apps.connections.open');
    expect(open).toHaveLength(1);
    expect(open[0]!.authorization).toBe('Bearer xapp-test-token');
    expect(adapter.port()).toBeUndefined();
    expect(adapter.isReady()).toBe(true);
  });

  it('acknowledges a /upr envelope, then answers through response_url', async () => {
    const ack = await socket.send('slash_commands', {
      command: '/upr',
      text: 'review China',
      user_id: 'U0MEMBER',
      channel_id: 'C0GENERAL',
      team_id: TEAM_ID,
      response_url: api.responseUrl('socket'),
    });
    expect(ack.envelope_id).toBeDefined();
    const reply = await api.waitFor('response_url', (c) => c.path === '/response/socket');
    expect(String(reply.args.text)).toContain('Chen Xu');
  });

  it('answers a mention that arrives over the socket', async () => {
    await socket.send('events_api', {
      team_id: TEAM_ID,
      type: 'event_callback',
      event_id: 'EvSocket',
      event: {
        type: 'app_mention',
        user: 'U0MEMBER',
        text: '<@UBOT> review China',
        channel: 'C0SOCKET',
        ts: '1.1',
      },
    });
    const posted = await api.waitFor('chat.postMessage', (c) => c.args.channel === 'C0SOCKET');
    expect(String(posted.args.text)).toContain('Chen Xu');
  });
});
