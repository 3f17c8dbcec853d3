import type { Inline } from './reply.ts';
import { formatClock, formatDate, localDate, zoneLabel } from './time-format.ts';

// The clock is part of every answer: a dated item reads differently before, during and after it,
// and nothing after `now` is ever told in the past tense. Answers and commands both word time
// through here; the dates and clocks themselves come from time-format.ts (cached Intl formatters).

/** Where an item stands at `now`. "today" is a dated item without a time, on today's date. */
export type Phase = 'ahead' | 'today' | 'under-way' | 'over' | 'undated';

export interface Dated {
  date?: string | undefined;
  start?: string | undefined;
  end?: string | undefined;
}

/** The calendar date (YYYY-MM-DD) of an instant in a zone. */
export function dayIn(instant: string, zone: string): string {
  return localDate(instant, zone);
}

/** "09:00": the local clock time of an instant in a zone. */
export function clockIn(instant: string, zone: string): string {
  return formatClock(instant, zone);
}

/** Whole days from one calendar date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

const isInstant = (value: string) => value.includes('T');

/**
 * Whether something dated `asOf` is known at `now`: an instant from that instant, a date only once
 * that day is over in the zone (on the day itself it may not have happened yet).
 */
export function isKnownAt(asOf: string | undefined, now: string, zone: string): boolean {
  if (!asOf) return true;
  if (isInstant(asOf)) return Date.parse(asOf) <= Date.parse(now);
  return asOf < dayIn(now, zone);
}

export function phaseOf(item: Dated, now: string, zone: string): Phase {
  const at = Date.parse(now);
  if (item.start) {
    if (at < Date.parse(item.start)) return 'ahead';
    if (item.end && at < Date.parse(item.end)) return 'under-way';
    // A start with no end: over once its day is.
    if (!item.end && dayIn(now, zone) === dayIn(item.start, zone)) return 'under-way';
    return 'over';
  }
  if (!item.date) return 'undated';
  const today = dayIn(now, zone);
  if (today < item.date) return 'ahead';
  return today === item.date ? 'today' : 'over';
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "45 minutes", "2 hours 30 minutes", "12 hours", "3 days", "5 weeks", "4 months". */
export function durationWords(ms: number): string {
  const minutes = Math.max(1, Math.round(Math.abs(ms) / 60_000));
  if (minutes < 60) return plural(minutes, 'minute');
  if (minutes < 10 * 60) {
    const hours = Math.floor(minutes / 60);
    const rest = minutes % 60;
    return rest ? `${plural(hours, 'hour')} ${plural(rest, 'minute')}` : plural(hours, 'hour');
  }
  const hours = Math.round(minutes / 60);
  if (hours < 48) return plural(hours, 'hour');
  const days = Math.round(hours / 24);
  if (days < 21) return plural(days, 'day');
  if (days < 70) return plural(Math.round(days / 7), 'week');
  return plural(Math.round(days / 30.44), 'month');
}

/**
 * "in 12 hours", "in 3 days", "tomorrow", "today", "yesterday", "2 days ago": how far an item is
 * from `now`; by the clock for a timed item, by the calendar for a dated one.
 */
export function relativeWords(item: Dated, now: string, zone: string): string {
  if (item.start) {
    const ms = Date.parse(item.start) - Date.parse(now);
    return ms >= 0 ? `in ${durationWords(ms)}` : `${durationWords(ms)} ago`;
  }
  if (!item.date) return '';
  const days = daysBetween(dayIn(now, zone), item.date);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  if (Math.abs(days) < 21) return days > 0 ? `in ${days} days` : `${-days} days ago`;
  const ms = Date.parse(`${item.date}T12:00:00Z`) - Date.parse(now);
  return ms > 0 ? `in ${durationWords(ms)}` : `${durationWords(ms)} ago`;
}

/**
 * A short note on where an item stands, for schedules and command replies: "starts in 12 hours",
 * "under way, until 12:30", "today", "over". Never a past tense for what is still ahead.
 */
export function standingNote(item: Dated, now: string, zone: string): Inline[] {
  switch (phaseOf(item, now, zone)) {
    case 'ahead':
      return [item.start ? `starts ${relativeWords(item, now, zone)}` : relativeWords(item, now, zone)];
    case 'today':
      return ['today'];
    case 'under-way':
      return item.end ? ['under way, until ', { time: item.end, style: 'time' }] : ['under way'];
    case 'over':
      return ['over'];
    default:
      return [];
  }
}

/** A timetable line with where its item stands at `now`: "…: Review of X (starts in 3 hours)". */
export function withStanding(line: Inline[], item: Dated, now: string, zone: string): Inline[] {
  const note = standingNote(item, now, zone);
  return note.length ? [...line, ' (', ...note, ')'] : line;
}

/** "Tue 23 Jan 2024": the local date of an instant in a zone. */
export function dateIn(instant: string, zone: string): string {
  return formatDate(localDate(instant, zone));
}

/** "New York time (EST)": a zone's label, with the place the reader named where there is one. */
export function cityTime(zone: string, at: string, place?: string): string {
  const label = zoneLabel(zone, at);
  return place ? label.replace(/^.*? time\b/, `${place} time`) : label;
}

/** "Tue 23 Jan 2024, 03:00-06:30 New York time (EST)", with cached formatters only. */
export function spanIn(
  start: string,
  end: string | undefined,
  zone: string,
  label = cityTime(zone, start),
): string {
  const from = `${dateIn(start, zone)}, ${clockIn(start, zone)}`;
  if (!end) return `${from} ${label}`;
  const to =
    dayIn(start, zone) === dayIn(end, zone)
      ? clockIn(end, zone)
      : `${dateIn(end, zone)}, ${clockIn(end, zone)}`;
  return `${from}-${to} ${label}`;
}

/** "Tue 23 Jan 2024" for a calendar date. */
export function formatDay(date: string): string {
  return formatDate(date);
}
