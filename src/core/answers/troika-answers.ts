import { formatDay } from '../clock-wording.ts';
import type { Review } from '../data-schema.ts';
import { provisional } from '../reply-parts.ts';
import { stateName } from '../upr-index.ts';
import { type Answer, answer } from './answer.ts';
import { type AnswerContext, capitalised, possessive } from './answer-context.ts';

// A troika question has two roles for the states it names: the state whose troika is asked
// ("Mexico's troika", "the troika for Mexico") and the states asked about as members ("is China on
// it?", "it was Algeria, Cuba and Kyrgyzstan, wasn't it?"). Each named member is checked against
// the owner's troika and against every troika the data holds, so a name in the wrong troika is
// answered with the troika it is really in, never with the owner's unknown one alone.

interface Named {
  code: string;
  name: string;
}

function isKnown(review: Review): boolean {
  return review.troika.states.length > 0 && review.troika.status !== 'unconfirmed';
}

function list(names: string[]): string {
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');
}

/** "is China in a troika?" rather than "China's troika?": the words say a member is asked about. */
const MEMBERSHIP = /\b(on|in|member|members|sits?|serves?|serving|part of|was|were)\b/;

/** A yes-or-no question asks about membership; one opening with who/which asks for the troika. */
const YES_NO = /^(is|are|was|were|does|do|did|has|have|sits?|serves?)\b/;

/** Each state's troika, one line each: known ones named, unknown ones said to be unknown. */
function eachTroika(ctx: AnswerContext, states: readonly Named[]): Answer {
  const lines: string[] = [];
  const sources: string[] = [];
  for (const state of states) {
    const review = ctx.index.reviewsByState.get(state.code);
    const s = ctx.index.states.get(state.code);
    if (!review || !s) continue;
    const whose = capitalised(possessive(s));
    if (!isKnown(review)) {
      lines.push(`${whose} troika is not known: it was not found in the bot's sources.`);
      continue;
    }
    lines.push(
      `${whose} troika: ${list(review.troika.states.map((c) => stateName(ctx.index, c)))}${provisional(review.troika.status)}.`,
    );
    sources.push(...review.troika.sources);
  }
  return answer(lines, sources);
}

export function troikaAnswer(ctx: AnswerContext): Answer | undefined {
  const clause = ctx.task?.clause;
  const { index } = ctx;
  const named: Named[] = [
    ...ctx.subjects.states.map((s) => ({ code: s.code, name: s.name })),
    ...ctx.subjects.unknownStates,
  ];
  // By its place ("Mexico's troika"), if that state is reviewed ("germany troika china?" is not Germany's).
  const placed = clause?.owners.get('troika') ?? clause?.owners.get('troikas');
  let owner = placed && index.reviewsByState.has(placed.code) ? placed : undefined;
  const reviewed = ctx.subjects.states.filter((s) => index.reviewsByState.has(s.code));
  // "troika china?", "who is on its troika?", "germany troika china?": the one reviewed state is
  // the owner, unless the words ask whether it sits in some troika ("is China in a troika?").
  // "troikas for Saudi Arabia and Jordan?", "who were the rapporteurs for A and B?": each one's.
  const asksWho = !YES_NO.test(ctx.question.text);
  // "the Saudi troika and the Senegal one", "China's troika and Jordan's": a troika asked of each.
  const plural =
    /\b(troikas|rapporteurs)\b/.test(ctx.question.text) ||
    /\btroika (and|,) /.test(ctx.question.text) ||
    ['one', 'ones'].some((noun) => clause?.owners.has(noun));
  if ((!owner || plural) && reviewed.length > 1 && asksWho && named.length === reviewed.length)
    return eachTroika(ctx, reviewed);
  if (!owner && reviewed.length === 1) {
    const only = reviewed[0]!;
    const its = /\b(its|their|whose)\s+troikas?\b/.test(ctx.question.text);
    const othersAsked =
      named.length > 1 && named.every((n) => n.code === only.code || !index.reviewsByState.has(n.code));
    // "which 3 countries were the rapporteurs for China's review?" asks who, not whether.
    if (
      its ||
      othersAsked ||
      (named.length === 1 &&
        ((asksWho && /\b(for|of)\b/.test(ctx.question.text)) || !MEMBERSHIP.test(ctx.question.text)))
    )
      owner = only;
  }
  const members = named.filter((n) => n.code !== owner?.code);
  if (!owner && !members.length) return undefined;
  const lines: string[] = [];
  const sources: string[] = [];
  const ownReview = owner ? index.reviewsByState.get(owner.code) : undefined;
  if (owner && ownReview) {
    const whose = capitalised(possessive(owner));
    if (!isKnown(ownReview)) {
      lines.push(`${whose} troika for this review is not known: it was not found in the bot's sources.`);
    } else {
      const names = ownReview.troika.states.map((c) => stateName(index, c));
      sources.push(...ownReview.troika.sources);
      const status = provisional(ownReview.troika.status);
      const inIt = members.filter((m) => ownReview.troika.states.includes(m.code));
      const notInIt = members.filter((m) => !ownReview.troika.states.includes(m.code));
      if (!members.length) lines.push(`${whose} troika: ${names.join(', ')}${status}.`);
      if (inIt.length)
        lines.push(
          `Yes: ${list(inIt.map((m) => m.name))} ${inIt.length > 1 ? 'are' : 'is'} in ${possessive(owner)} troika (${names.join(', ')})${status}.`,
        );
      if (notInIt.length)
        lines.push(
          `No: ${list(notInIt.map((m) => m.name))} ${notInIt.length > 1 ? 'are' : 'is'} not in ${possessive(owner)} troika, which is ${list(names)}${status}.`,
        );
    }
  }
  // Where each member named really sits, when that is not the owner's troika.
  const elsewhere = new Map<Review, Named[]>();
  const nowhere: Named[] = [];
  for (const member of members) {
    if (ownReview && isKnown(ownReview) && ownReview.troika.states.includes(member.code)) continue;
    const reviews = index.reviews.filter(
      (r) => r !== ownReview && isKnown(r) && r.troika.states.includes(member.code),
    );
    if (!reviews.length) nowhere.push(member);
    for (const review of reviews) elsewhere.set(review, [...(elsewhere.get(review) ?? []), member]);
  }
  for (const [review, who] of elsewhere) {
    const state = index.states.get(review.state);
    if (!state) continue;
    lines.push(
      `${list(who.map((m) => m.name))} ${who.length > 1 ? 'are' : 'is'} in the troika for ${possessive(state)} review (${review.troika.states.map((c) => stateName(index, c)).join(', ')}).`,
    );
    sources.push(...review.troika.sources);
  }
  if (nowhere.length && !(ownReview && isKnown(ownReview))) {
    const counted = index.reviews.filter(isKnown).length;
    lines.push(
      `${list(nowhere.map((m) => m.name))} ${nowhere.length > 1 ? 'are' : 'is'} in no troika the bot knows of; troikas are known for ${counted} of the ${index.reviews.length} reviews only.`,
    );
  }
  if (!lines.length) return undefined;
  return answer(lines, sources);
}

/**
 * "What part did A play in B's review?", "was A reviewing B or under review itself?": A's seat in
 * B's troika (or not), and whether A was itself reviewed, on the day named if one is.
 */
export function partInReview(ctx: AnswerContext): Answer | undefined {
  const { index } = ctx;
  const states = ctx.subjects.states;
  if (states.length < 2) return undefined;
  const text = ctx.question.text;
  const placed = ctx.task?.clause.owners.get('review');
  const object = /\b(?:reviewing|examining|rapporteur for|troika for)\s+(.+)$/.exec(text)?.[1];
  const owner =
    (placed && states.find((s) => s.code === placed.code && index.reviewsByState.has(s.code))) ??
    states.find((s) => object?.startsWith(s.name.toLowerCase())) ??
    states.find((s, i) => i > 0 && index.reviewsByState.has(s.code)) ??
    states[0]!;
  const actor = states.find((s) => s.code !== owner.code)!;
  const review = index.reviewsByState.get(owner.code);
  if (!review) return undefined;
  const lines: string[] = [];
  const sources: string[] = [];
  if (!isKnown(review)) {
    lines.push(
      `${capitalised(possessive(owner))} troika (its three rapporteurs) is not known, so whether ${actor.name} sat in it cannot be said.`,
    );
  } else {
    const names = list(review.troika.states.map((c) => stateName(index, c)));
    sources.push(...review.troika.sources);
    lines.push(
      review.troika.states.includes(actor.code)
        ? `${actor.name} was one of the three rapporteurs (the troika) for ${possessive(owner)} review: ${names}${provisional(review.troika.status)}.`
        : `${actor.name} was not in the troika for ${possessive(owner)} review, which is ${names}${provisional(review.troika.status)}.`,
    );
  }
  const own = index.reviewsByState.get(actor.code);
  const ownDay = own?.when.date;
  const days = ctx.subjects.dates;
  if (own && ownDay) {
    sources.push(...own.when.sources);
    if (days.length)
      lines.push(
        days.includes(ownDay)
          ? `${actor.name} was itself under review that day (${formatDay(ownDay)}).`
          : `${actor.name} was not under review on ${days.map((d) => formatDay(d)).join(', ')}: its own review is on ${formatDay(ownDay)}.`,
      );
    else lines.push(`${capitalised(possessive(actor))} own review is on ${formatDay(ownDay)}.`);
  } else if (!own) lines.push(`${actor.name} is not itself reviewed at this session.`);
  return answer(lines, sources);
}
