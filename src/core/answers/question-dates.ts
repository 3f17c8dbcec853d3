import { DateTime } from 'luxon';
import type { Session } from '../data-schema.ts';

// "on 23 January", "Jan 24", "2024-01-25", "today", "tomorrow", "on Wednesday": the calendar days
// a question names, as ISO dates in the session's zone. A weekday means the one in the session
// nearest to today.

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

function iso(year: number, month: number, day: number): string | undefined {
  const date = DateTime.fromObject({ year, month, day });
  return date.isValid ? date.toISODate()! : undefined;
}

const MONTH_NAMES = Object.keys(MONTHS).join('|');
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?(${MONTH_NAMES})\\b(?: (\\d{4}))?`, 'g');
const MONTH_DAY = new RegExp(`\\b(${MONTH_NAMES}) (\\d{1,2})(?:st|nd|rd|th)?\\b(?: (\\d{4}))?`, 'g');
const WEEKDAY_PATTERNS = WEEKDAYS.map((name) => new RegExp(`\\b${name}s?\\b`));
/** Words that make dates worth looking for at all: most questions have none, and luxon is not free. */
const ANY_DATE =
  /\d|\b(today|tonight|tomorrow|yesterday|week|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mondays|tuesdays|wednesdays|thursdays|fridays)\b/;

export function datesAskedFor(text: string, now: string, session: Session): string[] {
  if (!ANY_DATE.test(text)) return [];
  const today = DateTime.fromISO(now).setZone(session.zone).startOf('day');
  const year = Number(session.window.start.slice(0, 4));
  const found: string[] = [];
  const add = (date: string | undefined) => {
    if (date && !found.includes(date)) found.push(date);
  };
  // ISO dates arrive as "2024 01 23" once the question is normalised.
  for (const m of text.matchAll(/\b(\d{4})[- ](\d{2})[- ](\d{2})\b/g))
    add(iso(Number(m[1]), Number(m[2]), Number(m[3])));
  for (const m of text.matchAll(DAY_MONTH)) {
    add(iso(Number(m[3] ?? year), MONTHS[m[2]!]!, Number(m[1])));
  }
  for (const m of text.matchAll(MONTH_DAY)) {
    add(iso(Number(m[3] ?? year), MONTHS[m[1]!]!, Number(m[2])));
  }
  const start = DateTime.fromISO(session.window.start);
  const end = DateTime.fromISO(session.window.end);
  const inSession = (d: DateTime) => d >= start && d <= end;
  // "the 29th": a day of a month the session runs in.
  if (!found.length) {
    for (const m of text.matchAll(/\b(\d{1,2})(st|nd|rd|th)\b/g)) {
      for (let d = start; d <= end; d = d.plus({ days: 1 })) if (d.day === Number(m[1])) add(d.toISODate()!);
    }
  }
  const explicitDay = found.length > 0;
  const week = /\b(this|next|last) week\b/.exec(text)?.[1];
  if (week) {
    const monday = today.startOf('week').plus({ weeks: week === 'next' ? 1 : week === 'last' ? -1 : 0 });
    for (let i = 0; i < 7; i++) {
      const d = monday.plus({ days: i });
      if (inSession(d)) add(d.toISODate()!);
    }
  }
  if (/\btoday\b|\btonight\b/.test(text)) add(today.toISODate()!);
  if (/\btomorrow\b/.test(text)) add(today.plus({ days: 1 }).toISODate()!);
  if (/\byesterday\b/.test(text)) add(today.minus({ days: 1 }).toISODate()!);
  for (const [i, pattern] of WEEKDAY_PATTERNS.entries()) {
    if (explicitDay) break;
    if (!pattern.test(text)) continue;
    const days: string[] = [];
    for (let d = start; d <= end; d = d.plus({ days: 1 })) if (d.weekday === i + 1) days.push(d.toISODate()!);
    // The nearest one, past or coming (a tie goes to the coming one).
    const distance = (d: string) => Math.abs(DateTime.fromISO(d).diff(today, 'days').days - 0.1);
    add([...days].sort((a, b) => distance(a) - distance(b))[0]);
  }
  return found;
}
