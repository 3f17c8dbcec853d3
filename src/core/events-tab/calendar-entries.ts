import type { AgendaItem } from '../agenda.ts';
import type { Knowledge } from '../knowledge.ts';
import { provisional } from '../reply-parts.ts';
import { sourcesOf } from '../upr-index.ts';

// Agenda items as entries of a chat's event calendar (Discord's Events tab): only items with a
// known start that is still ahead, each with a place, a start and an end, and its sources.

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

function descriptionOf(knowledge: Knowledge, item: AgendaItem, endKnown: boolean, max: number): string {
  const head = [
    `Time${provisional(item.timeStatus) || ' confirmed'}.${endKnown ? '' : ' End not announced.'}`,
    ...(item.note ? [item.note] : []),
  ].join(' ');
  const lines = [head];
  const sources = sourcesOf(knowledge.index, item.sources);
  if (sources.length) lines.push('Sources:');
  // Whole source lines only: a URL cut in half is worse than one source fewer.
  for (const source of sources) {
    const line = `${source.title}: ${source.url}`;
    if ([...[...lines, line].join('\n')].length > max) break;
    lines.push(line);
  }
  return clip(lines.join('\n'), max);
}

/** The entries for the given states (all when empty) whose start is after `now`, earliest first. */
export function calendarEntries(
  knowledge: Knowledge,
  options: { states: readonly string[]; now: string; limits: CalendarLimits },
): CalendarEntry[] {
  const { limits } = options;
  const now = Date.parse(options.now);
  const wanted = (item: AgendaItem) =>
    !options.states.length || item.states.some((s) => options.states.includes(s));
  return knowledge.agenda
    .filter((item) => item.start && Date.parse(item.start) > now && wanted(item))
    .sort((a, b) => Date.parse(a.start!) - Date.parse(b.start!))
    .map((item) => calendarEntryOf(knowledge, item, limits));
}

export function calendarEntryOf(
  knowledge: Knowledge,
  item: AgendaItem,
  limits: CalendarLimits,
): CalendarEntry {
  const start = new Date(item.start!).toISOString();
  const end = new Date(item.end ?? Date.parse(start) + DEFAULT_DURATION_MS).toISOString();
  const entry = {
    itemKey: item.key,
    name: clip(`${item.title}${provisional(item.timeStatus)}`, limits.name),
    location: clip(locationOf(knowledge, item), limits.location),
    start,
    end,
    description: descriptionOf(knowledge, item, Boolean(item.end), limits.description),
  };
  return {
    ...entry,
    fingerprint: JSON.stringify([entry.name, entry.location, start, end, entry.description]),
  };
}
