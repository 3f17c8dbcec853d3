import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * One of the bot's own HTTP routes (health, readiness, the calendar feed), in the shape Bolt's
 * `customRoutes` takes, so that Slack's HTTP receiver and our own small server serve the same table.
 */
export interface HttpRoute {
  path: string;
  method: string[];
  handler(req: IncomingMessage, res: ServerResponse): void | Promise<void>;
}
