import type { Inline } from './reply.ts';

// The clock is part of every answer: a dated item reads differently before, during and after it,
// and nothing after `now` is ever told in the past tense. Answers and commands both word time
// through here. Intl formatters are built once per zone (luxon per call was most of the cost).

/** Where an item stands at `now`. "today" is a dated item without a time, on today's date. */
export type Phase = 'ahead' | 'today' | 'under-way' | 'over' | 'undated';

export interface Dated {
  date?: string | undefined;
  start?: string | undefined;
  end?: string | undefined;
}

/** The formats the bot words time with; en-CA writes dates as YYYY-MM-DD. */
const FORMATS = {
  day: ['en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }],
  clock: ['en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }],
  date: ['en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }],
  zoneName: ['en-US', { timeZoneName: 'short' }],
} as const satisfies Record<string, readonly [string, Intl.DateTimeFormatOptions]>;

const formats = new Map<string, Intl.DateTimeFormat>();

/** One formatter per (format, zone), built on first use: building one costs far more than using it. */
function formatIn(zone: string, name: keyof typeof FORMATS): Intl.DateTimeFormat {
  const key = `${name} ${zone}`;
  let format = formats.get(key);
  if (!format) {
    const [locale, options] = FORMATS[name];
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: zone });
    formats.set(key, format);
  }
  return format;
}

/**
 * Results for instants seen before: the data's instants come up in answer after answer. Bounded,
 * since `now` is new every time.
 */
function remembered(cache: Map<string, string>, key: string, make: () => string): string {
  const known = cache.get(key);
  if (known !== undefined) return known;
  if (cache.size > 5000) cache.clear();
  const made = make();
  cache.set(key, made);
  return made;
}

const days = new Map<string, string>();

/** The calendar date (YYYY-MM-DD) of an instant in a zone. */
export function dayIn(instant: string, zone: string): string {
  return remembered(days, `${zone} ${instant}`, () => formatIn(zone, 'day').format(new Date(instant)));
}

/** "09:00": the local clock time of an instant in a zone. */
export function clockIn(instant: string, zone: string): string {
  return formatIn(zone, 'clock').format(new Date(instant));
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

const dates = new Map<string, string>();

/** "Tue 23 Jan 2024": the local date of an instant in a zone (the words formatDate uses). */
export function dateIn(instant: string, zone: string): string {
  return remembered(dates, `${zone} ${instant}`, () => dateWords(instant, zone));
}

function dateWords(instant: string, zone: string): string {
  const format = formatIn(zone, 'date');
  const parts = format.formatToParts(new Date(instant));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}`;
}

/** "New York time (EST)": a zone's city (or the place the reader named) and its abbreviation. */
export function cityTime(zone: string, at: string, place?: string): string {
  const format = formatIn(zone, 'zoneName');
  const abbreviation = format.formatToParts(new Date(at)).find((p) => p.type === 'timeZoneName')?.value;
  const city = place ?? zone.split('/').pop()!.replaceAll('_', ' ');
  return abbreviation ? `${city} time (${abbreviation})` : `${city} time`;
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

/** "Tue 23 Jan 2024" for a calendar date, as formatDate words it, without luxon on the way. */
export function formatDay(date: string): string {
  return dateIn(`${date}T12:00:00Z`, 'UTC');
}
