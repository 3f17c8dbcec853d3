import { formatDay, isKnownAt } from '../clock-wording.ts';
import type { Person } from '../data-schema.ts';
import { provisional } from '../reply-parts.ts';
import { personLabel, stateName } from '../upr-index.ts';
import { roleText } from '../wording/role-text.ts';
import { type Answer, answer } from './answer.ts';
import {
  type AnswerContext,
  agendaItem,
  capitalised,
  possessive,
  reviewedSubject,
} from './answer-context.ts';
import { cycleWord, noSuchReview, previousReviewsAsked } from './previous-answers.ts';

// Answers about people: who leads, who deputises, who is in a delegation, who someone is.

export function headOfDelegation(ctx: AnswerContext): Answer | undefined {
  const previous = previousReviewsAsked(ctx);
  if (previous) {
    if (!previous.reviews.length) return noSuchReview(ctx, previous.state);
    const lines = previous.reviews.map((p) =>
      p.head
        ? `In ${possessive(previous.state)} ${cycleWord(p.cycle)} review (${p.date.slice(0, 4)}), the delegation was led by ${p.head}.`
        : `Who led the delegation in the ${p.date.slice(0, 4)} review is not known.`,
    );
    return answer(
      lines,
      previous.reviews.flatMap((p) => p.sources),
    );
  }
  const subject = reviewedSubject(ctx);
  if (!subject) return undefined;
  const { state, review } = subject;
  const head = review.delegation.head;
  if (head.status === 'unconfirmed' || (!head.person && !head.text)) {
    return answer([
      `Who leads ${possessive(state)} delegation has not been announced: it is not in the bot's sources.`,
    ]);
  }
  const person = head.person ? ctx.index.people.get(head.person) : undefined;
  const verdict =
    leaderClaim(ctx, person, review.delegation.deputy?.person) ??
    (person ? roleVerdict(person, ctx.question.text) : undefined);
  return answer(
    [
      ...(verdict ? [verdict] : []),
      `${capitalised(possessive(state))} delegation is led by ${roleText(ctx.index, head)}.`,
    ],
    head.sources,
  );
}

/**
 * "Is Eric Chan the one leading China's delegation?", "X headed it, right?": the question names a
 * person as head; yes or no comes first, and a deputy named as head is said to be the deputy.
 */
function leaderClaim(
  ctx: AnswerContext,
  head: Person | undefined,
  deputyId: string | undefined,
): string | undefined {
  const [named] = ctx.subjects.people;
  if (!named) return undefined;
  if (named.id === head?.id) return `Yes: ${named.name} leads the delegation.`;
  if (named.id === deputyId) return `No: ${named.name} is the deputy head of the delegation, not its head.`;
  return `No: ${named.name} does not lead the delegation${elsewhere(ctx, named)}.`;
}

/** "Tuggar leads Mauritius's delegation, yes?": the post the person does hold, so the "no" is not all. */
function elsewhere(ctx: AnswerContext, person: Person): string {
  const roles = rolesOf(ctx, person).filter((r) => !r.startsWith('a speaker'));
  return roles.length ? `; ${person.name} is ${roles.join(' and ')}` : '';
}

/** "Chen Xu is the deputy, isn't he?": yes or no first, and the post the person holds instead. */
function deputyClaim(ctx: AnswerContext, deputyId: string | undefined): string | undefined {
  const [named] = ctx.subjects.people;
  if (!named) return undefined;
  if (named.id === deputyId) return `Yes: ${named.name} is the deputy head of the delegation.`;
  return `No: ${named.name} is not the deputy head${elsewhere(ctx, named)}.`;
}

/**
 * "Is he a minister or an ambassador?": the answer from the person's honorific and title, as
 * words of the data; no guess where neither says.
 */
export function roleVerdict(person: Person, question: string): string | undefined {
  // Only a yes-or-no question ("is he …?") or a choice ("… or …?") wants a verdict.
  if (!/^(is|are|was|were|does|do|did)\b|\bor\b/.test(question)) return undefined;
  const asked = ['minister', 'ambassador', 'professor'].filter((role) =>
    new RegExp(`\\b${role}s?\\b`).test(question),
  );
  if (!asked.length) return undefined;
  const described = `${person.honorific ?? ''} ${person.title ?? ''}`;
  const is = asked.filter((role) => new RegExp(`\\b${role}\\b`, 'i').test(described));
  const office = person.title ?? person.honorific ?? 'not described in the data';
  if (is.length)
    return `${person.name} is ${is.map((r) => `a${/^[aeiou]/.test(r) ? 'n' : ''} ${r}`).join(' and ')}: ${office}.`;
  return `${person.name} is not described as ${asked.map((r) => `a${/^[aeiou]/.test(r) ? 'n' : ''} ${r}`).join(' or ')}: ${office}.`;
}

export function deputyHead(ctx: AnswerContext): Answer | undefined {
  const subject = reviewedSubject(ctx);
  if (!subject) return undefined;
  const { state, review } = subject;
  const deputy = review.delegation.deputy;
  if (!deputy || deputy.status === 'unconfirmed') {
    return answer([
      `The deputy head of ${possessive(state)} delegation is not known: it has not been announced in the bot's sources.`,
    ]);
  }
  const verdict = deputyClaim(ctx, deputy.person);
  return answer(
    [
      ...(verdict ? [verdict] : []),
      `The deputy head of ${possessive(state)} delegation is ${roleText(ctx.index, deputy)}.`,
    ],
    deputy.sources,
  );
}

export function delegationMembers(ctx: AnswerContext): Answer | undefined {
  const subject = reviewedSubject(ctx);
  if (!subject) return undefined;
  const { state, review } = subject;
  const { delegation } = review;
  const lines = [`Head: ${roleText(ctx.index, delegation.head)}.`];
  if (delegation.deputy) lines.push(`Deputy head: ${roleText(ctx.index, delegation.deputy)}.`);
  lines.push(
    delegation.members
      ? `${delegation.members.text}${provisional(delegation.members.status)}`
      : `The other members of ${possessive(state)} delegation have not been announced.`,
  );
  return answer(lines, [
    ...delegation.head.sources,
    ...(delegation.deputy?.sources ?? []),
    ...(delegation.members?.sources ?? []),
  ]);
}

function rolesOf(ctx: AnswerContext, person: Person): string[] {
  const roles: string[] = [];
  for (const review of ctx.index.reviews) {
    const name = stateName(ctx.index, review.state);
    const state = ctx.index.states.get(review.state);
    const whose = state ? possessive(state) : `${name}'s`;
    if (review.delegation.head.person === person.id) roles.push(`head of ${whose} delegation for its review`);
    if (review.delegation.deputy?.person === person.id) roles.push(`deputy head of ${whose} delegation`);
  }
  for (const event of ctx.index.events) {
    if (event.speakers.some((s) => s.toLowerCase().includes(person.name.toLowerCase()))) {
      roles.push(`a speaker at "${event.title}"`);
    }
  }
  return roles;
}

/** Heads of earlier reviews are known only by that role: say what the data says of them. */
function earlierHead(ctx: AnswerContext, head: string): Answer | undefined {
  const reviews = ctx.index.data.previousReviews.filter((p) => p.head === head);
  if (!reviews.length) return undefined;
  const lines = reviews.map((p) => {
    const state = ctx.index.states.get(p.state);
    const whose = state ? possessive(state) : `${p.state}'s`;
    return `${head} led ${whose} delegation at its ${cycleWord(p.cycle)} UPR review, on ${formatDay(p.date)}.`;
  });
  return answer(
    lines,
    reviews.flatMap((p) => p.sources),
  );
}

export function whoIs(ctx: AnswerContext): Answer | undefined {
  const [person] = ctx.subjects.people;
  if (!person) {
    const [head] = ctx.subjects.previousHeads;
    return head ? earlierHead(ctx, head) : undefined;
  }
  const roles = rolesOf(ctx, person);
  const verdict = roleVerdict(person, ctx.question.text);
  const lines = [
    ...(verdict ? [verdict] : []),
    person.title ? `${personLabel(person)}: ${person.title}.` : `${personLabel(person)}.`,
  ];
  if (person.bio) lines.push(person.bio);
  if (roles.length && !person.bio) lines.push(`${person.name} is ${roles.join(' and ')}.`);
  // What the person did is told only once it has happened.
  const remarks = person.remarks.filter((r) => isKnownAt(r.asOf, ctx.now, ctx.index.session.zone));
  lines.push(...remarks.map((r) => r.text));
  // "where and when did Chang Jian speak?": the events the data names the person at, dated and placed.
  const spoke = /\b(when|where|speak|spoke|speaks|speaking)\b/.test(ctx.question.text)
    ? ctx.index.events.filter((e) =>
        e.speakers.some((s) => s.toLowerCase().includes(person.name.toLowerCase())),
      )
    : [];
  for (const e of spoke) {
    const day = agendaItem(ctx, `event:${e.id}`)?.date;
    lines.push(
      `${person.name} is named as a speaker at "${e.title}" (${e.organisers.join(', ')})${day ? `, ${formatDay(day)}` : ''}${e.place ? `, ${e.place}` : ''}.`,
    );
  }
  return answer(lines, [
    ...person.sources,
    ...remarks.flatMap((r) => r.sources),
    ...spoke.flatMap((e) => e.sources),
  ]);
}

export function troika(ctx: AnswerContext): Answer | undefined {
  const subject = reviewedSubject(ctx);
  if (!subject) return undefined;
  const { state, review } = subject;
  if (!review.troika.states.length || review.troika.status === 'unconfirmed') {
    return answer([
      `${capitalised(possessive(state))} troika for this review is not known: it was not found in the bot's sources.`,
    ]);
  }
  const names = review.troika.states.map((c) => stateName(ctx.index, c)).join(', ');
  return answer(
    [`${capitalised(possessive(state))} troika: ${names}${provisional(review.troika.status)}.`],
    review.troika.sources,
  );
}
