import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { DateTime } from 'luxon';
import type { AgendaItem } from '../core/agenda.ts';
import type { Knowledge } from '../core/knowledge.ts';
import { provisional } from '../core/reply-parts.ts';
import { sourcesOf } from '../core/upr-index.ts';

// `upr-bot ics`: reviews, adoptions and side meetings as an iCalendar file, made by the `ics`
// library. UIDs come from the items' stable keys, so a re-import updates events in place.

function utcParts(iso: string): DateArray {
  const t = DateTime.fromISO(iso, { zone: 'utc' });
  return [t.year, t.month, t.day, t.hour, t.minute];
}

function dateParts(date: string): DateArray {
  const d = DateTime.fromISO(date, { zone: 'utc' });
  return [d.year, d.month, d.day];
}

function eventOf(knowledge: Knowledge, item: AgendaItem): EventAttributes {
  const sources = sourcesOf(knowledge.index, item.sources);
  const description = [
    item.start ? `Time${provisional(item.timeStatus) || ' confirmed'}.` : 'Time not announced.',
    ...(item.note ? [item.note] : []),
    ...(sources.length ? ['Sources:', ...sources.map((s) => `${s.title}: ${s.url}`)] : []),
  ].join('\n');
  const common = {
    uid: `${item.key.replace(':', '-')}@upr-bot`,
    title: item.title,
    description,
    ...(item.place ? { location: item.place } : {}),
    ...(sources[0] ? { url: sources[0].url } : {}),
    status: item.dateStatus === 'confirmed' ? ('CONFIRMED' as const) : ('TENTATIVE' as const),
    categories: [item.kind],
  };
  if (item.start) {
    const timing = {
      start: utcParts(item.start),
      startInputType: 'utc' as const,
      startOutputType: 'utc' as const,
      endInputType: 'utc' as const,
      endOutputType: 'utc' as const,
    };
    return item.end
      ? { ...common, ...timing, end: utcParts(item.end) }
      : { ...common, ...timing, duration: { hours: 1 } };
  }
  // A date without a time is an all-day event: the end is the next day, exclusive.
  const next = DateTime.fromISO(item.date!, { zone: 'utc' }).plus({ days: 1 }).toISODate()!;
  return { ...common, start: dateParts(item.date!), end: dateParts(next) };
}

export function calendarOf(knowledge: Knowledge, state?: string): string {
  const items = knowledge.agenda.filter((i) => i.date && (!state || i.states.includes(state)));
  const { session } = knowledge.index;
  const { error, value } = createEvents(
    items.map((i) => eventOf(knowledge, i)),
    {
      productId: '-//upr-bot//UPR calendar//EN',
      calName: `UPR ${session.number}${state ? ` (${state})` : ''}`,
    },
  );
  if (error || !value) throw error ?? new Error('the calendar could not be made');
  return value;
}
