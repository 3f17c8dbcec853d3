import type { Task } from '../answers/question-plan.ts';
import { isKnownAt } from '../clock-wording.ts';
import type { SideEvent } from '../data-schema.ts';
import { calendarDate, englishQuote, listOf } from './catalogue.ts';
import { found, type LocalContext, type Renderer, say, stateOf, zoneName } from './localized-context.ts';
import { organisersIn, personNameIn, placeTextIn } from './localized-names.ts';

// Side meetings, protests and news conferences in the reader's language: kind, day and time
// through Intl, organisers and speakers as the data names them there, English titles and places
// quoted. A question naming a day or a kind ("1月22日的抗议") gets those events only.

/** A chat message holds so much (Discord: 2,000 characters): a longer list names how many more. */
const MAX_EVENTS = 4;

const KIND: Record<SideEvent['kind'], string> = {
  'side-event': 'sideEvent',
  protest: 'protest',
  'press-conference': 'pressConference',
  plenary: 'plenary',
  other: 'other',
};

function eventLines(event: SideEvent, ctx: LocalContext, withPlace: boolean): string[] {
  const kind = KIND[event.kind];
  const title = englishQuote(ctx.locale, event.title);
  const { when } = event;
  const timed = when.start && (when.timeStatus ?? when.status) !== 'unconfirmed';
  const first = timed
    ? say(ctx, 'answer.eventTime', {
        kind,
        start: new Date(when.start!),
        zone: zoneName(ctx, new Date(when.start!)),
        title,
      })
    : when.date
      ? say(ctx, 'answer.eventDay', { kind, date: calendarDate(when.date), title })
      : title;
  const lines = [
    first,
    say(ctx, 'answer.eventOrganisers', { organisers: listOf(ctx.locale, organisersIn(event, ctx.locale)) }),
  ];
  if (event.place && withPlace)
    lines.push(say(ctx, 'answer.eventPlace', { place: placeTextIn(ctx.index, event.place, ctx.locale) }));
  if (event.speakers.length && withPlace) {
    const speakers = event.speakers.map((name) => {
      const person = ctx.index.data.people.find((p) => p.name === name);
      return person ? personNameIn(person, ctx.locale) : name;
    });
    lines.push(say(ctx, 'answer.eventSpeakers', { speakers: listOf(ctx.locale, speakers) }));
  }
  // What is planned and how it went (attendance), where the data renders them in this language.
  const detail = ctx.locale === 'en' ? event.detail : event.detailIn?.[ctx.locale];
  if (detail && withPlace) lines.push(detail);
  const { outcome } = event;
  const told = ctx.locale === 'en' ? outcome?.text : outcome?.textIn?.[ctx.locale];
  if (outcome && told && withPlace && isKnownAt(outcome.asOf, ctx.now, ctx.index.session.zone))
    lines.push(told);
  return lines;
}

/** The kinds a clause asks for by name ("the protest", "la conférence de presse"), unless it asks for side meetings. */
function askedKinds(task: Task): SideEvent['kind'][] {
  const { cues } = task.clause;
  return cues.has('sideEvent') ? [] : ASKED_KIND.filter(([cue]) => cues.has(cue)).map(([, kind]) => kind);
}

/**
 * The events a clause names, of the kind it asks for: "la conférence de presse des groupes
 * tibétains" is the news conference, though the groups named organised a protest too.
 */
function namedOfKind(task: Task, all: readonly SideEvent[], ctx: LocalContext): readonly SideEvent[] {
  const kinds = askedKinds(task);
  if (!kinds.length) return task.events;
  const ofKind = task.events.filter((e) => kinds.includes(e.kind));
  return ofKind.length ? ofKind : narrowed(all, task, ctx);
}

const ASKED_KIND: [cue: 'protest' | 'pressConference', kind: SideEvent['kind']][] = [
  ['protest', 'protest'],
  ['pressConference', 'press-conference'],
];

/** The events of the days and the kind a question names ("the protest on 22 January"), where there are any. */
function narrowed(chosen: readonly SideEvent[], task: Task, ctx: LocalContext): readonly SideEvent[] {
  let result = chosen;
  const days = ctx.dates ?? [];
  const onDays = result.filter((e) => e.when.date && days.includes(e.when.date));
  if (onDays.length) result = onDays;
  const kinds = askedKinds(task);
  const ofKind = result.filter((e) => kinds.includes(e.kind));
  if (ofKind.length) result = ofKind;
  return result;
}

export const events: Renderer = (task, ctx) => {
  const subject = stateOf(task, ctx);
  const all = subject
    ? ctx.index.events.filter((e) => e.states.includes(subject.review.state))
    : ctx.index.events;
  const chosen = task.events.length ? namedOfKind(task, all, ctx) : narrowed(all, task, ctx);
  if (!chosen.length) {
    return subject ? found([say(ctx, 'answer.eventsNone', { state: subject.name })]) : undefined;
  }
  // Asked about side meetings: they come before protests and news conferences when the list is cut.
  const rank = (e: SideEvent) => (task.clause.cues.has('sideEvent') && e.kind !== 'side-event' ? 1 : 0);
  const shown = [...chosen].sort((a, b) => rank(a) - rank(b)).slice(0, MAX_EVENTS);
  // A list of all is introduced with its count; the events asked for by name, day or kind are not.
  const intro =
    task.events.length || chosen.length < all.length
      ? []
      : [
          subject
            ? say(ctx, 'answer.eventsIntro', { state: subject.name, count: chosen.length })
            : say(ctx, 'answer.eventsAll', { count: chosen.length }),
        ];
  // Places only for a short list: room for the titles and organisers first.
  const withPlace = shown.length <= 2;
  const lines = shown.flatMap((e) =>
    eventLines(e, ctx, withPlace).map((l, i) => (i === 0 ? `• ${l}` : `  ${l}`)),
  );
  if (chosen.length > shown.length)
    lines.push(say(ctx, 'answer.moreEvents', { count: chosen.length - shown.length }));
  return found(
    [...intro, ...lines],
    shown.flatMap((e) => e.sources),
  );
};
