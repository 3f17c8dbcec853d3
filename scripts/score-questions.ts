// Scores question files (the shape of ../shared/qa/questions.json) against the bot as a user runs
// it: one `upr-bot chat [--now ISO] "<question>"` per question, judged on the answer text without
// its Sources line. Used once on the held-out sets (test/heldout), never to tune the engine.
//
//   node --import tsx scripts/score-questions.ts test/heldout/questions-a.json [more files] [--report FILE]

import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { missingFromAnswer } from '../test/support/qa-check.ts';

interface Question {
  id?: string;
  kind?: string;
  q: string;
  now?: string;
  expect: string[][];
  forbid?: string[];
}

const run = promisify(execFile);
const BIN = new URL('../bin/upr-bot.js', import.meta.url).pathname;

/** The answer as a reader judges it: everything but the Sources line(s). */
export function answerText(output: string): string {
  return output
    .split('\n')
    .filter((line) => !/^(Sources?|Fuentes?|来源)\s*[:：]/.test(line))
    .join('\n')
    .trim();
}

async function ask(question: Question, env: NodeJS.ProcessEnv): Promise<string> {
  const args = [BIN, 'chat', ...(question.now ? ['--now', question.now] : []), question.q];
  try {
    const { stdout } = await run(process.execPath, args, { env, maxBuffer: 4 << 20 });
    return stdout;
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    return `${failed.stdout ?? ''}\n[exit] ${failed.stderr ?? ''}`;
  }
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { report: { type: 'string' }, concurrency: { type: 'string' } },
  });
  const dir = mkdtempSync(join(tmpdir(), 'upr-score-'));
  const env = { ...process.env, DATABASE_URL: `file:${join(dir, 'score.db')}`, LOG_LEVEL: 'silent' };
  await run(process.execPath, [BIN, 'migrate'], { env });
  await run(process.execPath, [BIN, 'chat', 'help'], { env }); // imports the built-in data once
  const report: Record<string, unknown>[] = [];
  let passedAll = 0;
  let totalAll = 0;
  for (const file of positionals) {
    const questions: Question[] = JSON.parse(readFileSync(file, 'utf8')).questions;
    const results: { question: Question; answer: string; problems: string[] }[] = new Array(questions.length);
    let next = 0;
    const worker = async () => {
      while (next < questions.length) {
        const i = next++;
        const question = questions[i]!;
        const answer = answerText(await ask(question, env));
        results[i] = {
          question,
          answer,
          problems: missingFromAnswer(answer, question.expect, question.forbid),
        };
      }
    };
    await Promise.all(Array.from({ length: Number(values.concurrency ?? 2) }, worker));
    const passed = results.filter((r) => r.problems.length === 0).length;
    const byKind = new Map<string, [number, number]>();
    for (const r of results) {
      const kind = r.question.kind ?? 'all';
      const [p, t] = byKind.get(kind) ?? [0, 0];
      byKind.set(kind, [p + (r.problems.length ? 0 : 1), t + 1]);
    }
    passedAll += passed;
    totalAll += results.length;
    console.log(`${file}: ${passed}/${results.length} (${((100 * passed) / results.length).toFixed(1)}%)`);
    for (const [kind, [p, t]] of byKind) console.log(`  ${kind}: ${p}/${t}`);
    report.push(
      ...results.map((r) => ({
        file,
        id: r.question.id,
        kind: r.question.kind,
        q: r.question.q,
        now: r.question.now,
        pass: r.problems.length === 0,
        problems: r.problems,
        answer: r.answer,
      })),
    );
  }
  if (positionals.length > 1)
    console.log(`all: ${passedAll}/${totalAll} (${((100 * passedAll) / totalAll).toFixed(1)}%)`);
  if (values.report) writeFileSync(values.report, JSON.stringify(report, null, 2));
  rmSync(dir, { recursive: true, force: true });
}

await main();
