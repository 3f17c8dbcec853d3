import { existsSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { answerOnce, terminalLanguage } from '../../adapters/console/console-chat.ts';
import { startRuntime } from '../composition/bot-runtime.ts';
import { DataFileError } from '../composition/built-in-data.ts';
import { StartupRefused } from '../composition/chat-startup.ts';
import { fixedClock, parseInstant, systemClock, UsageError } from '../composition/clocks.ts';
import { ConfigError, loadConfig, slackMode } from '../composition/config.ts';
import { createLogger } from '../composition/logger.ts';
import { coreCommands } from '../core/commands/command-registry.ts';
import { dataSetSchema } from '../core/data-schema.ts';
import { localeFromTag } from '../core/i18n/locales.ts';
import { timeTextsIn } from '../core/i18n/time-texts-in.ts';
import type { Knowledge } from '../core/knowledge.ts';
import { planReminders } from '../core/reminders/reminder-planner.ts';
import { DEFAULT_SETTINGS, formatLead } from '../core/reminders/subscription.ts';
import { renderPlain } from '../core/reply-text.ts';
import { formatSpan, isValidZone } from '../core/time-format.ts';
import { DatabaseError, isReadOnlyWrite } from '../store/database-errors.ts';
import { openStorage } from '../store/storage.ts';
import { importFile } from './import-command.ts';
import { importSummaryLines } from './import-summary.ts';
import { compileWasmForOneShot } from './wasm-tiering.ts';

// Each command loads what it alone needs (the scheduler and node-cron for `start`, ics for `ics`,
// a chat library only when its tokens are set), so that a one-shot answer starts fast.

/** A subscription's language from LANG: none (English) unless the bot speaks another one. */
function terminalLang(): { lang?: Exclude<ReturnType<typeof localeFromTag>, 'en' | undefined> } {
  const locale = localeFromTag(terminalLanguage());
  return locale && locale !== 'en' ? { lang: locale } : {};
}

const USAGE = `upr-bot: the UN Universal Periodic Review in Slack, Discord and the terminal

Usage:
  upr-bot start [--now ISO] [--zone ZONE] [--console]
                                              run the bot: Slack and/or Discord when their tokens are
                                              set, the terminal chat when none is (or with --console)
  upr-bot start --replay-from ISO [--speed N] [--replay-to ISO]
                                              run the bot on a simulated clock (N simulated seconds per
                                              real second, default 60) with a throwaway ledger
  upr-bot chat [--now ISO] [--zone ZONE] "<message>"
                                              answer one message or command and exit
  upr-bot reminders [--from ISO] [--to ISO] [--state X] [--json]
                                              the reminder plan of a default subscription
  upr-bot ics [--state X] [--out FILE]        an iCalendar file of reviews, adoptions and side meetings
  upr-bot import <file>                       validate a data file and apply it in one transaction
  upr-bot migrate                             bring the database schema up to date
  upr-bot schema [--out FILE]                 print the data format's JSON Schema
  upr-bot discord register [--guild ID]       register the Discord slash commands (/upr, /upr-admin),
                                              globally or in one server; safe to run again
  upr-bot help                                this text

Options:
  --now ISO     fix the clock, e.g. 2024-01-23T10:00:00+01:00 (the built-in session is in the past)
  --zone ZONE   show times in this IANA zone (default UPR_ZONE or Europe/Zurich)
  --guild ID    with discord register: only this Discord server (appears at once; for testing)`;

const options = {
  now: { type: 'string' },
  zone: { type: 'string' },
  out: { type: 'string' },
  console: { type: 'boolean' },
  guild: { type: 'string' },
  'replay-from': { type: 'string' },
  'replay-to': { type: 'string' },
  speed: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  state: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

function stateCodeOf(knowledge: Knowledge, text: string): string {
  const state = knowledge.states.resolve(text);
  if (!state) throw new UsageError(`--state: I don't know the state "${text}"`);
  return state.code;
}

function write(text: string) {
  process.stdout.write(`${text}\n`);
}

async function main(argv: string[]): Promise<number> {
  let parsed: ReturnType<
    typeof parseArgs<{ options: typeof options; allowPositionals: true; args: string[] }>
  >;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const [command = 'start', ...rest] = positionals;
  if (command !== 'start') compileWasmForOneShot();
  if (values.help || command === 'help') {
    write(USAGE);
    return 0;
  }
  // A .env file in the working directory fills in what the environment does not set.
  if (existsSync('.env')) process.loadEnvFile('.env');
  const config = loadConfig();
  const zone = values.zone ?? config.UPR_ZONE;
  if (!isValidZone(zone))
    throw new UsageError(`--zone needs an IANA zone like Europe/Zurich or America/New_York (got "${zone}")`);
  const clock = values.now ? fixedClock(parseInstant(values.now, '--now')) : systemClock;
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  // The terminal chat is for reading answers: only warnings interrupt it, unless asked otherwise.
  const terminalChat = command !== 'start' || (slackMode(config) === 'off' && !config.DISCORD_TOKEN);
  const level = terminalChat && process.env.LOG_LEVEL === undefined ? 'warn' : config.LOG_LEVEL;
  const logger = createLogger({ level, pretty: interactive });

  switch (command) {
    case 'chat': {
      const message = rest.join(' ').trim();
      if (!message) throw new UsageError('chat needs a message, e.g. upr-bot chat "/upr next"');
      const runtime = await startRuntime({ config, clock, logger, readOnlyFallback: true });
      try {
        write(await answerOnce(runtime.core, message, clock, zone));
      } catch (error) {
        // "subscribe" on a database this user can only read: say so, not how SQLite said it.
        if (runtime.storage.readOnly && isReadOnlyWrite(error))
          throw new DatabaseError(
            'read-only',
            `the database is read-only for this user, so "${message.slice(0, 40)}" could not be saved: make the file and its folder writable`,
          );
        throw error;
      } finally {
        await runtime.close();
      }
      return 0;
    }
    case 'start': {
      if (rest.length) throw new UsageError(`start takes no arguments (got "${rest.join(' ')}")`);
      if (values['replay-from']) {
        const { replay } = await import('./replay-command.ts');
        const request = { from: String(values['replay-from']), to: values['replay-to'], speed: values.speed };
        await replay(request, config, logger, zone, interactive);
        // Its throwaway database is gone; standard input, still open after "quit", must not hold us.
        return process.exit(0);
      }
      const [{ runBot }, { bannerFor }] = await Promise.all([
        import('../composition/run-bot.ts'),
        import('./cli-banner.ts'),
      ]);
      const runtime = await startRuntime({ config, clock, logger });
      await runBot(runtime, {
        console: Boolean(values.console),
        interactive,
        zone,
        banner: () => bannerFor(runtime, zone, values.now ? 'fixed' : 'real'),
        // A frozen clock never reaches a reminder, and must not write its fiction into the ledger.
        reminders: values.now ? false : undefined,
      });
      // Chat libraries may leave sockets or timers behind; the bot has stopped, so leave.
      return process.exit(0);
    }
    case 'reminders': {
      const from = values.from ? parseInstant(values.from, '--from') : undefined;
      const to = values.to ? parseInstant(values.to, '--to') : undefined;
      if (from && to && Date.parse(from) > Date.parse(to))
        throw new UsageError(
          `--from (${values.from}) is after --to (${values.to}): nothing could be planned`,
        );
      const runtime = await startRuntime({ config, clock, logger, readOnlyFallback: true });
      try {
        const knowledge = runtime.knowledge();
        const state = values.state ? stateCodeOf(knowledge, values.state) : undefined;
        const plan = planReminders(
          knowledge,
          [
            {
              ...DEFAULT_SETTINGS,
              id: 'default',
              platform: 'console',
              channelRef: 'plan',
              createdAt: '',
              states: state ? [state] : [],
              // The plan the terminal's own subscription gets, in the terminal's language.
              ...terminalLang(),
            },
          ],
          { ...(from ? { from } : {}), ...(to ? { to } : {}) },
          await runtime.storage.reviewUpdates.all(),
        );
        if (values.json) {
          const rows = plan.map((r) => ({
            at: r.at.replace('.000Z', 'Z'),
            kind: r.kind,
            leadMinutes: r.leadMinutes,
            subject: r.subject,
            text: renderPlain(r.reply, r.at, zone),
          }));
          write(JSON.stringify(rows, null, 2));
        } else {
          const { lang } = terminalLang();
          for (const r of plan) {
            if (lang) {
              // Outside English the line is the reminder's own heading, as the reader will see it.
              const heading = renderPlain(r.reply, r.at, zone).split('\n')[0];
              write(`${timeTextsIn(zone, r.at, lang).dateTime(r.at)}  ${heading}`);
              continue;
            }
            const lead =
              r.leadMinutes === null
                ? ''
                : ` (${formatLead(r.leadMinutes)}${r.leadMinutes ? ' before' : ''})`;
            write(`${formatSpan(r.at, undefined, zone)}  ${r.kind}${lead}: ${r.subject}`);
          }
          write(lang ? `= ${plan.length}` : `${plan.length} reminder${plan.length === 1 ? '' : 's'}.`);
        }
      } finally {
        await runtime.close();
      }
      return 0;
    }
    case 'ics': {
      const { calendarOf } = await import('../composition/calendar-feed.ts');
      const runtime = await startRuntime({ config, clock, logger, readOnlyFallback: true });
      try {
        const knowledge = runtime.knowledge();
        const state = values.state ? stateCodeOf(knowledge, values.state) : undefined;
        const calendar = calendarOf(knowledge, state);
        if (values.out) {
          writeFileSync(values.out, calendar);
          write(`Wrote ${values.out}.`);
        } else process.stdout.write(calendar);
      } finally {
        await runtime.close();
      }
      return 0;
    }
    case 'import': {
      const [file] = rest;
      if (!file || rest.length > 1)
        throw new UsageError('import needs exactly one file: upr-bot import data.json');
      const outcome = await importFile(file, config.UPR_IMPORT_MAX_MB, () =>
        openStorage(config.DATABASE_URL),
      );
      if (!outcome.ok) {
        process.stderr.write(`${file} was not imported; nothing changed.\n`);
        for (const p of outcome.problems) process.stderr.write(`  ${p.path}: ${p.message}\n`);
        return 1;
      }
      for (const line of importSummaryLines(file, outcome.summary)) write(line);
      return 0;
    }
    case 'migrate': {
      const storage = await openStorage(config.DATABASE_URL);
      await storage.close();
      const { applied, alreadyApplied } = storage.migrations;
      write(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
      if (alreadyApplied.length) write(`Already applied: ${alreadyApplied.join(', ')}`);
      return 0;
    }
    case 'schema': {
      const schema = JSON.stringify(z.toJSONSchema(dataSetSchema, { io: 'input' }), null, 2);
      if (values.out) writeFileSync(values.out, `${schema}\n`);
      else write(schema);
      return 0;
    }
    case 'discord': {
      const [action] = rest;
      if (action !== 'register' || rest.length > 1)
        throw new UsageError('usage: upr-bot discord register [--guild ID]');
      if (!config.DISCORD_TOKEN) throw new UsageError('discord register needs DISCORD_TOKEN (the bot token)');
      if (values.guild !== undefined && !/^\d{15,21}$/.test(values.guild))
        throw new UsageError(`--guild needs a server id (a number, got "${values.guild}")`);
      // Loaded here so that other commands do not pay for discord.js at start-up.
      const { registerDiscordCommands } = await import('../../adapters/discord/discord-register.ts');
      let result: Awaited<ReturnType<typeof registerDiscordCommands>>;
      try {
        result = await registerDiscordCommands({
          token: config.DISCORD_TOKEN,
          apiUrl: config.DISCORD_API_URL,
          applicationId: config.DISCORD_APPLICATION_ID,
          guildId: values.guild,
          commands: coreCommands,
        });
      } catch (error) {
        process.stderr.write(`Discord refused the commands: ${(error as Error).message}\n`);
        return 1;
      }
      write(
        `Registered ${result.commands.length} Discord commands ${result.where} (application ${result.applicationId}):`,
      );
      for (const c of result.commands) write(`  /${c.name}: ${c.subcommands.join(', ')}`);
      return 0;
    }
    default:
      throw new UsageError(`unknown command "${command}"\n\n${USAGE}`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A setting to fix (a flag, a variable, a token a chat refused): its message, exit 2. A chat
    // library may leave a socket or a timer behind, so leave rather than wait for it.
    if (error instanceof UsageError || error instanceof ConfigError || error instanceof StartupRefused) {
      process.stderr.write(`upr-bot: ${error.message}\n`);
      process.exit(2);
    }
    // UPR_DATA_FILE, refused at the first start: the same list of problems as `upr-bot import`.
    if (error instanceof DataFileError) {
      process.stderr.write(`upr-bot: UPR_DATA_FILE ${error.file} was not imported; nothing changed.\n`);
      for (const p of error.problems) process.stderr.write(`  ${p.path}: ${p.message}\n`);
      process.exit(1);
    }
    // The database named, what is wrong with it and what to do: no stack.
    if (error instanceof DatabaseError) {
      process.stderr.write(`upr-bot: ${error.message}\n`);
      process.exit(1);
    }
    process.stderr.write(`upr-bot: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
