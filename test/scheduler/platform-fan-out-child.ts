// A bot process for the crash tests and benchmarks: the real scheduler with the real Slack and
// Discord posters against the stand-ins, started as the service starts it (claims of a dead
// process released first), one tick, then a clean stop. The parent kills it with SIGKILL at a
// moment of its choosing and starts another.
import { REST } from 'discord.js';
import { discordRestOptions } from '../../adapters/discord/discord-client.ts';
import { createDiscordPoster } from '../../adapters/discord/discord-poster.ts';
import { createSlackPoster, slackPosterClient } from '../../adapters/slack/slack-poster.ts';
import { createLogger } from '../../src/app/logger.ts';
import { buildKnowledge } from '../../src/core/knowledge.ts';
import { createReminderScheduler } from '../../src/scheduler/reminder-scheduler.ts';
import { openStorage } from '../../src/store/storage.ts';
import { TOKEN } from '../fakes/discord-payloads.ts';

const [url, slackApiUrl, discordApiUrl, now] = process.argv.slice(2) as [string, string, string, string];
const logger = createLogger({ level: 'silent' });
const storage = await openStorage(url);
const knowledge = buildKnowledge((await storage.data.load())!);
const scheduler = createReminderScheduler({
  storage,
  knowledge: () => knowledge,
  refresh: async () => {},
  clock: { now: () => now },
  posters: [
    createSlackPoster({
      client: slackPosterClient({ botToken: 'xoxb-test-token', apiUrl: slackApiUrl, logger }),
      logger,
      now: () => now,
    }),
    createDiscordPoster(new REST(discordRestOptions(discordApiUrl)).setToken(TOKEN), logger),
  ],
  logger,
  policy: 'upcoming',
  graceMs: 60_000,
  zone: 'UTC',
});
await scheduler.start();
await scheduler.stop();
await storage.close();
process.exit(0);
