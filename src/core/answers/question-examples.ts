import type { Review } from '../data-schema.ts';
import type { UprIndex } from '../upr-index.ts';
import { firstWith, headKnown } from '../wording/example-questions.ts';
import { possessive } from './answer-context.ts';
import type { Kind } from './question-plan.ts';

// How to ask a question of a given kind, about a state the data holds it for.

/** A question of the given kind about a state the data holds it for, to show how to ask. */
export function exampleFor(kind: Kind, index: UprIndex): string {
  const factFor = (topic: string) => (r: Review) =>
    index.facts.some((f) => f.topic === topic && f.subject === r.state);
  const pick = (has: (r: Review) => boolean) => firstWith(index, has)!;
  switch (kind) {
    case 'head':
      return `who leads ${possessive(pick(headKnown))} delegation?`;
    case 'deputy':
      return `who is the deputy head of ${possessive(pick((r) => Boolean(r.delegation.deputy)))} delegation?`;
    case 'members':
      return `who is in ${possessive(pick((r) => Boolean(r.delegation.members)))} delegation?`;
    case 'focus':
      return `what will ${possessive(pick(factFor('focus')))} review focus on?`;
    case 'pledges':
      return `what did ${pick(factFor('pledges')).name} pledge?`;
    case 'troika':
      return `who is in ${possessive(pick((r) => r.troika.states.length > 0))} troika?`;
    case 'statesSpoke':
      return `how many states spoke at ${possessive(pick(factFor('states-spoke')))} review?`;
    case 'replies':
      return `how many recommendations did ${pick((r) => Boolean(r.replies)).name} accept?`;
    case 'updates':
      return `any news on ${possessive(pick(() => true))} review?`;
    default:
      return `when is ${possessive(pick((r) => Boolean(r.when.date)))} review?`;
  }
}
