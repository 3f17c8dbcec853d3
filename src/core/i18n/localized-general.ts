import type { Task } from '../answers/question-plan.ts';
import { isKnownAt } from '../clock-wording.ts';
import {
  clauseSays,
  found,
  type LocalAnswer,
  type LocalContext,
  type Renderer,
  say,
  stateOf,
} from './localized-context.ts';
import { AVERAGE_WORDS } from './question-cues.ts';

// The data's facts on the UPR and its process (what it is, who runs it, how often, how long a
// review lasts, what the troika does …) and a state's own facts (speaking time, focus, pledges),
// in the reader's language where the data renders them (`facts[].textIn`: a faithful rendering,
// same figures). A fact with no rendering in that language is left to the English answer, quoted.

/**
 * The latest fact on a topic known at `now`, for a state or in general: its rendering, marked when
 * inferred; "not known yet" before it is known; undefined where the data has no rendering.
 */
function topicFactIn(
  ctx: LocalContext,
  topic: string,
  state?: { code: string; name: string },
): LocalAnswer | undefined {
  const facts = ctx.index.facts.filter(
    (f) => f.topic === topic && (state ? f.subject === state.code : !f.subject),
  );
  if (!facts.length)
    return state ? found([say(ctx, 'answer.factNotKnown', { state: state.name })]) : undefined;
  const zone = ctx.index.session.zone;
  const known = facts
    .filter((f) => isKnownAt(f.asOf, ctx.now, zone))
    .sort((a, b) => (a.asOf ?? '').localeCompare(b.asOf ?? ''))
    .at(-1);
  if (!known) return state ? found([say(ctx, 'answer.factNotYetKnown', { state: state.name })]) : undefined;
  const text = ctx.locale === 'en' ? known.text : known.textIn?.[ctx.locale];
  if (!text) return undefined;
  const lines = known.status === 'inferred' ? [text, say(ctx, 'answer.inferredNote')] : [text];
  return found(lines, known.sources);
}

function both(...answers: (LocalAnswer | undefined)[]): LocalAnswer | undefined {
  if (answers.some((a) => !a)) return undefined;
  return {
    lines: answers.flatMap((a) => a!.lines),
    sources: [...new Set(answers.flatMap((a) => a!.sources))],
  };
}

/** A state's own fact on a topic: its speaking time, focus, pledges, approach. */
function ofState(topic: string): Renderer {
  return (task, ctx) => {
    const subject = stateOf(task, ctx);
    return subject ? topicFactIn(ctx, topic, { code: subject.review.state, name: subject.name }) : undefined;
  };
}

/** A general fact on the process, whatever state the question names beside it. */
function general(topic: string): Renderer {
  return (_task, ctx) => topicFactIn(ctx, topic);
}

/** "Who runs the UPR?", "which states make up the Working Group?": what it is, and who reviews. */
const whatIsUpr: Renderer = (task, ctx) => {
  const what = topicFactIn(ctx, 'what-is-upr');
  const c = task.clause.cues;
  const who = (['who', 'lead', 'members', 'workingGroup'] as const).some((cue) => c.has(cue));
  return who ? both(what, topicFactIn(ctx, 'working-group-membership')) : what;
};

function asksAverage(task: Task): boolean {
  return clauseSays(task, AVERAGE_WORDS);
}

/** Recommendations of no state in particular: the session's total, or the average per state. */
export const sessionRecommendations: Renderer = (task, ctx) =>
  topicFactIn(ctx, asksAverage(task) ? 'average-recommendations' : 'session-recommendations');

export const GENERAL_RENDERERS: Partial<Record<Task['kind'], Renderer>> = {
  whatIsUpr,
  frequency: general('upr-frequency'),
  origin: general('upr-origin'),
  cycle: general('fourth-cycle'),
  workingGroup: general('working-group-membership'),
  lateChanges: general('late-changes'),
  whatCounts: general('recommendation-wording'),
  format: general('review-length'),
  focus: ofState('focus'),
  pledges: ofState('pledges'),
  statesSpoke: ofState('states-spoke'),
  approach: ofState('delegation-approach'),
  speakingTime: (task, ctx) =>
    (task.state ? ofState('speaking-time')(task, ctx) : undefined) ?? topicFactIn(ctx, 'review-length'),
};

/** The troika's role, asked of no state ("what does the troika do?"). */
export const troikaRole: Renderer = (_task, ctx) => topicFactIn(ctx, 'troika-role');

/** The documents a review rests on, asked of no state. */
export const reviewDocuments: Renderer = (_task, ctx) => topicFactIn(ctx, 'review-documents');
