import type { Review, State } from '../data-schema.ts';
import type { UprIndex } from '../upr-index.ts';
import { ordinal } from './ordinals.ts';
import { possessive } from './state-words.ts';

// Example questions, made from the data set itself: another session's file suggests questions
// about its own states, people and side meetings, never about the built-in session.

function stateOf(index: UprIndex, review: Review | undefined): State | undefined {
  return review ? index.states.get(review.state) : undefined;
}

/** The first reviewed state for which the data holds what `has` looks for, else the first. */
export function firstWith(index: UprIndex, has: (review: Review) => boolean): State | undefined {
  return stateOf(index, index.reviews.find(has) ?? index.reviews[0]);
}

export const headKnown = (r: Review) =>
  r.delegation.head.status !== 'unconfirmed' && Boolean(r.delegation.head.person ?? r.delegation.head.text);

const cache = new WeakMap<UprIndex, string[]>();

export function exampleQuestions(index: UprIndex): string[] {
  const cached = cache.get(index);
  if (cached) return cached;
  const led = firstWith(index, headKnown);
  const timed = firstWith(index, (r) => Boolean(r.when.start));
  const counted = firstWith(index, (r) => Boolean(r.recommendations));
  const adopted = firstWith(index, (r) => Boolean(r.adoption.date));
  const earlier = stateOf(
    index,
    index.reviews.find((r) => index.previousByState.has(r.state)),
  );
  const topic = (name: string) => index.facts.some((f) => f.topic === name && !f.subject);
  const examples = [
    led && `Who leads ${possessive(led)} delegation?`,
    timed && `When is ${possessive(timed)} review?`,
    'When does the session start?',
    `Which countries are reviewed in the ${ordinal(index.session.number)} session?`,
    index.events.length ? 'What side meetings are planned?' : undefined,
    counted?.code && index.reviewsByState.get(counted.code)?.recommendations
      ? `How many recommendations did ${counted.name} receive?`
      : undefined,
    adopted && `When will ${possessive(adopted)} report be adopted?`,
    topic('review-documents') ? 'What documents is a review based on?' : undefined,
    topic('review-length') ? 'How long does a review last?' : undefined,
    topic('upr-frequency') ? 'How often is each country reviewed?' : undefined,
    earlier && `What were the dates of ${possessive(earlier)} previous reviews?`,
    topic('what-is-upr') ? 'What is the Universal Periodic Review?' : undefined,
    'Where is the review held?',
    timed && `What time is ${possessive(timed)} review in New York?`,
  ].filter((q): q is string => Boolean(q));
  cache.set(index, examples);
  return examples;
}
