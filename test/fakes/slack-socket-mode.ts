import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

// A local stand-in for Slack's Socket Mode endpoint: the WebSocket that apps.connections.open
// hands out. It greets with `hello`, sends envelopes, and collects the app's acknowledgements.

export interface SocketModeStandIn {
  url: string;
  /** Resolves once the app has connected and been greeted. */
  connected: Promise<void>;
  /** Sends an envelope and resolves with the app's acknowledgement of it. */
  send(
    type: 'slash_commands' | 'events_api',
    payload: Record<string, unknown>,
  ): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

export async function startSocketMode(): Promise<SocketModeStandIn> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  const acks = new Map<string, (ack: Record<string, unknown>) => void>();
  let socket: WebSocket | undefined;
  let envelopes = 0;
  const connected = new Promise<void>((resolve) => {
    server.on('connection', (ws) => {
      socket = ws;
      ws.on('message', (data) => {
        const message = JSON.parse(String(data)) as Record<string, unknown>;
        acks.get(String(message.envelope_id))?.(message);
      });
      ws.send(
        JSON.stringify({
          type: 'hello',
          num_connections: 1,
          connection_info: { app_id: 'A0UPR' },
          debug_info: { host: 'stand-in', approximate_connection_time: 3600 },
        }),
      );
      resolve();
    });
  });
  return {
    url: `ws://127.0.0.1:${port}/link`,
    connected,
    send(type, payload) {
      envelopes += 1;
      const id = `env-${envelopes}`;
      return new Promise((resolve) => {
        acks.set(id, resolve);
        socket!.send(
          JSON.stringify({ envelope_id: id, type, payload, accepts_response_payload: type !== 'events_api' }),
        );
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of server.clients) client.terminate();
        server.close(() => resolve());
      }),
  };
}
