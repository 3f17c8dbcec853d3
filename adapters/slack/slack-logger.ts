import { LogLevel, type Logger as SlackLogger } from '@slack/bolt';
import type { Logger } from '../../src/core/chat-adapter.ts';

// Bolt and its Web API client log through ours, so their lines are JSON like the rest, redacted
// like the rest, and quiet in tests. Bolt's `info` chatter is demoted to debug.

/**
 * Bolt's lines are strings, which the logger's path redaction cannot see into; and at debug the
 * Web API client prints request bodies, where it hides fields named like tokens but not the OAuth
 * exchange's client secret or code. Secrets are scrubbed from the text before it is logged.
 */
export function scrubSecrets(text: string): string {
  return text
    .replace(/\bxox[a-z]-[A-Za-z0-9-]+/g, 'xox…[redacted]')
    .replace(
      /("?(?:client_secret|code|refresh_token|access_token|token|state)"?\s*[:=]\s*"?)[^"&,\s}]+/g,
      '$1[redacted]',
    );
}

export function slackLoggerFrom(logger: Logger): SlackLogger {
  const child = logger.child({ component: 'slack' });
  const line = (msg: unknown[]) => scrubSecrets(msg.map(String).join(' '));
  let level: LogLevel = LogLevel.INFO;
  return {
    debug: (...msg) => child.debug(line(msg)),
    info: (...msg) => child.debug(line(msg)),
    warn: (...msg) => child.warn(line(msg)),
    error: (...msg) => child.error(line(msg)),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => {},
  };
}
