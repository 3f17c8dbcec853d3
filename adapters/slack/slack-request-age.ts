import type { HTTPReceiver } from '@slack/bolt';
import type { Logger } from '../../src/core/chat-adapter.ts';

// Slack signs each request with its timestamp. Bolt refuses one signed more than 5 minutes ago
// (a replay) but takes any timestamp in the future, so a request captured with a clock set ahead
// could be replayed for as long as that clock is ahead. Refuse both sides alike.

export const MAX_REQUEST_SKEW_SECONDS = 5 * 60;

/** Wraps the receiver's request listener: a POST dated more than 5 minutes ahead gets 401, as a stale one does. */
export function refuseFutureRequests(receiver: HTTPReceiver, log: Logger, nowMs: () => number = Date.now) {
  const next = receiver.requestListener;
  receiver.requestListener = (req, res) => {
    const header = req.headers['x-slack-request-timestamp'];
    const timestamp = Number(Array.isArray(header) ? header[0] : header);
    if (req.method === 'POST' && timestamp > nowMs() / 1000 + MAX_REQUEST_SKEW_SECONDS) {
      log.warn(
        { aheadSeconds: Math.round(timestamp - nowMs() / 1000) },
        'slack request dated in the future refused',
      );
      res.writeHead(401).end();
      return;
    }
    next(req, res);
  };
}
