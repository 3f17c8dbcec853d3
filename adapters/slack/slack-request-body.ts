import type { IncomingMessage } from 'node:http';
import type { HTTPReceiver } from '@slack/bolt';
import type { Logger } from '../../src/core/chat-adapter.ts';

// Bolt reads `body.ssl_check` before anything else, outside its own error handling: a signed
// body of JSON `null` (or a form whose `payload` is `null`) throws there as an unhandled
// rejection, which ends a Node process. Slack never sends one; refuse it before Bolt sees it.

/** Bolt's own limit (HTTPReceiver's default bodyLimit); a larger request gets 413 as from Bolt. */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;

/** The body as Bolt will read it: JSON, or a form whose `payload` field holds JSON. */
function readsAsObject(raw: string, contentType: string | undefined): boolean {
  try {
    if (contentType === 'application/x-www-form-urlencoded') {
      const payload = new URLSearchParams(raw).get('payload');
      if (payload === null) return true;
      const parsed: unknown = JSON.parse(payload);
      return typeof parsed === 'object' && parsed !== null;
    }
    const parsed: unknown = JSON.parse(raw);
    return typeof parsed === 'object' && parsed !== null;
  } catch {
    // Not JSON at all: Bolt answers that with 400 itself.
    return true;
  }
}

/** Buffers each POST (Bolt takes a request whose `rawBody` is set as read) and refuses bodies Bolt would crash on. */
export function refuseUnreadableBodies(receiver: HTTPReceiver, log: Logger) {
  const next = receiver.requestListener;
  receiver.requestListener = (req, res) => {
    if (req.method !== 'POST') return next(req, res);
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('error', () => res.writeHead(400).end());
    req.on('end', () => {
      if (size > MAX_BODY_BYTES) {
        res.writeHead(413).end();
        return;
      }
      const raw = Buffer.concat(chunks);
      if (!readsAsObject(raw.toString(), req.headers['content-type'])) {
        log.warn('slack request with a body that is not an object refused');
        res.writeHead(400).end();
        return;
      }
      (req as IncomingMessage & { rawBody: Buffer }).rawBody = raw;
      next(req, res);
    });
  };
}
