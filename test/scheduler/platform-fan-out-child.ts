// A bot process for the crash tests and benchmarks: the real scheduler with the real Slack and
// Discord posters against the stand-ins (in the parent, as the platforms are elsewhere), started
// as the service starts it (claims of a dead process released first), one tick, then a clean
// stop. The crash tests kill it with SIGKILL at a moment of their choosing and start another.
// With `warmAt`, a first tick runs then (a running bot has planned already) and the tick at
// `now` is timed: its seconds, CPU seconds and the process's peak memory are printed.
// As one of several replicas (the replica crash test): UPR_REPLICA_ID names it, UPR_LEASE_MS
// is its claims' lease, UPR_DISCORD_PER_SECOND its share of Discord's global limit.
import { REST } from 'discord.js';
import { discordRestOptions } from '../../adapters/discord/discord-client.ts';
import { createDiscordPoster } from '../../adapters/discord/discord-poster.ts';
import { createSlackPoster, slackPosterClient } from '../../adapters/slack/slack-poster.ts';
import { createLogger } from '../../src/composition/logger.ts';
import { buildKnowledge } from '../../src/core/knowledge.ts';
import { createReminderScheduler } from '../../src/scheduler/reminder-scheduler.ts';
import { openStorage } from '../../src/store/storage.ts';
import { TOKEN } from '../fakes/discord-payloads.ts';
import { ownPeakMiB } from '../support/peak-memory.ts';

const [url, slackApiUrl, discordApiUrl, dueAt, warmAt] = process.argv.slice(2) as [
  string,
  string,
  string,
  string,
  string | undefined,
];
let now = warmAt ?? dueAt;
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
    createDiscordPoster(
      new REST(discordRestOptions(discordApiUrl)).setToken(TOKEN),
      logger,
      process.env.UPR_DISCORD_PER_SECOND ? { perSecond: Number(process.env.UPR_DISCORD_PER_SECOND) } : {},
    ),
  ],
  logger,
  policy: 'upcoming',
  graceMs: 60_000,
  zone: 'UTC',
  ...(process.env.UPR_REPLICA_ID ? { replicaId: process.env.UPR_REPLICA_ID } : {}),
  ...(process.env.UPR_LEASE_MS ? { leaseMs: Number(process.env.UPR_LEASE_MS) } : {}),
});
await scheduler.start();
if (warmAt) {
  now = dueAt;
  const started = performance.now();
  const cpu = process.cpuUsage();
  const report = await scheduler.tick();
  const used = process.cpuUsage(cpu);
  console.log(
    JSON.stringify({
      seconds: (performance.now() - started) / 1000,
      cpuSeconds: (used.user + used.system) / 1e6,
      sent: report.sent.length,
      retried: report.retried.length,
      peakMiB: ownPeakMiB(),
    }),
  );
}
await scheduler.stop();
await storage.close();
process.exit(0);
