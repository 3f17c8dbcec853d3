// The scheduler's real path in a process of its own, so that its peak memory is its own: open
// the database, build the data, then the tick that plans every subscription (planSeconds), then
// the tick at which the first reminder falls due for most of them (its rows written in one
// INSERT … SELECT). No chat is attached: posting is the fan-out benchmark's subject.
import { buildKnowledge } from '../src/core/knowledge.ts';
import { createReminderScheduler } from '../src/scheduler/reminder-scheduler.ts';
import { openStorage } from '../src/store/storage.ts';
import { ownPeakMiB } from '../test/support/peak-memory.ts';

const [url, planAt, dueAt] = process.argv.slice(2) as [string, string, string];
const storage = await openStorage(url);
const knowledge = buildKnowledge((await storage.data.load())!);
let now = planAt;
const scheduler = createReminderScheduler({
  storage,
  knowledge: () => knowledge,
  refresh: async () => {},
  clock: { now: () => now },
  posters: [],
  logger: { info() {}, warn() {}, error() {}, debug() {} },
  policy: 'upcoming',
  graceMs: 60_000,
  zone: 'UTC',
});
const readyMiB = ownPeakMiB();
let t = performance.now();
let cpu = process.cpuUsage();
const planned = await scheduler.tick();
const planSeconds = (performance.now() - t) / 1000;
// CPU time as well: on a shared machine the wall time also measures the neighbours.
const planCpu = process.cpuUsage(cpu);
const planCpuSeconds = (planCpu.user + planCpu.system) / 1e6;
const templates = (await storage.templates.list()).length;
const rowsBeforeDue = Object.values(await storage.ledger.counts()).reduce((a, b) => a + b, 0);
now = dueAt;
t = performance.now();
cpu = process.cpuUsage();
const due = await scheduler.tick();
const releaseSeconds = (performance.now() - t) / 1000;
const releaseCpu = process.cpuUsage(cpu);
const releaseCpuSeconds = (releaseCpu.user + releaseCpu.system) / 1e6;
await storage.close();
console.log(
  JSON.stringify({
    planned: planned.planned,
    planSeconds,
    planCpuSeconds,
    templates,
    rowsBeforeDue,
    released: due.released,
    releaseSeconds,
    releaseCpuSeconds,
    readyMiB,
    peakMiB: ownPeakMiB(),
  }),
);
process.exit(0);
