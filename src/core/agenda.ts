import type { SideEvent, Status, When } from './data-schema.ts';
import { localDate } from './time-format.ts';
import { stateName, type UprIndex } from './upr-index.ts';

// Reviews, report adoptions and side meetings seen as one timeline: what the schedule, `next`,
// digests and reminders all walk through.

export type AgendaKind = 'review' | 'adoption' | 'side-event';

export interface AgendaItem {
  /** Stable across imports: reminders and change notices are keyed on it. */
  key: string;
  kind: AgendaKind;
  eventKind?: SideEvent['kind'];
  title: string;
  states: string[];
  /** The local date in the session zone; absent when not known. */
  date?: string;
  start?: string;
  end?: string;
  dateStatus: Status;
  timeStatus: Status;
  place?: string;
  note?: string;
  sources: string[];
}

function timing(when: When, zone: string) {
  const date = when.date ?? (when.start ? localDate(when.start, zone) : undefined);
  return {
    ...(date ? { date } : {}),
    ...(when.start ? { start: when.start } : {}),
    ...(when.end ? { end: when.end } : {}),
    dateStatus: when.status,
    timeStatus: when.start ? (when.timeStatus ?? when.status) : ('unconfirmed' as const),
    ...(when.note ? { note: when.note } : {}),
  };
}

export function agendaItems(index: UprIndex): AgendaItem[] {
  const zone = index.session.zone;
  const items: AgendaItem[] = [];
  for (const review of index.reviews) {
    const name = stateName(index, review.state);
    items.push({
      key: `review:${review.id}`,
      kind: 'review',
      title: `Review of ${name}`,
      states: [review.state],
      ...timing(review.when, zone),
      place: index.session.place.text,
      sources: review.when.sources,
    });
    if (review.adoption.date || review.adoption.start) {
      items.push({
        key: `adoption:${review.id}`,
        kind: 'adoption',
        title: `Adoption of the report on ${name}`,
        states: [review.state],
        ...timing(review.adoption, zone),
        place: index.session.place.text,
        sources: review.adoption.sources,
      });
    }
  }
  for (const event of index.events) {
    items.push({
      key: `event:${event.id}`,
      kind: 'side-event',
      eventKind: event.kind,
      title: event.title,
      states: event.states,
      ...timing(event.when, zone),
      ...(event.place ? { place: event.place } : {}),
      sources: event.sources,
    });
  }
  return items.sort(compareAgenda);
}

/** Dated items first by date, then timed before untimed on a day, then by start. */
export function compareAgenda(a: AgendaItem, b: AgendaItem): number {
  if (a.date !== b.date) {
    if (!a.date) return 1;
    if (!b.date) return -1;
    return a.date < b.date ? -1 : 1;
  }
  if (a.start && b.start && a.start !== b.start) return a.start < b.start ? -1 : 1;
  if (a.start && !b.start) return -1;
  if (!a.start && b.start) return 1;
  return 0;
}

export interface NextItems {
  underway: AgendaItem[];
  /** Untimed items on today's date: they may be under way, we cannot tell. */
  today: AgendaItem[];
  nextReview?: AgendaItem;
  nextEvent?: AgendaItem;
  /** The next item of any kind, used when a state has no review left. */
  next?: AgendaItem;
}

export function nextItems(
  items: readonly AgendaItem[],
  now: string,
  zone: string,
  state?: string,
): NextItems {
  const relevant = state ? items.filter((i) => i.states.includes(state)) : items;
  const today = localDate(now, zone);
  const isAhead = (i: AgendaItem) => (i.start ? i.start > now : i.date !== undefined && i.date > today);
  const underway = relevant.filter((i) => i.start && i.start <= now && (i.end ? now < i.end : false));
  const todayUntimed = relevant.filter((i) => !i.start && i.date === today);
  const ahead = relevant.filter(isAhead);
  const nextReview = ahead.find((i) => i.kind === 'review');
  const nextEvent = ahead.find((i) => i.kind !== 'review');
  return {
    underway,
    today: todayUntimed,
    ...(nextReview ? { nextReview } : {}),
    ...(nextEvent ? { nextEvent } : {}),
    ...(ahead[0] ? { next: ahead[0] } : {}),
  };
}

export function itemsBetween(items: readonly AgendaItem[], fromDate: string, toDate: string): AgendaItem[] {
  return items.filter((i) => i.date !== undefined && i.date >= fromDate && i.date <= toDate);
}
