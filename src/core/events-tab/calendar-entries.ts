import type { AgendaItem } from '../agenda.ts';
import { englishQuote, message } from '../i18n/catalogue.ts';
import { isLocale, type Locale } from '../i18n/locales.ts';
import { itemTitleIn } from '../i18n/localized-parts.ts';
import type { Knowledge } from '../knowledge.ts';
import { sourcesOf } from '../upr-index.ts';

// Agenda items as entries of a chat's event calendar (Discord's Events tab): only items with a
// known start that is still ahead, each with a place, a start and an end, and its sources.
// Names and descriptions are in the calendar's language; places and sources stay as the data
// has them (names are names, and sources are never translated).

export interface CalendarEntry {
  /** The agenda item's stable key: records, moves and cancellations are keyed on it. */
  itemKey: string;
  name: string;
  location: string;
  start: string;
  end: string;
  description: string;
  /** Everything the entry says, in one string: when it differs from the synced one, update it. */
  fingerprint: string;
}

/** The calendar's own limits on each text, in characters. */
export interface CalendarLimits {
  name: number;
  location: number;
  description: number;
}

/** An item with no announced end is shown for an hour, as the iCalendar feed does. */
const DEFAULT_DURATION_MS = 60 * 60_000;

function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}

/** "https://webtv.un.org" → "UN Web TV"; another webcast by its host. */
function webcastName(url: string): string {
  const host = new URL(url).hostname.replace(/^www\./, '');
  return host === 'webtv.un.org' ? 'UN Web TV' : host;
}

/** "Palais des Nations, Room XX · UN Web TV": the building, the room, and where to watch. */
function locationOf(knowledge: Knowledge, item: AgendaItem): string {
  const { session } = knowledge.index;
  if (item.kind !== 'review' && item.kind !== 'adoption') return item.place ?? session.place.text;
  const building = session.place.text.split(',')[0]!.trim();
  // "Room XX (Room 20, the …)" → "Room XX": the name people use, the rest is detail.
  const room = session.place.room?.split(' (')[0]?.trim();
  const where = room ? `${building}, ${room}` : session.place.text;
  return session.webcast ? `${where} · ${webcastName(session.webcast.url)}` : where;
}

function descriptionOf(
  knowledge: Knowledge,
  item: AgendaItem,
  endKnown: boolean,
  max: number,
  locale: Locale,
): string {
  const head = message(locale, 'eventsTab.eventDescription', {
    status: item.timeStatus,
    endKnown: endKnown ? 'yes' : 'no',
    hasNote: item.note ? 'yes' : 'no',
    note: englishQuote(locale, item.note ?? ''),
  });
  const lines = [head];
  const sources = sourcesOf(knowledge.index, item.sources);
  if (sources.length) lines.push(message(locale, 'eventsTab.eventSources'));
  // Whole source lines only: a URL cut in half is worse than one source fewer.
  for (const source of sources) {
    const line = message(locale, 'eventsTab.eventSource', { title: source.title, url: source.url });
    if ([...[...lines, line].join('\n')].length > max) break;
    lines.push(line);
  }
  return clip(lines.join('\n'), max);
}

/** The entries for the given states (all when empty) whose start is after `now`, earliest first. */
export function calendarEntries(
  knowledge: Knowledge,
  options: { states: readonly string[]; now: string; limits: CalendarLimits; locale?: Locale },
): CalendarEntry[] {
  const { limits } = options;
  const now = Date.parse(options.now);
  const wanted = (item: AgendaItem) =>
    !options.states.length || item.states.some((s) => options.states.includes(s));
  return knowledge.agenda
    .filter((item) => item.start && Date.parse(item.start) > now && wanted(item))
    .sort((a, b) => Date.parse(a.start!) - Date.parse(b.start!))
    .map((item) => calendarEntryOf(knowledge, item, limits, options.locale));
}

/**
 * The language an entry was written in, read from its fingerprint: after an import, each event
 * is brought up to date in the language it was made in.
 */
export function fingerprintLocale(fingerprint: string): Locale {
  try {
    const parts: unknown = JSON.parse(fingerprint);
    const last = Array.isArray(parts) && parts.length > FINGERPRINT_FIELDS ? parts.at(-1) : undefined;
    return typeof last === 'string' && isLocale(last) ? last : 'en';
  } catch {
    return 'en';
  }
}

/** Name, location, start, end and description; a language other than English follows them. */
const FINGERPRINT_FIELDS = 5;

export function calendarEntryOf(
  knowledge: Knowledge,
  item: AgendaItem,
  limits: CalendarLimits,
  locale: Locale = 'en',
): CalendarEntry {
  const start = new Date(item.start!).toISOString();
  const end = new Date(item.end ?? Date.parse(start) + DEFAULT_DURATION_MS).toISOString();
  const name = message(locale, 'eventsTab.eventName', {
    title: itemTitleIn(knowledge.index, item, locale),
    status: item.timeStatus,
  });
  const entry = {
    itemKey: item.key,
    name: clip(name, limits.name),
    location: clip(locationOf(knowledge, item), limits.location),
    start,
    end,
    description: descriptionOf(knowledge, item, Boolean(item.end), limits.description, locale),
  };
  // English fingerprints are as they always were, so events synced before stay up to date.
  const said = [entry.name, entry.location, start, end, entry.description];
  return { ...entry, fingerprint: JSON.stringify(locale === 'en' ? said : [...said, locale]) };
}
