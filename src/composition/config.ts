import { z } from 'zod';
import { LATE_POLICIES } from '../core/reminders/late-policy.ts';
import { isValidZone } from '../core/time-format.ts';
import { DEFAULT_DATABASE_URL } from '../store/database-location.ts';
import { DEFAULT_MAX_DATA_FILE_MB } from './built-in-data.ts';

// Every setting comes from the environment and is checked once, at start-up. Secrets never
// appear in an error message: only the variable's name does.

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
  DATABASE_URL: z.string().default(DEFAULT_DATABASE_URL),
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
  SLACK_BOT_TOKEN: optionalSecret('xoxb-', 'SLACK_BOT_TOKEN'),
  SLACK_SIGNING_SECRET: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || undefined),
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

/** Settings that only make sense together: Slack needs a way in (HTTP or Socket Mode) and a token out. */
function combinationProblems(config: Config): string[] {
  const problems: string[] = [];
  const { SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, SLACK_APP_TOKEN } = config;
  if (SLACK_BOT_TOKEN && !SLACK_SIGNING_SECRET && !SLACK_APP_TOKEN)
    problems.push(
      'SLACK_BOT_TOKEN: needs SLACK_SIGNING_SECRET (HTTP mode) or SLACK_APP_TOKEN (Socket Mode) as well',
    );
  if (!SLACK_BOT_TOKEN && (SLACK_SIGNING_SECRET || SLACK_APP_TOKEN))
    problems.push('SLACK_BOT_TOKEN: is needed when SLACK_SIGNING_SECRET or SLACK_APP_TOKEN is set');
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
