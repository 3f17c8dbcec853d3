import { formatDay, isKnownAt, phaseOf, relativeWords } from '../clock-wording.ts';
import type { SideEvent } from '../data-schema.ts';
import type { Inline, Line } from '../reply.ts';
import { provisional } from '../reply-parts.ts';
import { type Answer, answer } from './answer.ts';
import { type AnswerContext, agendaItem } from './answer-context.ts';
import { atParts, verdict } from './milestone-answers.ts';
import { organiserOutsideData } from './organiser-outside-data.ts';
import { INSTITUTIONAL } from './question-vocabulary.ts';

// Side meetings, protests and news conferences: which there are, when and where, who speaks,
// and, once they are over, how they went.

/** Whether an organiser's name carries a state's name or one of its aliases, as whole words. */
function namesState(organiser: string, state: { name: string; aliases?: readonly string[] }): boolean {
  const names = [state.name, ...(state.aliases ?? [])].filter((n) => n.length > 2);
  return names.some((n) =>
    new RegExp(`\\b${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(organiser),
  );
}

/** The distinctive words of a name, cut to a stem ("Tibetan" and "Tibet" share "tibet"). */
function stems(name: string): string[] {
  return (name.toLowerCase().match(/\p{L}+/gu) ?? [])
    .filter((w) => w.length >= 5 && !INSTITUTIONAL.has(w))
    .map((w) => w.slice(0, 5));
}

/** Whether an organiser's name shares a distinctive stem with one of the names asked about. */
function akin(organiser: string, named: readonly string[]): boolean {
  const asked = new Set(named.flatMap(stems));
  return stems(organiser).some((s) => asked.has(s));
}

function eventsAsked(ctx: AnswerContext): SideEvent[] {
  const { index, subjects } = ctx;
  const cues = ctx.task?.clause.cues;
  let events = subjects.events.length ? subjects.events : index.events;
  const kinds: SideEvent['kind'][] = [];
  if (cues?.has('protest')) kinds.push('protest');
  if (cues?.has('pressConference')) kinds.push('press-conference');
  if (/\bside (events?|meetings?)|sideline|parallel\b/.test(ctx.question.text)) kinds.push('side-event');
  if (kinds.length) {
    const ofKind = events.filter((e) => kinds.includes(e.kind));
    // "did Tibetan groups hold a press conference?": none by those named, but one by an organiser
    // of the same people (the Tibet Advocacy Coalition) is theirs too.
    events =
      ofKind.length || !subjects.events.length
        ? ofKind
        : index.events.filter(
            (e) =>
              kinds.includes(e.kind) &&
              e.organisers.some((o) => akin(o, ctx.task?.clause.organisations ?? [])),
          );
  }
  const state = subjects.states.find((s) => index.events.some((e) => e.states.includes(s.code)));
  // "side events about Nigeria?": a state the data holds no event for has none, not another's.
  if (!state && !subjects.events.length && subjects.states.length) return [];
  // "which Chinese organisations held side meetings?": the organiser's country, not the topic's.
  const byOrganiser =
    state &&
    /\b(organi[sz]ations?|organi[sz]ers?|groups?|ngos?|bodies|institutions?)\b/.test(ctx.question.text)
      ? events.filter((e) => e.organisers.some((o) => namesState(o, state)))
      : [];
  // "what else happened around China's review that day?": every event of its review's day.
  const reviewDay =
    state && !subjects.dates.length && /\b(that day|same day|else)\b/.test(ctx.question.text)
      ? index.reviewsByState.get(state.code)?.when.date
      : undefined;
  if (byOrganiser.length) events = byOrganiser;
  else if (state && !subjects.events.length && !reviewDay)
    events = events.filter((e) => e.states.includes(state.code));
  const days = reviewDay ? [reviewDay] : subjects.dates;
  if (days.length) {
    const onDays = new Set(days);
    events = events.filter((e) => {
      const date = agendaItem(ctx, `event:${e.id}`)?.date;
      return date !== undefined && onDays.has(date);
    });
  }
  return events;
}

/** Where one event stands at `now`, in words: "in 4 days, Wed 24 Jan 2024, time not announced". */
function eventTiming(
  event: SideEvent,
  ctx: AnswerContext,
): { parts: Inline[]; phase: ReturnType<typeof phaseOf> } {
  const item = agendaItem(ctx, `event:${event.id}`)!;
  const timing = {
    date: item.date,
    start: item.start,
    end: item.end,
    dateStatus: item.dateStatus,
    timeStatus: item.timeStatus,
  };
  const zone = ctx.index.session.zone;
  const phase = phaseOf(timing, ctx.now, zone);
  const at = atParts(timing, ctx);
  switch (phase) {
    case 'ahead':
      return { parts: [`${relativeWords(timing, ctx.now, zone)}, `, ...at], phase };
    case 'today':
      return { parts: ['today, ', ...at], phase };
    case 'under-way':
      return { parts: ['under way now, ', ...at], phase };
    case 'over': {
      const uncertain =
        event.status !== 'confirmed' || /whether .*held/i.test(`${event.note ?? ''} ${event.detail ?? ''}`);
      return { parts: [uncertain ? 'was announced for ' : 'took place on ', ...at], phase };
    }
    default:
      return { parts: ['date not announced'], phase };
  }
}

export function eventsAnswer(ctx: AnswerContext): Answer {
  const events = eventsAsked(ctx);
  if (!events.length) {
    const days = ctx.subjects.dates.map((d) => formatDay(d)).join(' or ');
    // "was the CSHRS meeting on 23 January?": no, and the day it really is.
    if (ctx.subjects.events.length && days) {
      const lines: Line[] = ctx.subjects.events.map((e) => [
        `No: ${e.title} is not on ${days}: it `,
        ...eventTiming(e, ctx).parts,
        `${e.place ? `, ${e.place}` : ''}.`,
      ]);
      return answer(
        lines,
        ctx.subjects.events.flatMap((e) => e.sources),
      );
    }
    const states = ctx.subjects.states.map((st) => st.name).join(' or ');
    return answer([
      states
        ? `No side meetings or events about ${states} are in the bot's data${days ? ` for ${days}` : ''}: none is recorded.`
        : `No such events are in the bot's data${days ? ` for ${days}` : ''}.`,
    ]);
  }
  const text = ctx.question.text;
  const cues = ctx.task?.clause.cues;
  const asksWho =
    /\b(who|speakers?|spoke|speak|panel|panellists?)\b/.test(text) &&
    !cues?.has('role') &&
    !cues?.has('organiser');
  const asksMore = (cues?.has('participants') || cues?.has('webcast')) ?? false;
  const asksOrganiser = cues?.has('role') || cues?.has('organiser');
  const status = ctx.task?.kind === 'status';
  const asksWhere = cues?.has('where') ?? false;
  // "was it held inside the Palais des Nations?": the session's venue, named as the event's place.
  const venue = ctx.index.session.place.text.split(',')[0]!.toLowerCase();
  const venueNamed = text.includes(venue) ? venue : undefined;
  const lines: Line[] = [];
  for (const e of events) {
    const names = e.organisers.join(', ');
    const acronyms = e.organiserAcronyms.filter((a) => !names.includes(a)).join(', ');
    const { parts, phase } = eventTiming(e, ctx);
    const lead = status ? verdict(phase, cues ?? new Set()) : '';
    // A long list stays short enough for a chat message: the organiser's short name, no place.
    const compact = events.length > 3 && !asksOrganiser;
    const by = compact
      ? (e.organiserAcronyms[0] ?? e.organisers[0])
      : `${names}${acronyms ? `, ${acronyms}` : ''}`;
    lines.push([
      ...(lead ? [lead] : []),
      { strong: e.title },
      asksOrganiser ? `, organised by ${names}${acronyms ? ` (${acronyms})` : ''}: ` : ` (${by}): `,
      ...parts,
      `${e.place && !compact ? `, ${e.place}` : ''}${provisional(e.status)}`,
    ]);
    // "which room was it in?": a room the data does not give is said to be unknown, not guessed.
    if (/\b(room|salle|sala)\b/.test(text) && !/\b(room|salle|sala)\b/i.test(e.place ?? ''))
      lines.push([
        e.place
          ? `Its room is not known: the bot's data gives only its place (${e.place}).`
          : 'Its room is not known: no venue has been announced.',
      ]);
    else if (asksWhere && !e.place)
      lines.push(['Where it is held is not known: no venue has been announced.']);
    else if (asksWhere && e.place && venueNamed && !e.place.toLowerCase().startsWith(venueNamed))
      lines.splice(lines.length - 1, 0, [
        `No: ${e.title} is not at the ${ctx.index.session.place.text.split(',')[0]}; it is at ${e.place}.`,
      ]);
    // In a list, speakers where they are known; for one event, say so when they are not.
    if (asksWho && (e.speakers.length || events.length === 1))
      lines.push([e.speakers.length ? `Speakers: ${e.speakers.join(', ')}.` : 'Its speakers are not known.']);
    if (asksMore) {
      if (e.detail) lines.push([e.detail]);
      const outcome = e.outcome;
      if (outcome && isKnownAt(outcome.asOf, ctx.now, ctx.index.session.zone)) lines.push([outcome.text]);
      else if (outcome) lines.push(['How it went (attendance and the like) is not known yet.']);
    }
  }
  const outsider = organiserOutsideData(ctx);
  const intro = [
    ...(outsider ? [`No side meeting or event by "${outsider}" is in the bot's data.`] : []),
    ...(events.length > 1 && !status ? [`Known side meetings and events (${events.length}):`] : []),
  ];
  return answer(
    [...intro, ...lines],
    events.flatMap((e) => [
      ...e.sources,
      ...(e.outcome && isKnownAt(e.outcome.asOf, ctx.now, ctx.index.session.zone) ? e.outcome.sources : []),
    ]),
  );
}
