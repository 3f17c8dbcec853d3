import { DateTime } from 'luxon';

// Every time the bot shows goes through here: one place decides the wording and the zone label.

const ZONE_LABELS: Record<string, string> = {
  'Europe/Zurich': 'Geneva time',
  UTC: 'UTC',
  'Etc/UTC': 'UTC',
};

export function zoneLabel(zone: string, at?: string): string {
  const known = ZONE_LABELS[zone];
  if (known) return known;
  const city = zone.split('/').pop()?.replaceAll('_', ' ');
  const abbreviation = at ? DateTime.fromISO(at, { zone }).toFormat('ZZZZ') : '';
  return city ? `${city} time${abbreviation ? ` (${abbreviation})` : ''}` : zone;
}

export function isValidZone(zone: string): boolean {
  return DateTime.local().setZone(zone).isValid;
}

function local(iso: string, zone: string): DateTime {
  return DateTime.fromISO(iso, { zone: 'utc' }).setZone(zone);
}

/** "Tue 23 Jan 2024" */
export function formatDate(isoDate: string): string {
  return DateTime.fromISO(isoDate, { zone: 'utc' }).toFormat('ccc d LLL yyyy');
}

/** "Tue 23 Jan 2024, 09:00" in the zone, without the zone's name. */
export function formatDateTime(iso: string, zone: string): string {
  return local(iso, zone).toFormat('ccc d LLL yyyy, HH:mm');
}

export function formatClock(iso: string, zone: string): string {
  return local(iso, zone).toFormat('HH:mm');
}

/** "Tue 23 Jan 2024, 09:00-12:30 Geneva time" (the end is dropped when unknown). */
export function formatSpan(start: string, end: string | undefined, zone: string): string {
  const from = formatDateTime(start, zone);
  if (!end) return `${from} ${zoneLabel(zone, start)}`;
  const sameDay = local(start, zone).hasSame(local(end, zone), 'day');
  const to = sameDay ? formatClock(end, zone) : formatDateTime(end, zone);
  return `${from}-${to} ${zoneLabel(zone, start)}`;
}

/** "in 3 hours", "2 days ago", measured from `now` (never from the machine's clock). */
export function formatRelative(iso: string, now: string): string {
  return DateTime.fromISO(iso).toRelative({ base: DateTime.fromISO(now) }) ?? '';
}

/** The calendar date of an instant in a zone. */
export function localDate(iso: string, zone: string): string {
  return local(iso, zone).toISODate()!;
}
