import { z } from 'zod';
import { LATE_POLICIES } from '../core/reminders/late-policy.ts';
import { isValidZone } from '../core/time-format.ts';
import { DEFAULT_DATABASE_URL } from '../store/database-location.ts';
import { keyFromBase64 } from '../store/secret-box.ts';
import { DEFAULT_MAX_DATA_FILE_MB } from './built-in-data.ts';

// Every setting comes from the environment and is checked once, at start-up. Secrets never
// appear in an error message: only the variable's name does.

const optionalText = () =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => v || undefined);

const optionalSecret = (prefix: string, name: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === '' ? undefined : v))
    .refine((v) => v === undefined || v.startsWith(prefix), {
      message: `${name} should start with "${prefix}"`,
    });

export const configSchema = z.object({
  // Empty (as in a .env copied from .env.example and not filled in) means the default.
  DATABASE_URL: z
    .string()
    .optional()
    .transform((v) => v?.trim() || DEFAULT_DATABASE_URL),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  UPR_ZONE: z
    .string()
    .default('Europe/Zurich')
    .refine(isValidZone, { message: 'UPR_ZONE must be an IANA zone such as Europe/Zurich' }),
  UPR_DATA_FILE: z.string().optional().describe('a data file to use instead of the built-in one'),
  UPR_IMPORT_MAX_MB: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.coerce
      .number({ message: 'UPR_IMPORT_MAX_MB must be a number of megabytes' })
      .positive({ message: 'UPR_IMPORT_MAX_MB must be more than 0' })
      .max(1024, { message: 'UPR_IMPORT_MAX_MB must be at most 1024' })
      .default(DEFAULT_MAX_DATA_FILE_MB)
      .describe('the largest data file an import reads, in megabytes'),
  ),
  REMINDER_LATE_POLICY: z
    .enum(LATE_POLICIES, { message: 'REMINDER_LATE_POLICY must be upcoming, always or never' })
    .default('upcoming')
    .describe('what to do with a reminder whose time passed while the bot was down'),
  REMINDER_GRACE_MINUTES: z.coerce
    .number({ message: 'REMINDER_GRACE_MINUTES must be a number of minutes' })
    .int()
    .min(0)
    .max(1440)
    .default(5)
    .describe('a reminder sent within this many minutes of its time is on time, not late'),
  REMINDER_LEASE_SECONDS: z.coerce
    .number({ message: 'REMINDER_LEASE_SECONDS must be a number of seconds' })
    .int()
    .min(5, { message: 'REMINDER_LEASE_SECONDS must be at least 5' })
    .max(86_400)
    .default(300)
    .describe('after this long, a claimed reminder whose replica died is taken over by another'),
  UPR_REPLICA_ID: optionalText()
    .refine((v) => v === undefined || /^[\w.-]{1,64}$/.test(v), {
      message: 'UPR_REPLICA_ID may hold letters, digits, ".", "_" and "-" (at most 64)',
    })
    .describe("this replica's stable name (default: the host name); two replicas must not share one"),
  SLACK_BOT_TOKEN: optionalSecret('xoxb-', 'SLACK_BOT_TOKEN'),
  SLACK_SIGNING_SECRET: optionalText(),
  // OAuth mode ("Add to Slack", many workspaces): the app's credentials and two secrets of ours.
  SLACK_CLIENT_ID: optionalText().refine((v) => v === undefined || /^\d+\.\d+$/.test(v), {
    message: 'SLACK_CLIENT_ID looks like 1234567890.1234567890 (Basic Information > App Credentials)',
  }),
  SLACK_CLIENT_SECRET: optionalText(),
  SLACK_STATE_SECRET: optionalText().refine((v) => v === undefined || v.length >= 16, {
    message: 'SLACK_STATE_SECRET must be at least 16 characters (make one with: openssl rand -base64 24)',
  }),
  SLACK_ENCRYPTION_KEY: optionalText().refine((v) => v === undefined || keyFromBase64(v) !== undefined, {
    message: 'SLACK_ENCRYPTION_KEY must be 32 bytes in base64 (make one with: openssl rand -base64 32)',
  }),
  SLACK_DIRECT_INSTALL: z
    .enum(['true', 'false', '1', '0', ''], { message: 'SLACK_DIRECT_INSTALL must be true or false' })
    .optional()
    .transform((v) => v === 'true' || v === '1')
    .describe("GET /slack/install redirects straight to Slack's authorize page instead of showing a page"),
  SLACK_APP_TOKEN: optionalSecret('xapp-', 'SLACK_APP_TOKEN'),
  SLACK_API_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || undefined)
    .refine((v) => v === undefined || /^https?:\/\/[^\s]+$/.test(v), {
      message: 'SLACK_API_URL must be an http(s) URL such as https://slack.com/api/',
    })
    // The Web API client appends method names to it: keep exactly one trailing slash.
    .transform((v) => (v === undefined ? undefined : `${v.replace(/\/+$/, '')}/`)),
  SLACK_ADMIN_USER_IDS: z
    .string()
    .optional()
    .transform((v) =>
      (v ?? '')
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    ),
  PORT: z.coerce
    .number()
    .int()
    .min(0)
    .max(65535, { message: 'PORT must be a TCP port (0-65535)' })
    .default(3000),
  DISCORD_TOKEN: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || undefined),
  DISCORD_API_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => v?.replace(/\/+$/, '') || undefined)
    .refine((v) => v === undefined || /^https?:\/\/[^/]/.test(v), {
      message: 'DISCORD_API_URL must be an http(s) URL such as https://discord.com/api',
    })
    .refine((v) => v === undefined || !/\/v\d+$/.test(v), {
      message: 'DISCORD_API_URL is the base URL without the version (https://discord.com/api, not …/api/v10)',
    }),
  DISCORD_SHARD: optionalText()
    .refine((v) => v === undefined || /^\d+\/\d+$/.test(v), {
      message: "DISCORD_SHARD is this replica's shard and the count, such as 0/2",
    })
    .transform((v) => {
      if (v === undefined) return undefined;
      const [id, count] = v.split('/').map(Number) as [number, number];
      return { id, count };
    })
    .refine((v) => v === undefined || (v.count >= 1 && v.id < v.count), {
      message: 'DISCORD_SHARD is a shard below the count, such as 1/2 (shards 0 and 1 of 2)',
    }),
  DISCORD_APPLICATION_ID: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || undefined)
    .refine((v) => v === undefined || /^\d{15,21}$/.test(v), {
      message: 'DISCORD_APPLICATION_ID must be the numeric application id',
    }),
});

export type Config = z.infer<typeof configSchema>;

/** How the bot runs in Slack: not at all, with one workspace's token, or installed by OAuth in many. */
export function slackMode(config: Config): 'off' | 'single' | 'oauth' {
  if (config.SLACK_CLIENT_ID || config.SLACK_CLIENT_SECRET || config.SLACK_STATE_SECRET) return 'oauth';
  return config.SLACK_BOT_TOKEN ? 'single' : 'off';
}

const OAUTH_SETTINGS = ['SLACK_CLIENT_ID', 'SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET'] as const;

/** OAuth mode is HTTP mode, with every token coming from an installation, sealed with our key. */
function oauthProblems(config: Config): string[] {
  const problems = OAUTH_SETTINGS.filter((name) => !config[name]).map(
    (name) =>
      `${name}: is needed with ${OAUTH_SETTINGS.filter((n) => n !== name).join(' and ')} (OAuth mode)`,
  );
  if (!config.SLACK_SIGNING_SECRET)
    problems.push("SLACK_SIGNING_SECRET: is needed in OAuth mode, to check Slack's requests");
  if (!config.SLACK_ENCRYPTION_KEY)
    problems.push(
      'SLACK_ENCRYPTION_KEY: is needed in OAuth mode, to encrypt tokens at rest (make one with: openssl rand -base64 32)',
    );
  if (config.SLACK_BOT_TOKEN)
    problems.push(
      "SLACK_BOT_TOKEN: leave it unset in OAuth mode; each workspace's token comes from its install",
    );
  if (config.SLACK_APP_TOKEN)
    problems.push(
      'SLACK_APP_TOKEN: leave it unset in OAuth mode, which runs over HTTP (Socket Mode is one workspace)',
    );
  return problems;
}

/** Settings that only make sense together: Slack needs a way in (HTTP or Socket Mode) and a token out. */
function combinationProblems(config: Config): string[] {
  if (slackMode(config) === 'oauth') return oauthProblems(config);
  const problems: string[] = [];
  const { SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, SLACK_APP_TOKEN } = config;
  if (SLACK_BOT_TOKEN && !SLACK_SIGNING_SECRET && !SLACK_APP_TOKEN)
    problems.push(
      'SLACK_BOT_TOKEN: needs SLACK_SIGNING_SECRET (HTTP mode) or SLACK_APP_TOKEN (Socket Mode) as well',
    );
  if (!SLACK_BOT_TOKEN && (SLACK_SIGNING_SECRET || SLACK_APP_TOKEN))
    problems.push(
      'SLACK_BOT_TOKEN: is needed when SLACK_SIGNING_SECRET or SLACK_APP_TOKEN is set (or SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET for OAuth mode)',
    );
  return problems;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid settings:\n  ${lines.join('\n  ')}`);
  }
  const problems = combinationProblems(parsed.data);
  if (problems.length) throw new ConfigError(`Invalid settings:\n  ${problems.join('\n  ')}`);
  return parsed.data;
}
