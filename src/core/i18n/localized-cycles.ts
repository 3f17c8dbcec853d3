import type { ParsedQuestion } from '../answers/question-parse.ts';
import type { Task } from '../answers/question-plan.ts';
import type { UprIndex } from '../upr-index.ts';

// A review cycle named in the reader's language ("son 4e examen", "segundo ciclo", "第二轮"), as
// question-ordinals.ts writes it ("4th cycle"): the session's own cycle is this review, not an
// earlier one; an earlier cycle asked of no state is the one state the data holds earlier reviews of.

const CYCLE_WORDS = /\b[1-9](?:st|nd|rd|th) cycle\b/g;

/**
 * The question without the cycle it names, when that cycle is the session's own ("Qui représente
 * Monaco lors de son 4e examen ?" asks of this review); undefined when it names another or none.
 */
export function withoutOwnCycle(
  question: string,
  parsed: ParsedQuestion,
  index: UprIndex,
): string | undefined {
  const own = index.session.cycle;
  // "Le 4e cycle a commencé quand ?" asks of the cycle itself: only a state's own cycle is its review.
  const ofState = parsed.clauses.some((c) => c.states.length > 0);
  if (!ofState || !parsed.cycles.length || parsed.years.length || parsed.cycles.some((c) => c !== own))
    return undefined;
  const stripped = question.replace(CYCLE_WORDS, ' ');
  return stripped === question ? undefined : stripped;
}

const AS_WHEN = new Set<Task['kind']>(['cycle', 'dayAgenda', 'when', 'overview']);

/**
 * "y el del segundo ciclo? cuándo lo adoptó el consejo": an earlier cycle asked of no state, where
 * the data holds earlier reviews of exactly one state, is that state's; "when" and "which day" ask
 * its dates (told by the earlier reviews' answer).
 */
export function earlierOfOnlyState(
  tasks: readonly Task[],
  parsed: ParsedQuestion,
  index: UprIndex,
): readonly Task[] {
  const own = index.session.cycle;
  if (!parsed.cycles.some((c) => c < own) || tasks.some((t) => t.state || t.clause.world.length))
    return tasks;
  const holders = [...index.previousByState.keys()];
  const state = holders.length === 1 ? index.states.get(holders[0]!) : undefined;
  if (!state) return tasks;
  return tasks.map((t) => ({
    ...t,
    state,
    earlier: true,
    ...(AS_WHEN.has(t.kind) ? { kind: 'when' as const } : {}),
  }));
}
