import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HttpRoute } from '../shared/http-route.ts';
import { routeFor } from './http-routes.ts';
import type { Logger } from './logger.ts';

/** A small server for the bot's own routes, when no chat adapter already serves HTTP. */
export async function startHttpServer(
  port: number,
  routes: readonly HttpRoute[],
  logger: Logger,
): Promise<Server> {
  const server = createServer((req, res) => {
    const route = routeFor(routes, req);
    if (!route || route === 'wrong-method') {
      res.writeHead(route ? 405 : 404, { 'Content-Type': 'text/plain' });
      res.end(route ? 'method not allowed\n' : 'not found\n');
      return;
    }
    void route.handler(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, resolve);
  });
  const { port: listening } = server.address() as AddressInfo;
  logger.info({ port: listening }, `http listening on port ${listening}`);
  return server;
}

export function stopHttpServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}
