// Where an instant falls on a zone's calendar and clock, read from one cached
// `Intl.DateTimeFormat` per zone. Creating a formatter costs tens of microseconds and using one a
// few; luxon made or looked one up on every call, and a reply shows many times (issue 15).

/** Shared between callers (wallAt remembers them): read, never change. */
export interface Wall {
  readonly year: number;
  /** 1 to 12 */
  readonly month: number;
  readonly day: number;
  /** 0 to 23 */
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
  /** 0 (Sunday) to 6 */
  readonly weekday: number;
  /** The zone's short name at that instant in English: "EST", "GMT+1". */
  readonly zoneName: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The zone's formatter, or undefined when Intl does not know the zone (luxon's "UTC+3", "local"). */
function formatterFor(zone: string): Intl.DateTimeFormat | undefined {
  let formatter = formatters.get(zone);
  if (formatter) return formatter;
  try {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      timeZoneName: 'short',
    });
  } catch {
    return undefined; // not cached: only real zones fill the map, whatever users type
  }
  formatters.set(zone, formatter);
  return formatter;
}

// What the formatter above writes in en-US: "01/22/2024, 09:00:00 GMT+1". Reading that string is
// three times faster than asking for its parts; anything else (another ICU's punctuation, a year
// before 1) is read from the parts.
const FORMATTED = /^(\d{2})\/(\d{2})\/(\d+), (\d{2}):(\d{2}):(\d{2}) (.+)$/;

function wallFromParts(formatter: Intl.DateTimeFormat, ms: number): Omit<Wall, 'millisecond' | 'weekday'> {
  const wall = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0, zoneName: '' };
  for (const part of formatter.formatToParts(ms)) {
    if (part.type === 'timeZoneName') wall.zoneName = part.value;
    else if (part.type in wall) (wall as Record<string, number | string>)[part.type] = Number(part.value);
  }
  return wall;
}

// UTC needs no formatter: a server's own zone, and so the calendar of relative times there.
const UTC_ZONES = new Set(['UTC', 'Etc/UTC', 'utc', 'Etc/GMT', 'GMT']);

function utcWall(ms: number): Wall {
  const date = new Date(ms);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
    millisecond: date.getUTCMilliseconds(),
    weekday: date.getUTCDay(),
    zoneName: 'UTC',
  };
}

/** A map that forgets its oldest entries past `limit`: memory stays bounded whatever comes in. */
class Recent<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly limit: number) {}
  get(key: string): V | undefined {
    return this.map.get(key);
  }
  set(key: string, value: V): V {
    if (this.map.size >= this.limit) this.map.delete(this.map.keys().next().value!);
    this.map.set(key, value);
    return value;
  }
}

// The same instants come back again and again: `now` for each part of a command, a session's
// agenda for each message that shows it. A read costs microseconds; a remembered one, a lookup.
const recentWalls = new Recent<Wall>(4096);

/** The instant's wall clock in `zone`, or undefined for a zone Intl does not know. */
export function wallAt(ms: number, zone: string): Wall | undefined {
  if (UTC_ZONES.has(zone)) return utcWall(ms);
  const key = `${zone} ${ms}`;
  return recentWalls.get(key) ?? readWall(ms, zone, key);
}

function readWall(ms: number, zone: string, key: string): Wall | undefined {
  const formatter = formatterFor(zone);
  if (!formatter) return undefined;
  const match = FORMATTED.exec(formatter.format(ms));
  const read = match
    ? {
        month: Number(match[1]),
        day: Number(match[2]),
        year: Number(match[3]),
        hour: Number(match[4]),
        minute: Number(match[5]),
        second: Number(match[6]),
        zoneName: match[7]!,
      }
    : wallFromParts(formatter, ms);
  return recentWalls.set(key, {
    ...read,
    hour: read.hour % 24, // some ICU versions say 24 at midnight
    millisecond: ((ms % 1000) + 1000) % 1000,
    weekday: new Date(Date.UTC(read.year, read.month - 1, read.day)).getUTCDay(),
  });
}

/** The wall clock read as if it were UTC: what calendar arithmetic works on. */
export function wallAsUtc(wall: Omit<Wall, 'weekday' | 'zoneName'>): number {
  const ms = Date.UTC(
    wall.year,
    wall.month - 1,
    wall.day,
    wall.hour,
    wall.minute,
    wall.second,
    wall.millisecond,
  );
  if (wall.year >= 0 && wall.year < 100) {
    // Date.UTC reads years 0-99 as 1900-1999.
    const date = new Date(ms);
    date.setUTCFullYear(wall.year, wall.month - 1, wall.day);
    return date.getTime();
  }
  return ms;
}

/** The zone's offset from UTC at an instant, in minutes. */
export function offsetAt(ms: number, zone: string): number | undefined {
  const wall = wallAt(ms, zone);
  if (!wall) return undefined;
  const whole = ms - wall.millisecond;
  return (wallAsUtc({ ...wall, millisecond: 0 }) - whole) / 60_000;
}

/** The machine's zone, which luxon used for instants parsed without one. */
export function systemZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date `yyyy-mm-dd` as a wall clock at midnight, or undefined if it is no real date. */
export function calendarDate(text: string): Wall | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1000 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return {
    year,
    month,
    day,
    hour: 0,
    minute: 0,
    second: 0,
    millisecond: 0,
    weekday: date.getUTCDay(),
    zoneName: 'UTC',
  };
}

// An instant with its offset (what the data and the clock produce); anything else is left to luxon.
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

const recentInstants = new Recent<number | undefined>(4096);

/** Milliseconds since the epoch of an ISO-8601 instant with an offset, or undefined. */
export function instantOf(iso: string): number | undefined {
  const known = recentInstants.get(iso);
  return known !== undefined ? known : recentInstants.set(iso, parseInstant(iso));
}

function parseInstant(iso: string): number | undefined {
  const match = INSTANT.exec(iso);
  if (!match || !calendarDate(`${match[1]}-${match[2]}-${match[3]}`)) return undefined;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? undefined : ms;
}
