import { describe, expect, it } from 'vitest';
import { agendaItems, itemsBetween } from '../../src/core/agenda.ts';
import { renderPlain } from '../../src/core/reply-text.ts';
import { formatSpan, localDate, zoneLabel } from '../../src/core/time-format.ts';
import { indexDataSet } from '../../src/core/upr-index.ts';
import { builtInData, testCore } from '../support/built-in.ts';

describe('time zones', () => {
  it('shows Geneva in January as CET, UTC+1', () => {
    expect(formatSpan('2024-01-23T08:00:00Z', '2024-01-23T11:30:00Z', 'Europe/Zurich')).toBe(
      'Tue 23 Jan 2024, 09:00-12:30 Geneva time',
    );
  });

  it("shows China's review in the reader's zone when the reader has one", async () => {
    const { ask } = testCore();
    const { text } = await ask('review China', '2024-01-20T00:00:00Z', { zone: 'America/New_York' });
    expect(text).toContain('Tue 23 Jan 2024, 03:00-06:30 New York time (EST)');
    const tokyo = await ask('review China', '2024-01-20T00:00:00Z', { zone: 'Asia/Tokyo' });
    expect(tokyo.text).toContain('Tue 23 Jan 2024, 17:00-20:30 Tokyo time');
  });

  it('keeps a 09:00 Geneva slot at 09:00 on both sides of the spring daylight-saving change', () => {
    // Switzerland moved to CEST on Sunday 31 March 2024 at 02:00.
    const data = builtInData();
    const session = data.sessions[0]!;
    session.window = { ...session.window, start: '2024-03-29', end: '2024-04-02' };
    const [first, second] = data.reviews;
    first!.when = {
      date: '2024-03-29',
      start: '2024-03-29T08:00:00Z',
      end: '2024-03-29T11:30:00Z',
      status: 'confirmed',
      sources: [],
    };
    second!.when = {
      date: '2024-04-02',
      start: '2024-04-02T07:00:00Z',
      end: '2024-04-02T10:30:00Z',
      status: 'confirmed',
      sources: [],
    };
    data.reviews = [first!, second!];
    data.events = [];
    const items = agendaItems(indexDataSet(data));
    const reply = {
      blocks: [
        {
          kind: 'section' as const,
          lines: items
            .filter((i) => i.kind === 'review')
            .map((i) => [{ time: i.start!, end: i.end!, style: 'date-time' as const }]),
        },
      ],
      ephemeral: false,
      zone: 'Europe/Zurich',
    };
    expect(renderPlain(reply, '2024-03-01T00:00:00Z')).toBe(
      'Fri 29 Mar 2024, 09:00-12:30 Geneva time\nTue 2 Apr 2024, 09:00-12:30 Geneva time',
    );
    expect(itemsBetween(items, '2024-03-31', '2024-03-31')).toEqual([]);
  });

  it('puts a late-evening UTC instant on the next Geneva day', () => {
    expect(localDate('2024-01-22T23:30:00Z', 'Europe/Zurich')).toBe('2024-01-23');
  });

  it('labels zones by city and abbreviation', () => {
    expect(zoneLabel('Europe/Zurich')).toBe('Geneva time');
    expect(zoneLabel('America/New_York', '2024-07-01T00:00:00Z')).toBe('New York time (EDT)');
  });
});
