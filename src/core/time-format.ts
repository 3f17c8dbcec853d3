import { DateTime } from 'luxon';
import type { Locale } from './i18n/locales.ts';
import { calendarDate, instantOf, offsetAt, systemZone, type Wall, wallAsUtc, wallAt } from './wall-clock.ts';

// Every time the bot shows goes through here: one place decides the wording and the zone label.
// Times are read from cached `Intl` formatters (wall-clock.ts); luxon remains only for what those
// cannot take (an instant without an offset, a zone like "UTC+3"), with the same output as before.

const ZONE_LABELS: Record<string, string> = {
  'Europe/Zurich': 'Geneva time',
  UTC: 'UTC',
  'Etc/UTC': 'UTC',
};

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const two = (n: number) => String(n).padStart(2, '0');
const dateText = (w: Wall) => `${WEEKDAYS[w.weekday]} ${w.day} ${MONTHS[w.month - 1]} ${w.year}`;
const clockText = (w: Wall) => `${two(w.hour)}:${two(w.minute)}`;
const isoDateText = (w: Wall) => `${w.year}-${two(w.month)}-${two(w.day)}`;

/** The instant's wall clock in the zone, or undefined when luxon has to read it. */
function wallOf(iso: string, zone: string): Wall | undefined {
  const ms = instantOf(iso);
  return ms === undefined ? undefined : wallAt(ms, zone);
}

function luxonLocal(iso: string, zone: string): DateTime {
  return DateTime.fromISO(iso, { zone: 'utc' }).setZone(zone);
}

function zoneLabelWith(zone: string, abbreviation: () => string): string {
  const known = ZONE_LABELS[zone];
  if (known) return known;
  const city = zone.split('/').pop()?.replaceAll('_', ' ');
  const short = city ? abbreviation() : '';
  return city ? `${city} time${short ? ` (${short})` : ''}` : zone;
}

function abbreviationAt(at: string, zone: string, wall = wallOf(at, zone)): string {
  return wall ? wall.zoneName : DateTime.fromISO(at, { zone }).toFormat('ZZZZ');
}

export function zoneLabel(zone: string, at?: string): string {
  return zoneLabelWith(zone, () => (at ? abbreviationAt(at, zone) : ''));
}

export function isValidZone(zone: string): boolean {
  return DateTime.local().setZone(zone).isValid;
}

/** "Tue 23 Jan 2024" */
export function formatDate(isoDate: string): string {
  const wall = calendarDate(isoDate);
  return wall ? dateText(wall) : DateTime.fromISO(isoDate, { zone: 'utc' }).toFormat('ccc d LLL yyyy');
}

/** "Tue 23 Jan 2024, 09:00" in the zone, without the zone's name. */
export function formatDateTime(iso: string, zone: string): string {
  const wall = wallOf(iso, zone);
  return wall
    ? `${dateText(wall)}, ${clockText(wall)}`
    : luxonLocal(iso, zone).toFormat('ccc d LLL yyyy, HH:mm');
}

export function formatClock(iso: string, zone: string): string {
  const wall = wallOf(iso, zone);
  return wall ? clockText(wall) : luxonLocal(iso, zone).toFormat('HH:mm');
}

/** "Tue 23 Jan 2024, 09:00-12:30 Geneva time" (the end is dropped when unknown). */
export function formatSpan(start: string, end: string | undefined, zone: string): string {
  const from = formatDateTime(start, zone);
  if (!end) return `${from} ${zoneLabel(zone, start)}`;
  const sameDay = localDate(start, zone) === localDate(end, zone);
  const to = sameDay ? formatClock(end, zone) : formatDateTime(end, zone);
  return `${from}-${to} ${zoneLabel(zone, start)}`;
}

/** The calendar date of an instant in a zone. */
export function localDate(iso: string, zone: string): string {
  const wall = wallOf(iso, zone);
  return wall ? isoDateText(wall) : luxonLocal(iso, zone).toISODate()!;
}

// ---- Relative times: "in 3 hours", "2 days ago" ----------------------------------------------
// The wording luxon's toRelative gave: the largest unit of which at least one whole has passed,
// truncated; years, months and days counted on the calendar of the machine's zone (luxon's
// default), hours and below in elapsed time.

const ELAPSED_MS = { hours: 3_600_000, minutes: 60_000, seconds: 1_000 } as const;
type Unit = 'years' | 'months' | 'days' | keyof typeof ELAPSED_MS;
const UNITS: readonly Unit[] = ['years', 'months', 'days', 'hours', 'minutes', 'seconds'];

// One relative-time formatter per language tag: English (en-US) unless a reader's language asks.
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

function relativeFormatFor(tag: string): Intl.RelativeTimeFormat {
  let format = relativeFormats.get(tag);
  if (!format) {
    format = new Intl.RelativeTimeFormat(tag, { numeric: 'always' });
    relativeFormats.set(tag, format);
  }
  return format;
}
// Asking Intl for the machine's zone costs more than the rest of a relative time: asked once.
let machineZone: string | undefined;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A wall clock in the zone back to an instant, from a guessed offset (luxon's fixOffset). */
function instantFromWall(localMs: number, guessOffset: number, zone: string): number {
  let guess = localMs - guessOffset * 60_000;
  const second = offsetAt(guess, zone)!;
  if (second === guessOffset) return guess;
  guess -= (second - guessOffset) * 60_000;
  const third = offsetAt(guess, zone)!;
  if (second === third) return guess;
  return localMs - Math.min(second, third) * 60_000; // a wall time the clocks skipped
}

/**
 * Whole years, months or days from `earlier` to `later` on the zone's calendar: the most n such
 * that `earlier` plus n of them (day of month clamped, time of day kept) is not after `later`.
 * Undefined when the calendar runs backwards between them (a zone changing at midnight), left to
 * luxon. The fraction luxon adds to the count is below one, so the truncated count never sees it.
 */
function calendarCount(
  from: { ms: number; wall: Wall; offset: number },
  to: { ms: number; wall: Wall },
  unit: Unit,
  zone: string,
): number | undefined {
  const [a, b] = [from.wall, to.wall];
  let n =
    unit === 'years'
      ? b.year - a.year
      : unit === 'months'
        ? b.month - a.month + (b.year - a.year) * 12
        : Math.floor(
            (Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000,
          );
  if (n === 0) return 0; // `earlier` plus nothing is `earlier`, not after `later`
  const plus = (count: number) => {
    const year = a.year + (unit === 'years' ? count : 0);
    const month = a.month + (unit === 'months' ? count : 0);
    const day = Math.min(a.day, daysInMonth(year, month)) + (unit === 'days' ? count : 0);
    return instantFromWall(wallAsUtc({ ...a, year, month, day }), from.offset, zone);
  };
  if (plus(n) > to.ms) {
    n--;
    if (plus(n) > to.ms) n--;
  }
  return n < 0 ? undefined : n;
}

function relativeText(thisMs: number, baseMs: number, calendarZone: string, tag: string): string | undefined {
  const relativeFormat = relativeFormatFor(tag);
  const sign = baseMs > thisMs ? -1 : 1;
  const [earlier, later] = sign < 0 ? [thisMs, baseMs] : [baseMs, thisMs];
  // Both ends read once for the three calendar units.
  const a = wallAt(earlier, calendarZone);
  const b = wallAt(later, calendarZone);
  if (!a || !b) return undefined;
  const from = { ms: earlier, wall: a, offset: (wallAsUtc(a) - earlier) / 60_000 };
  const to = { ms: later, wall: b };
  for (const unit of UNITS) {
    const count =
      unit === 'hours' || unit === 'minutes' || unit === 'seconds'
        ? (later - earlier) / ELAPSED_MS[unit]
        : calendarCount(from, to, unit, calendarZone);
    if (count === undefined) return undefined;
    if (count >= 1) return relativeFormat.format(Math.trunc(sign * count), unit);
  }
  return relativeFormat.format(sign < 0 ? -0 : 0, 'seconds');
}

/**
 * Like formatRelative, with years, months and days counted on the calendar of `calendarZone`;
 * `tag` is the language ("3小时后", "dans 3 heures"), English by default.
 */
export function formatRelativeIn(iso: string, now: string, calendarZone: string, tag = 'en-US'): string {
  const at = instantOf(iso);
  const base = instantOf(now);
  const text = at === undefined || base === undefined ? undefined : relativeText(at, base, calendarZone, tag);
  if (text !== undefined) return text;
  const zone = { zone: calendarZone, locale: tag };
  return DateTime.fromISO(iso, zone).toRelative({ base: DateTime.fromISO(now, zone), locale: tag }) ?? '';
}

/** "in 3 hours", "2 days ago", measured from `now` (never from the machine's clock). */
export function formatRelative(iso: string, now: string, tag = 'en-US'): string {
  machineZone ??= systemZone();
  return formatRelativeIn(iso, now, machineZone, tag);
}

// ---- One message's times ----------------------------------------------------------------------

/**
 * The times of one message in one zone, each read once however many renderings show it (Slack's
 * `<!date^…>` tokens and the plain fallback of the same message, for instance).
 */
export interface TimeTexts {
  readonly zone: string;
  readonly now: string;
  /** The language they are written in: English here, another through i18n/time-texts-in.ts. */
  readonly locale: Locale;
  /** "Tue 23 Jan 2024, 09:00" */
  dateTime(iso: string): string;
  /** "09:00" */
  clock(iso: string): string;
  /** "Tue 23 Jan 2024": the instant's date in the zone. */
  date(iso: string): string;
  /** "2024-01-23" */
  localDate(iso: string): string;
  /** "New York time (EST)" at that instant. */
  zoneLabel(at: string): string;
  /** "in 3 hours", from `now`. */
  relative(iso: string): string;
}

export function timeTexts(zone: string, now: string): TimeTexts {
  const walls = new Map<string, Wall | undefined>();
  const relatives = new Map<string, string>();
  const wall = (iso: string) => {
    if (!walls.has(iso)) walls.set(iso, wallOf(iso, zone));
    return walls.get(iso);
  };
  const localDateOf = (iso: string) => {
    const w = wall(iso);
    return w ? isoDateText(w) : localDate(iso, zone);
  };
  return {
    zone,
    now,
    locale: 'en',
    dateTime(iso) {
      const w = wall(iso);
      return w ? `${dateText(w)}, ${clockText(w)}` : formatDateTime(iso, zone);
    },
    clock(iso) {
      const w = wall(iso);
      return w ? clockText(w) : formatClock(iso, zone);
    },
    date(iso) {
      const w = wall(iso);
      return w ? dateText(w) : formatDate(localDate(iso, zone));
    },
    localDate: localDateOf,
    zoneLabel: (at) => zoneLabelWith(zone, () => abbreviationAt(at, zone, wall(at))),
    relative(iso) {
      let text = relatives.get(iso);
      if (text === undefined) {
        text = formatRelative(iso, now);
        relatives.set(iso, text);
      }
      return text;
    },
  };
}
