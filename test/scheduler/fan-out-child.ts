// Run by fan-out-crash.test.ts in a child process that the test kills with SIGKILL mid-fan-out.
// Each post is appended to a log (as the platform would have received it); post number
// `hangAt` never returns, so that one is in flight when the kill comes.
import { appendFileSync } from 'node:fs';
import { buildKnowledge } from '../../src/core/knowledge.ts';
import { createReminderScheduler } from '../../src/scheduler/reminder-scheduler.ts';
import { openStorage } from '../../src/store/storage.ts';

const [url, log, now, hangAt] = process.argv.slice(2) as [string, string, string, string];
const storage = await openStorage(url);
const knowledge = buildKnowledge((await storage.data.load())!);
let count = 0;
const scheduler = createReminderScheduler({
  storage,
  knowledge: () => knowledge,
  refresh: async () => {},
  clock: { now: () => now },
  posters: [
    {
      platform: 'console',
      async post(target) {
        appendFileSync(log, `${target.ref}\n`);
        if (++count === Number(hangAt)) await new Promise(() => {});
        return { ok: true };
      },
    },
  ],
  logger: { info() {}, warn() {}, error() {}, debug() {} },
  policy: 'upcoming',
  graceMs: 60_000,
  zone: 'UTC',
});
await scheduler.tick();
