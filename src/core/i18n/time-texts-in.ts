import { DateTime } from 'luxon';
import { formatRelative, localDate, type TimeTexts, timeTexts } from '../time-format.ts';
import { instantOf } from '../wall-clock.ts';
import { INTL_TAG, type Locale } from './locales.ts';

// The times of a plain-text message (the terminal, Slack's fallback text) in the reader's
// language: dates, clocks, zone names and relative times through Intl in that language
// ("2024年1月23日星期二 09:00", "mardi 23 janvier 2024 à 09:00", "hora de Europa central").
// English is time-format.ts's own wording, unchanged.

// Dates as the catalogue's own `day` format writes them, so that one reply reads one way.
const DATE: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };
const CLOCK: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
const SHAPES = {
  date: DATE,
  dateTime: { ...DATE, ...CLOCK },
  clock: CLOCK,
  zone: { timeZoneName: 'longGeneric' },
  zoneShort: { timeZoneName: 'short' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;
type Shape = keyof typeof SHAPES;

// Zones Intl would call "Coordinated Universal Time" or "GMT": the bot says UTC in every language.
const UTC_ZONES = new Set(['UTC', 'Etc/UTC', 'utc', 'Etc/GMT', 'GMT']);

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Building an Intl formatter costs more than using it: one per language, zone and shape, kept. */
export function formatterFor(locale: Locale, zone: string, shape: Shape): Intl.DateTimeFormat {
  const key = `${locale} ${zone} ${shape}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(INTL_TAG[locale], { ...SHAPES[shape], timeZone: zone });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** Whether Intl knows the zone ("UTC+3" is luxon's alone): otherwise the English wording stays. */
function intlKnows(zone: string): boolean {
  try {
    formatterFor('en', zone, 'clock');
    return true;
  } catch {
    return false;
  }
}

/** The zone's name in the language: "中欧时间", "heure d’Europe centrale"; UTC stays UTC. */
export function zoneNameIn(zone: string, locale: Locale, at: number): string {
  if (UTC_ZONES.has(zone)) return 'UTC';
  const parts = formatterFor(locale, zone, 'zone').formatToParts(at);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? zone;
}

/** An instant as time-format.ts reads it: one without an offset is UTC, as luxon reads it there. */
function msOf(iso: string): number {
  return instantOf(iso) ?? DateTime.fromISO(iso, { zone: 'utc' }).toMillis();
}

/** One message's times in `locale`, each read once however many renderings show it. */
export function timeTextsIn(zone: string, now: string, locale: Locale | undefined): TimeTexts {
  if (!locale || locale === 'en') return timeTexts(zone, now);
  // A zone only luxon reads ("UTC+3") keeps the English wording of its times, in a reply that
  // stays in its language otherwise.
  if (!intlKnows(zone)) return { ...timeTexts(zone, now), locale };
  const texts = new Map<string, string>();
  const once = (key: string, make: () => string) => {
    let text = texts.get(key);
    if (text === undefined) {
      text = make();
      texts.set(key, text);
    }
    return text;
  };
  const shown = (shape: Shape) => (iso: string) =>
    once(`${shape} ${iso}`, () => formatterFor(locale, zone, shape).format(msOf(iso)));
  return {
    zone,
    now,
    locale,
    dateTime: shown('dateTime'),
    clock: shown('clock'),
    date: shown('date'),
    localDate: (iso) => localDate(iso, zone),
    zoneLabel: (at) => once(`zone ${at}`, () => zoneNameIn(zone, locale, msOf(at))),
    relative: (iso) => once(`relative ${iso}`, () => formatRelative(iso, now, INTL_TAG[locale])),
  };
}
