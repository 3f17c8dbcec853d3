import MiniSearch from 'minisearch';
import { testCore } from '../test/support/built-in.ts';
import { publicQuestions } from '../test/support/public-questions.ts';
import { type BenchResult, interleaved, stats } from './bench-harness.ts';

// Answers per second and latency over the public questions, against two baselines in the same
// run: the core answering `help` (dispatch cost only) and a bare MiniSearch query over the facts
// (the search library the engine builds on).

export async function benchQuestionAnswering(rounds = 200): Promise<BenchResult> {
  const questions = publicQuestions().map((q) => q.q);
  const { core, knowledge } = testCore();
  const now = '2024-01-20T10:00:00.000Z';
  const inbound = (text: string) => ({
    platform: 'console' as const,
    kind: 'message' as const,
    text,
    user: { id: 'bench', isAdmin: false },
    channel: { ref: 'bench', isDirect: true },
    receivedAt: now,
  });
  const search = new MiniSearch({ fields: ['text'], searchOptions: { fuzzy: 0.2, prefix: true } });
  search.addAll(knowledge.index.facts.map((f) => ({ id: f.id, text: f.text })));

  let i = 0;
  const next = () => questions[i++ % questions.length]!;
  const vsHelp = await interleaved(
    () => core.handle(inbound(next())),
    () => core.handle(inbound('help')),
    rounds * questions.length,
  );
  let j = 0;
  const vsSearch = await interleaved(
    () => core.handle(inbound(questions[j % questions.length]!)),
    () => search.search(questions[j++ % questions.length]!),
    rounds * questions.length,
  );

  // Whole-set throughput: every public question once per pass.
  const passes: number[] = [];
  for (let p = 0; p < rounds; p++) {
    const t = performance.now();
    for (const q of questions) await core.handle(inbound(q));
    passes.push(performance.now() - t);
  }
  const pass = stats(passes);
  return {
    name: 'questions',
    figures: {
      questions: questions.length,
      answersPerSecond: Math.round((questions.length * 1000) / pass.medianMs),
      p50Ms: vsHelp.subject.p50Ms,
      p99Ms: vsHelp.subject.p99Ms,
      ratioVsHelpCommand: vsHelp.ratio,
      ratioVsBareMiniSearch: vsSearch.ratio,
      helpCommandP50Ms: vsHelp.baseline.p50Ms,
      bareMiniSearchP50Ms: vsSearch.baseline.p50Ms,
    },
  };
}
