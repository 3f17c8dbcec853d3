import { type Logger as SlackLogger, webApi } from '@slack/bolt';
import { ChatStartError } from '../../src/core/chat-start-error.ts';

// Before the bot says it is listening, Slack is asked who the token belongs to (auth.test). The
// answer says which of two things went wrong: Slack refused the token (a setting to fix, named
// in one line) or Slack could not be reached (try again later).

/** Slack's answers that mean "this token will not work", whatever the retries. */
const REFUSED = new Set([
  'invalid_auth',
  'not_authed',
  'account_inactive',
  'token_revoked',
  'token_expired',
  'not_allowed_token_type',
  'invalid_token',
  'no_permission',
  'missing_scope',
  'team_access_not_granted',
  'ekm_access_denied',
]);

/** What to do about each setting Slack may refuse. */
const WHAT_TO_DO: Record<string, string> = {
  SLACK_BOT_TOKEN: "set it to the app's Bot User OAuth Token (xoxb-…, OAuth & Permissions page)",
  SLACK_APP_TOKEN:
    'set it to an app-level token with connections:write (xapp-…, Basic Information > App-Level Tokens) and turn Socket Mode on',
};

interface SlackApiError {
  code?: string;
  data?: { error?: string };
  original?: { code?: string; message?: string; cause?: { code?: string } };
  statusCode?: number;
  message?: string;
}

/** Reads an error of @slack/web-api (or of listening on the port) as a start-up problem. */
export function slackStartError(
  error: unknown,
  setting: 'SLACK_BOT_TOKEN' | 'SLACK_APP_TOKEN',
  port?: number,
) {
  const e = (error ?? {}) as SlackApiError;
  const answer = e.data?.error;
  if (e.code === webApi.ErrorCode.PlatformError && answer && REFUSED.has(answer))
    return new ChatStartError(
      'slack',
      'setting',
      `${setting} was refused by Slack (${answer}): ${WHAT_TO_DO[setting]}`,
    );
  const local = (error as NodeJS.ErrnoException)?.code;
  if (local === 'EADDRINUSE' || local === 'EACCES')
    return new ChatStartError(
      'slack',
      'setting',
      `PORT ${port ?? ''} cannot be listened on (${local === 'EADDRINUSE' ? 'in use by another program' : 'not allowed'}): set PORT to a free port`,
    );
  const why =
    e.code === webApi.ErrorCode.RequestError
      ? (e.original?.code ?? e.original?.cause?.code ?? e.original?.message ?? 'no answer')
      : e.code === webApi.ErrorCode.HTTPError
        ? `HTTP ${e.statusCode}`
        : e.code === webApi.ErrorCode.RateLimitedError
          ? 'rate limited'
          : answer
            ? `Slack answered ${answer}`
            : (e.message ?? String(error));
  return new ChatStartError('slack', 'unreachable', `cannot reach Slack (${why})`);
}

export interface SlackIdentity {
  botUserId: string;
  botId: string;
}

/** auth.test once, without the Web API client's own retries: the caller retries with backoff. */
export async function checkSlackToken(
  token: string,
  apiUrl: string | undefined,
  logger: SlackLogger,
): Promise<SlackIdentity> {
  const client = new webApi.WebClient(token, {
    ...(apiUrl ? { slackApiUrl: apiUrl } : {}),
    retryConfig: { retries: 0 },
    timeout: 10_000,
    logger,
  });
  try {
    const auth = await client.auth.test();
    return { botUserId: String(auth.user_id), botId: String(auth.bot_id) };
  } catch (error) {
    throw slackStartError(error, 'SLACK_BOT_TOKEN');
  }
}
