import type { Task } from '../answers/question-plan.ts';
import type { PreviousReview } from '../data-schema.ts';
import { calendarDate, englishQuote } from './catalogue.ts';
import { found, type LocalContext, type Renderer, say } from './localized-context.ts';
import { stateNameIn } from './localized-names.ts';

// A state's earlier reviews in the reader's language: each cycle's date, who led (the office and
// name as the data renders them in that language, else the English quoted) and its
// recommendations as numbers where the data has them. A question naming a year or a cycle
// ("2013年", "3rd cycle", after question-ordinals.ts) gets that review alone.

/** Cycle numbers a question names: "3rd cycle", "3e examen", "2o ciclo". */
function cyclesIn(text: string): number[] {
  return [...text.matchAll(/\b(\d)(?:st|nd|rd|th|e|er|o|a)? (?:cycle|review|examen|ciclo|upr|epu)\b/g)].map(
    (m) => Number(m[1]),
  );
}

/** "Its last review", "l'examen précédent", "上次": the latest earlier review alone (plurals keep all). */
const LAST_ONE =
  /\b(last|previous|dernier|derniere|precedent|precedente|ultimo|ultima|anterior)\b(?! (reviews|examens|examenes))|上 ?次|上 ?一 ?次|上 ?一 ?轮/;

/**
 * The earlier reviews a task is about: those of the years or cycles it names (or, naming none, the
 * question does: "le 1er cycle de la Chine, c'était quand ?"), else all.
 */
function chosen(task: Task, all: readonly PreviousReview[], question: string): readonly PreviousReview[] {
  const years = task.years ?? task.clause.years;
  const byYear = all.filter((p) => years.includes(Number(p.date.slice(0, 4))));
  if (byYear.length) return byYear;
  const own = cyclesIn(task.clause.text);
  const cycles = own.length || years.length ? own : cyclesIn(question);
  const byCycle = all.filter((p) => cycles.includes(p.cycle));
  if (byCycle.length) return byCycle;
  return LAST_ONE.test(task.clause.text) ? all.slice(-1) : all;
}

/**
 * "Quand le Conseil a-t-il adopté le résultat du 3e examen ?": an earlier review's adoptions, the
 * Working Group's report and the Council's outcome, where the question asks for one of them.
 */
function adoptionLines(task: Task, p: PreviousReview, ctx: LocalContext): string[] {
  const council = task.object === 'councilAdoption' || task.clause.cues.has('council');
  if (!council && task.object !== 'adoption') return [];
  const lines: string[] = [];
  if (!council && p.adoption)
    lines.push(`  ${say(ctx, 'answer.previousWgAdoption', { date: calendarDate(p.adoption) })}`);
  lines.push(
    p.hrcAdoption
      ? `  ${say(ctx, 'answer.previousCouncilAdoption', { date: calendarDate(p.hrcAdoption) })}`
      : `  ${say(ctx, 'answer.previousCouncilUnknown')}`,
  );
  return lines;
}

function reviewLines(p: PreviousReview, ctx: LocalContext): string[] {
  const values = { cycle: p.cycle, date: calendarDate(p.date) };
  const head =
    (ctx.locale !== 'en' && p.headIn?.[ctx.locale]) || (p.head && englishQuote(ctx.locale, p.head));
  const lines = [
    head
      ? `• ${say(ctx, 'answer.previousLine', { ...values, head })}`
      : `• ${say(ctx, 'answer.previousHeadUnknown', values)}`,
  ];
  const counts = p.counts;
  if (counts?.received !== undefined && counts.accepted !== undefined)
    lines.push(
      `  ${say(ctx, 'answer.previousCounts', {
        received: counts.received,
        accepted: counts.accepted,
        fromStates: counts.fromStates ?? 0,
      })}`,
    );
  else if (p.recommendations)
    lines.push(
      `  ${say(ctx, 'answer.previousRecommendations', { text: englishQuote(ctx.locale, p.recommendations) })}`,
    );
  else lines.push(`  ${say(ctx, 'answer.previousRecommendationsUnknown')}`);
  return lines;
}

export const previousReviews: Renderer = (task, ctx) => {
  const code = task.state?.code;
  if (!code) return undefined;
  const name = stateNameIn(ctx.index, code, ctx.locale);
  const earlier = ctx.index.previousByState.get(code) ?? [];
  if (!earlier.length) return found([say(ctx, 'answer.previousNone', { state: name })]);
  const shown = chosen(task, earlier, ctx.question ?? task.clause.text);
  const lines = [say(ctx, 'answer.previousIntro', { state: name })];
  // "第几次？": which of its reviews this one is, then the ones before.
  const review = ctx.index.reviewsByState.get(code);
  if (task.kind === 'history' && review)
    lines.unshift(say(ctx, 'answer.reviewNumber', { state: name, cycle: review.cycle }));
  for (const p of shown) lines.push(...reviewLines(p, ctx), ...adoptionLines(task, p, ctx));
  return found(
    lines,
    shown.flatMap((p) => p.sources),
  );
};
