import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Knowledge } from '../core/knowledge.ts';
import type { HttpRoute } from '../shared/http-route.ts';
import { calendarOf } from './calendar-feed.ts';
import { readinessOf, type ServiceStatus } from './service-status.ts';

// The bot's own HTTP routes: liveness, readiness and the calendar feed. The same table is served
// by Bolt's receiver in Slack HTTP mode (one port) or by a small server of our own otherwise.

function send(res: ServerResponse, status: number, type: string, body: string) {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

/** A route that answers 500 instead of throwing: Bolt's receiver does not await handlers. */
function guarded(route: HttpRoute, onError: (error: unknown, path: string) => void): HttpRoute {
  return {
    ...route,
    handler: async (req, res) => {
      try {
        await route.handler(req, res);
      } catch (error) {
        onError(error, route.path);
        if (!res.headersSent) send(res, 500, 'text/plain', 'internal error\n');
        else res.end();
      }
    },
  };
}

export function serviceRoutes(
  status: ServiceStatus,
  knowledge: () => Knowledge,
  onError: (error: unknown, path: string) => void,
): HttpRoute[] {
  const routes: HttpRoute[] = [
    {
      path: '/healthz',
      method: ['GET', 'HEAD'],
      handler: (_req, res) => send(res, 200, 'application/json', '{"status":"ok"}'),
    },
    {
      path: '/readyz',
      method: ['GET', 'HEAD'],
      handler: async (_req, res) => {
        const readiness = await readinessOf(status);
        send(res, readiness.ready ? 200 : 503, 'application/json', JSON.stringify(readiness));
      },
    },
    {
      path: '/calendar.ics',
      method: ['GET', 'HEAD'],
      handler: (req, res) => {
        const wanted = new URL(req.url ?? '/', 'http://localhost').searchParams.get('state');
        const current = knowledge();
        const state = wanted ? current.states.resolve(wanted.slice(0, 80)) : undefined;
        if (wanted && !state) {
          send(
            res,
            400,
            'text/plain; charset=utf-8',
            'Unknown state: use an ISO code such as CHN, or a name.\n',
          );
          return;
        }
        res.setHeader('Content-Disposition', `inline; filename="upr${state ? `-${state.code}` : ''}.ics"`);
        send(res, 200, 'text/calendar; charset=utf-8', calendarOf(current, state?.code));
      },
    },
  ];
  return routes.map((route) => guarded(route, onError));
}

/** Finds the route for a request; undefined means 404 (or 405 when only the method is wrong). */
export function routeFor(
  routes: readonly HttpRoute[],
  req: IncomingMessage,
): HttpRoute | 'wrong-method' | undefined {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  const route = routes.find((r) => r.path === path);
  if (!route) return undefined;
  return route.method.includes(req.method ?? 'GET') ? route : 'wrong-method';
}
