import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { renderPlain } from '../../src/core/reply-text.ts';
import {
  formatClock,
  formatDate,
  formatDateTime,
  formatRelative,
  formatRelativeIn,
  formatSpan,
  localDate,
  timeTexts,
  zoneLabel,
} from '../../src/core/time-format.ts';

// time-format.ts reads times from cached Intl formatters instead of luxon (issue 15). luxon,
// formatting as the bot did before, is the oracle here: same text for every instant and zone.

const ZONES = [
  'Europe/Zurich',
  'UTC',
  'America/New_York',
  'America/Santiago', // daylight saving changes at midnight
  'Asia/Tokyo',
  'Asia/Kolkata', // half-hour offset
  'Australia/Lord_Howe', // half-hour daylight saving
  'Pacific/Chatham', // +12:45
  'Pacific/Kiritimati', // +14
  'America/St_Johns',
  'UTC+3', // luxon's own fixed-offset syntax, which Intl does not take
];

const before = {
  zoneLabel: (zone: string, at: string) => {
    const known: Record<string, string> = { 'Europe/Zurich': 'Geneva time', UTC: 'UTC', 'Etc/UTC': 'UTC' };
    if (known[zone]) return known[zone];
    const city = zone.split('/').pop()?.replaceAll('_', ' ');
    const abbreviation = DateTime.fromISO(at, { zone }).toFormat('ZZZZ');
    return city ? `${city} time${abbreviation ? ` (${abbreviation})` : ''}` : zone;
  },
  local: (iso: string, zone: string) => DateTime.fromISO(iso, { zone: 'utc' }).setZone(zone),
  relative: (iso: string, now: string, zone: string) =>
    DateTime.fromISO(iso, { zone }).toRelative({ base: DateTime.fromISO(now, { zone }) }) ?? '',
};

// Instants from 1990 to 2060, often on the quarter hour, sometimes to the millisecond.
const instant = fc
  .tuple(fc.integer({ min: 631_152_000, max: 2_840_140_800 }), fc.boolean(), fc.integer({ min: 0, max: 999 }))
  .map(([s, round, ms]) => new Date(round ? s * 1000 - ((s * 1000) % 900_000) : s * 1000 + ms).toISOString());
const offsetInstant = fc.tuple(instant, fc.constantFrom('+01:00', '-05:00', '+05:30', 'Z')).map(
  ([iso, offset]) =>
    DateTime.fromISO(iso)
      .setZone(offset === 'Z' ? 'utc' : `UTC${offset}`)
      .toISO()!,
);
const zone = fc.constantFrom(...ZONES);

describe('time formatting matches luxon', () => {
  it('for dates, times, clocks, spans and zone labels in any zone', () => {
    fc.assert(
      fc.property(offsetInstant, offsetInstant, zone, (start, end, z) => {
        expect(formatDateTime(start, z)).toBe(before.local(start, z).toFormat('ccc d LLL yyyy, HH:mm'));
        expect(formatClock(start, z)).toBe(before.local(start, z).toFormat('HH:mm'));
        expect(localDate(start, z)).toBe(before.local(start, z).toISODate());
        expect(formatDate(localDate(start, z))).toBe(
          DateTime.fromISO(localDate(start, z), { zone: 'utc' }).toFormat('ccc d LLL yyyy'),
        );
        expect(zoneLabel(z, start)).toBe(before.zoneLabel(z, start));
        const sameDay = before.local(start, z).hasSame(before.local(end, z), 'day');
        const to = sameDay
          ? before.local(end, z).toFormat('HH:mm')
          : before.local(end, z).toFormat('ccc d LLL yyyy, HH:mm');
        expect(formatSpan(start, end, z)).toBe(
          `${before.local(start, z).toFormat('ccc d LLL yyyy, HH:mm')}-${to} ${before.zoneLabel(z, start)}`,
        );
      }),
      { numRuns: 400 },
    );
  });

  it('for relative times, near and far, on any calendar', () => {
    const near = fc.integer({ min: -3 * 86_400_000, max: 3 * 86_400_000 });
    const far = fc.integer({ min: -800 * 86_400_000, max: 800 * 86_400_000 });
    fc.assert(
      fc.property(instant, fc.oneof(near, far), zone, (now, delta, z) => {
        const iso = new Date(Date.parse(now) + delta).toISOString();
        expect(formatRelativeIn(iso, now, z)).toBe(before.relative(iso, now, z));
      }),
      { numRuns: 600 },
    );
    expect(formatRelative('2024-01-22T08:00:00Z', '2024-01-20T10:00:00Z')).toBe(
      DateTime.fromISO('2024-01-22T08:00:00Z').toRelative({ base: DateTime.fromISO('2024-01-20T10:00:00Z') }),
    );
  });

  it('at the edges: equal instants, half a second, month ends, leap days, daylight saving', () => {
    const cases: [string, string, string][] = [
      ['2024-01-22T08:00:00.000Z', '2024-01-22T08:00:00.000Z', 'UTC'],
      ['2024-01-22T07:59:59.500Z', '2024-01-22T08:00:00.000Z', 'UTC'],
      ['2024-01-22T08:00:00.500Z', '2024-01-22T08:00:00.000Z', 'UTC'],
      ['2024-02-29T12:00:00.000Z', '2024-01-31T12:00:00.000Z', 'UTC'],
      ['2025-02-28T12:00:00.000Z', '2024-02-29T12:00:00.000Z', 'UTC'],
      ['2024-03-31T01:30:00.000Z', '2024-03-30T01:45:00.000Z', 'Europe/Zurich'],
      ['2024-10-27T01:30:00.000Z', '2024-10-26T00:45:00.000Z', 'Europe/Zurich'],
      ['2024-09-08T04:30:00.000Z', '2024-09-07T03:45:00.000Z', 'America/Santiago'],
    ];
    for (const [iso, now, z] of cases) {
      expect(formatRelativeIn(iso, now, z), `${iso} from ${now} in ${z}`).toBe(before.relative(iso, now, z));
      expect(formatRelativeIn(now, iso, z), `${now} from ${iso} in ${z}`).toBe(before.relative(now, iso, z));
    }
  });

  it('falls back to luxon for what the fast path does not read, with the same text', () => {
    expect(formatDateTime('2024-01-22T08:00:00', 'Europe/Zurich')).toBe('Mon 22 Jan 2024, 09:00');
    expect(formatDateTime('not a time', 'Europe/Zurich')).toBe('Invalid DateTime');
    expect(formatDate('2024-02-30')).toBe('Invalid DateTime');
    expect(formatClock('2024-01-22T08:00:00Z', 'UTC+3')).toBe('11:00');
    expect(formatRelative('soon', '2024-01-22T08:00:00Z')).toBe('');
  });
});

describe('one message, its times read once', () => {
  const reply = {
    blocks: [
      {
        kind: 'section' as const,
        lines: [
          [
            { time: '2024-01-22T08:00:00Z', end: '2024-01-22T11:30:00Z', style: 'date-time' as const },
            ' (',
            { time: '2024-01-22T08:00:00Z', style: 'relative' as const },
            ')',
          ],
          [{ time: '2024-01-23T08:00:00Z', style: 'date' as const }],
          [{ time: '2024-01-23T08:00:00Z', end: '2024-01-24T08:00:00Z', style: 'time' as const }],
        ],
      },
    ],
    ephemeral: false,
    zone: 'America/New_York',
  };
  const now = '2024-01-20T10:00:00Z';

  it('renders the same text with shared times as without', () => {
    const shared = timeTexts('America/New_York', now);
    const text = renderPlain(reply, now);
    expect(text).toBe(
      [
        'Mon 22 Jan 2024, 03:00-06:30 New York time (EST) (in 1 day)',
        'Tue 23 Jan 2024',
        '03:00-03:00 New York time (EST)',
      ].join('\n'),
    );
    expect(renderPlain(reply, now, 'America/New_York', shared)).toBe(text);
    // Rendering again from the same times gives the same text (nothing stale, nothing mixed up).
    expect(renderPlain(reply, now, 'America/New_York', shared)).toBe(text);
  });

  it('ignores shared times made for another zone or clock', () => {
    const other = timeTexts('Asia/Tokyo', now);
    expect(renderPlain(reply, now, 'America/New_York', other)).toBe(renderPlain(reply, now));
  });
});
