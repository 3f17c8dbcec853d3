import os from 'node:os';
import { type BenchResult, writeResults } from './bench-harness.ts';
import { benchCrashDuringFanOut } from './crash-fan-out.bench.ts';
import { benchDiscordCommand } from './discord-command.bench.ts';
import { benchFanOut } from './fan-out.bench.ts';
import { benchQuestionAnswering } from './question-answering.bench.ts';
import { benchReplicaCrash } from './replica-crash.bench.ts';
import { benchSchedulerAtScale } from './scheduler-scale.bench.ts';
import { benchSlackCommand } from './slack-command.bench.ts';
import { benchStartup } from './startup.bench.ts';

// `npm run bench`: every benchmark, a table on stdout, and bench/results.json.

const RESULTS = new URL('./results.json', import.meta.url).pathname;

const benches: [string, () => Promise<BenchResult>][] = [
  ['questions', () => benchQuestionAnswering()],
  ['slack', () => benchSlackCommand()],
  ['discord', () => benchDiscordCommand()],
  ['scale', () => benchSchedulerAtScale()],
  ['fan-out', () => benchFanOut()],
  ['crash', () => benchCrashDuringFanOut()],
  // PostgreSQL (UPR_TEST_POSTGRES_URL, else 127.0.0.1:5432): the reminder path, and replicas.
  ['scale-pg', () => benchSchedulerAtScale(undefined, 'postgres')],
  ['fan-out-pg', () => benchFanOut(undefined, 'postgres')],
  ['replicas', () => benchReplicaCrash()],
  ['start-up', () => benchStartup()],
];

const only = process.argv.slice(2);
const results: BenchResult[] = [];
for (const [name, run] of benches) {
  if (only.length && !only.includes(name)) continue;
  process.stderr.write(`bench: ${name} ...\n`);
  const result = await run();
  results.push(result);
  console.log(`\n${result.name}`);
  console.table(result.figures);
}
// Entries of benchmarks that measured something else under these names, now replaced.
const RETIRED = ['planning', 'fan-out'];
writeResults(
  RESULTS,
  results,
  {
    at: new Date().toISOString(),
    node: process.version,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
  },
  RETIRED,
);
console.log(`\nwritten to ${RESULTS}`);
