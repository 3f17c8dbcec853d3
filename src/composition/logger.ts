import pino, { type Logger } from 'pino';

export type { Logger } from 'pino';

/** Paths whose values never reach a log line, whatever object they hide in. */
export const REDACTED_PATHS = [
  'token',
  '*.token',
  'botToken',
  '*.botToken',
  'signingSecret',
  '*.signingSecret',
  'appToken',
  '*.appToken',
  'authorization',
  '*.authorization',
  'headers.authorization',
  '*.headers.authorization',
  // OAuth: the app's credentials, workspaces' tokens and refresh tokens, as our code and
  // Slack's responses name them, and installation records as they come and go.
  'clientSecret',
  '*.clientSecret',
  'client_secret',
  '*.client_secret',
  'stateSecret',
  '*.stateSecret',
  'refreshToken',
  '*.refreshToken',
  'refresh_token',
  '*.refresh_token',
  'access_token',
  '*.access_token',
  'userToken',
  '*.userToken',
  'botRefreshToken',
  '*.botRefreshToken',
  'secrets',
  '*.secrets',
  'installation',
  '*.installation',
  'encryptionKey',
  '*.encryptionKey',
  'SLACK_BOT_TOKEN',
  'SLACK_SIGNING_SECRET',
  'SLACK_APP_TOKEN',
  'SLACK_CLIENT_SECRET',
  'SLACK_STATE_SECRET',
  'SLACK_ENCRYPTION_KEY',
  'DISCORD_TOKEN',
  '*.SLACK_BOT_TOKEN',
  '*.SLACK_SIGNING_SECRET',
  '*.SLACK_APP_TOKEN',
  '*.SLACK_CLIENT_SECRET',
  '*.SLACK_STATE_SECRET',
  '*.SLACK_ENCRYPTION_KEY',
  '*.DISCORD_TOKEN',
];

export interface LoggerOptions {
  level: string;
  /** Pretty lines for a person at a terminal; JSON otherwise. */
  pretty?: boolean;
  destination?: pino.DestinationStream;
}

export function createLogger(options: LoggerOptions): Logger {
  const base = { level: options.level, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } };
  if (options.destination) return pino(base, options.destination);
  if (options.pretty) {
    return pino({
      ...base,
      transport: {
        target: 'pino-pretty',
        options: { destination: 2, colorize: true, ignore: 'pid,hostname' },
      },
    });
  }
  return pino(base, pino.destination(2));
}
