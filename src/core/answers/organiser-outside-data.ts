import type { AnswerContext } from './answer-context.ts';

// "did Amnesty hold a side event?", "any side events by Human Rights Watch?": an organiser the data
// does not know. The answer says that nothing by it is known before listing what is, instead of
// letting the list read as if it answered the question.

/** "… by X", "… hosted by X", "… from X", up to a time or place word or the end. */
const BY =
  /\b(?:by|from)\s+(.+?)(?:\s+(?:on|during|at|in|for|this|that|last|next|about|around)\b|\s*[?.!]|$)/;
/** "did X hold …", "is X organising …". */
const DID =
  /\b(?:did|does|do|will|has|have|is|are)\s+(.+?)\s+(?:hold|holding|held|host|hosting|hosted|stage|staging|staged|call|called|calling|give|gave|giving|organi[sz]e|organi[sz]ing|organi[sz]ed|run|running|put on|plan|planning|have|having)\b/;

/** Words that stand for no one in particular, or for a time, not an organiser. */
const NOT_A_NAME =
  /^(?:it|they|he|she|we|you|i|anyone|anybody|someone|somebody|any|there|ngos?|any ngos?|civil society|the (?:ngos?|states?|mission|un|session)|states?|countries|delegations?|day|date|time|week|topic|kind|type|then|now|today|tomorrow|yesterday)$/;

const TIME_WORD =
  /\b(?:\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|jan|january|feb|february|morning|afternoon|evening|week)\b/;

/** The organiser named in the question when the data holds nothing by it, as the reader wrote it. */
export function organiserOutsideData(ctx: AnswerContext): string | undefined {
  const clause = ctx.task?.clause;
  if (!clause || clause.events.length || clause.organisations.length || clause.people.length)
    return undefined;
  if (clause.states.length || clause.world.length) return undefined;
  const text = clause.text;
  const named = (BY.exec(text)?.[1] ?? DID.exec(text)?.[1])?.replace(/^the /, '').trim();
  if (!named || NOT_A_NAME.test(named) || TIME_WORD.test(named) || named.split(' ').length > 5)
    return undefined;
  // Event words are what is asked about, not who: "did anyone hold side events?" names no one.
  if (/\b(side|events?|meetings?|protests?|conferences?|session|review)\b/.test(named)) return undefined;
  const known = ctx.index.events.some((e) =>
    [...e.organisers, ...e.organiserAcronyms].some((o) => o.toLowerCase().includes(named)),
  );
  return known ? undefined : named;
}
