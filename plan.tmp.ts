import { buildKnowledge } from './src/core/knowledge.ts';
import { parseQuestion } from './src/core/answers/question-parse.ts';
import { planTasks } from './src/core/answers/question-plan.ts';
import { builtInData } from './test/support/built-in.ts';
const k = buildKnowledge(builtInData());
const qs = process.argv.slice(2);
for (const q of qs) {
  const p = parseQuestion(q, k.index, '2024-01-20T10:00:00Z');
  const plan = planTasks(p, k.index);
  console.log(q, '=>', plan.tasks.map(t => `${t.kind}/${t.object}/${t.state?.code ?? '-'}/${t.earlier ? 'earlier' : ''}/${t.events.length}ev`).join(' ; '), '| not:', plan.notUnderstood.map(c=>c.text).join('|'));
}
