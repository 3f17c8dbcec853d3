import countries from 'i18n-iso-countries/index.js';
import type { Task } from '../answers/question-plan.ts';
import { tokenize } from '../answers/question-tokens.ts';
import type { MemberPlace, Person } from '../data-schema.ts';
import { englishQuote, listOf, type MessageId } from './catalogue.ts';
import type { Locale } from './locales.ts';
import {
  found,
  type LocalAnswer,
  type LocalContext,
  type Renderer,
  say,
  stateOf,
} from './localized-context.ts';
import { previousReviews } from './localized-earlier.ts';
import { personNameIn, stateNameIn } from './localized-names.ts';
import { HEADCOUNT_WORDS, MEMBER_BODY_WORDS } from './question-cues.ts';

// Who is who, in the reader's language: a delegation's head, deputy and members, a person's
// office, a review's troika. Names as the data writes them there; an office as the data renders
// it in that language (its `titles`), else the English office quoted as English.

/** A person's office (honorific and title) in the reader's language, or quoted English. */
export function officeIn(person: Person, locale: Locale): string | undefined {
  const local = locale === 'en' ? undefined : person.titles?.[locale];
  if (local) return local;
  const english = [person.honorific, person.title].filter(Boolean).join(', ');
  return english ? englishQuote(locale, english) : undefined;
}

/**
 * "¿Eric Chan es el jefe de la delegación china?": a person said to hold a post (not a "who"
 * question) who does not hold it is corrected first, with the post they do hold there.
 */
function claimCorrected(
  task: Task,
  ctx: LocalContext,
  subject: NonNullable<ReturnType<typeof stateOf>>,
  asked: 'head' | 'deputy',
): string[] {
  const claimed = task.person;
  const { delegation } = subject.review;
  if (!claimed || task.clause.cues.has('who') || delegation[asked]?.person === claimed.id) return [];
  const actual =
    delegation.head?.person === claimed.id
      ? 'head'
      : delegation.deputy?.person === claimed.id
        ? 'deputy'
        : 'none';
  const values = { person: personNameIn(claimed, ctx.locale), state: subject.name, asked, actual };
  return [say(ctx, 'answer.claimWrongPost', values)];
}

/** Who holds a delegation's position (head or deputy): the name and office in the reader's language. */
function delegationRole(
  task: Parameters<Renderer>[0],
  ctx: LocalContext,
  position: 'head' | 'deputy',
  ids: { known: MessageId; unknown: MessageId },
): LocalAnswer | undefined {
  const subject = stateOf(task, ctx);
  if (!subject) return undefined;
  const role = subject.review.delegation[position];
  if (!role || role.status === 'unconfirmed' || (!role.person && !role.text))
    return found([say(ctx, ids.unknown, { state: subject.name })]);
  const person = role.person ? ctx.index.people.get(role.person) : undefined;
  const name = person ? personNameIn(person, ctx.locale) : englishQuote(ctx.locale, role.text!);
  const lines = [
    ...claimCorrected(task, ctx, subject, position),
    say(ctx, ids.known, { state: subject.name, person: name, status: role.status }),
  ];
  const office = person && officeIn(person, ctx.locale);
  if (office) lines.push(say(ctx, 'answer.personTitle', { person: name, title: office }));
  return found(lines, role.sources);
}

export const head: Renderer = (task, ctx) =>
  task.earlier
    ? previousReviews(task, ctx)
    : delegationRole(task, ctx, 'head', { known: 'answer.head', unknown: 'answer.headUnknown' });

export const deputy: Renderer = (task, ctx) =>
  delegationRole(task, ctx, 'deputy', { known: 'answer.deputy', unknown: 'answer.deputyUnknown' });

/** Whether the clause names one of the phrases (as the tokenizer writes them: 部委 is "部 委"). */
function names(clause: Task['clause'], phrases: readonly string[]): boolean {
  const text = ` ${clause.text} `;
  return phrases.some((p) => text.includes(` ${tokenize(p).join(' ')} `));
}

/** A place of a delegation's composition by its name in the reader's language. */
function placeName(place: MemberPlace, locale: Locale): string {
  return (locale !== 'en' && place.names?.[locale]) || place.name;
}

/**
 * Who else is in a delegation, from its composition as the data structures it: how many
 * ministries and bodies (a number), and the places represented, each by its name in the reader's
 * language. A place asked about ("Greenland ?") is said to be among them; a head count the data does
 * not hold is said to be unknown. A composition the data holds only as English text is quoted.
 */
export const members: Renderer = (task, ctx) => {
  const subject = stateOf(task, ctx);
  if (!subject) return undefined;
  const { members } = subject.review.delegation;
  if (!members || members.status === 'unconfirmed')
    return found([say(ctx, 'answer.membersUnknown', { state: subject.name })]);
  const { bodies, places } = members;
  if (!bodies && !places.length) {
    const text = englishQuote(ctx.locale, members.text);
    return found([say(ctx, 'answer.members', { state: subject.name, text })], members.sources);
  }
  const state = subject.name;
  const lines: string[] = [];
  const asked = places.filter((p) =>
    names(task.clause, [
      p.name,
      ...Object.values(p.names ?? {}),
      ...p.aliases,
      ...Object.values(p.aliasesIn ?? {}).flat(),
    ]),
  );
  if (asked.length)
    lines.push(
      say(ctx, 'answer.membersPlaceNamed', {
        state,
        places: listOf(
          ctx.locale,
          asked.map((p) => placeName(p, ctx.locale)),
        ),
      }),
    );
  // "有台湾的代表吗？": a place the composition does not name is not said to be in it (nor out of it).
  for (const place of task.clause.world)
    lines.push(
      say(ctx, 'answer.membersPlaceNotNamed', {
        state,
        place: countries.getName(place.code, ctx.locale) ?? place.name,
      }),
    );
  // "how many people?": the data counts bodies, not people.
  const headcount =
    (task.clause.cues.has('howMany') || names(task.clause, HEADCOUNT_WORDS)) &&
    !names(task.clause, MEMBER_BODY_WORDS) &&
    !asked.length;
  if (headcount) lines.push(say(ctx, 'answer.membersHeadcountUnknown', { state }));
  if (bodies)
    lines.push(
      say(ctx, 'answer.membersBodies', {
        state,
        count: bodies.count,
        approximate: bodies.approximate ? 'yes' : 'no',
      }),
    );
  // "which ministries?": the sources count them and name none.
  if (bodies && task.clause.cues.has('which') && names(task.clause, MEMBER_BODY_WORDS))
    lines.push(say(ctx, 'answer.membersBodiesNotNamed', { state }));
  if (places.length)
    lines.push(
      say(ctx, 'answer.membersPlaces', {
        state,
        places: listOf(
          ctx.locale,
          places.map((p) => placeName(p, ctx.locale)),
        ),
      }),
    );
  // The composition as the source words it, beside what is said of it in the reader's language.
  lines.push(say(ctx, 'answer.membersAsSourced', { text: englishQuote(ctx.locale, members.text) }));
  return found(lines, members.sources);
};

/** "What is Chen Xu's job?": the office, and the place in a delegation the data gives the person. */
export const role: Renderer = (task, ctx) => {
  const person = task.person;
  if (!person) return undefined;
  const name = personNameIn(person, ctx.locale);
  const lines: string[] = [];
  const sources: string[] = [...person.sources];
  const office = officeIn(person, ctx.locale);
  if (office) lines.push(say(ctx, 'answer.personTitle', { person: name, title: office }));
  for (const review of ctx.index.reviews) {
    for (const position of ['head', 'deputy'] as const) {
      const held = review.delegation[position];
      if (held?.person !== person.id || held.status === 'unconfirmed') continue;
      const state = stateNameIn(ctx.index, review.state, ctx.locale);
      lines.push(say(ctx, 'answer.rolePosition', { person: name, state, position, status: held.status }));
      sources.push(...held.sources);
    }
  }
  // Neither an office nor a place in a delegation: say the post is not in the data, so the
  // reader does not take the sourced description below for it.
  if (!lines.length) lines.push(say(ctx, 'answer.personOfficeUnknown', { person: name }));
  // No place in a delegation the data gives: who the person is, as the data says it (in English).
  if (lines.length < 2 && person.bio)
    lines.push(say(ctx, 'answer.personTitle', { person: name, title: englishQuote(ctx.locale, person.bio) }));
  return lines.length ? found(lines, [...new Set(sources)]) : undefined;
};

/** A review's troika: the three rapporteur states in the reader's language, or that it is not known. */
export const troika: Renderer = (task, ctx) => {
  const subject = stateOf(task, ctx);
  if (!subject) return undefined;
  const known = subject.review.troika;
  if (!known || known.status === 'unconfirmed' || !known.states.length)
    return found([say(ctx, 'answer.troikaUnknown', { state: subject.name })], known?.sources ?? []);
  const states = listOf(
    ctx.locale,
    known.states.map((code) => stateNameIn(ctx.index, code, ctx.locale)),
  );
  return found(
    [say(ctx, 'answer.troika', { state: subject.name, states, status: known.status })],
    known.sources,
  );
};
