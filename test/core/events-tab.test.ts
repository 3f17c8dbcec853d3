import { describe, expect, it } from 'vitest';
import type { ScheduledEventRecord } from '../../src/core/chat-adapter.ts';
import { calendarEntries, fingerprintLocale } from '../../src/core/events-tab/calendar-entries.ts';
import { calendarLocale } from '../../src/core/events-tab/calendar-language.ts';
import { planEventsTab } from '../../src/core/events-tab/events-tab-plan.ts';
import { buildKnowledge } from '../../src/core/knowledge.ts';
import { builtInData } from '../support/built-in.ts';

// What the Events tab should hold, decided without Discord: timed items ahead, within the
// calendar's limits, and what a sync must create, move, cancel or leave out.

const knowledge = buildKnowledge(builtInData());
const limits = { name: 100, location: 100, description: 1000 };
const NOW = '2024-01-20T10:00:00Z';

describe('calendar entries for the Events tab', () => {
  it('takes the items with a known start ahead, earliest first, with an end even when none is announced', () => {
    const entries = calendarEntries(knowledge, { states: [], now: NOW, limits });
    expect(entries.map((e) => e.itemKey)).toHaveLength(8);
    expect(entries.map((e) => e.start)).toEqual([...entries.map((e) => e.start)].sort());
    for (const e of entries) expect(Date.parse(e.end)).toBeGreaterThan(Date.parse(e.start));
    const data = builtInData();
    const protest = data.events.find((e) => e.when.start)!;
    delete protest.when.end;
    const [open] = calendarEntries(buildKnowledge(data), {
      states: ['CHN'],
      now: '2024-01-23T09:00:00Z',
      limits,
    });
    expect(open!.description).toContain('End not announced.');
    expect(Date.parse(open!.end) - Date.parse(open!.start)).toBe(60 * 60_000);
    expect(calendarEntries(knowledge, { states: [], now: '2024-01-31T12:00:00Z', limits })).toEqual([]);
  });

  it('keeps within tight limits, cutting whole source lines before clipping', () => {
    const tight = { name: 12, location: 10, description: 120 };
    const [review] = calendarEntries(knowledge, { states: ['CHN'], now: NOW, limits: tight });
    expect([...review!.name]).toHaveLength(12);
    expect(review!.name.endsWith('…')).toBe(true);
    expect([...review!.location].length).toBeLessThanOrEqual(10);
    expect([...review!.description].length).toBeLessThanOrEqual(120);
    expect(review!.description).not.toMatch(/https?:\/\/\S*…/);
  });
});

const record = (itemKey: string, fingerprint: string): ScheduledEventRecord => ({
  guildId: 'G',
  itemKey,
  eventId: `ev-${itemKey}`,
  fingerprint,
  syncedAt: NOW,
});

describe('planning a sync', () => {
  it('creates what is new, moves what changed, cancels what is gone, and fits the rest under the limit', () => {
    const [first, second] = calendarEntries(knowledge, { states: [], now: NOW, limits });
    const plan = planEventsTab(
      knowledge,
      [
        record(first!.itemKey, first!.fingerprint),
        record(second!.itemKey, 'older'),
        record('review:gone', 'x'),
      ],
      { add: [], now: NOW, limits, room: 2 },
    );
    expect(plan.unchanged).toBe(1);
    expect(plan.update.map((u) => u.entry.itemKey)).toEqual([second!.itemKey]);
    expect(plan.cancel.map((c) => [c.record.itemKey, c.why])).toEqual([['review:gone', 'removed']]);
    // Room for two, and the cancelled event frees one more.
    expect(plan.create).toHaveLength(3);
    expect(plan.leftOut).toHaveLength(3);
  });

  it('without states to add, only follows the events already made', () => {
    const plan = planEventsTab(knowledge, [], { now: NOW, limits, room: 100 });
    expect(plan).toEqual({ create: [], update: [], cancel: [], unchanged: 0, leftOut: [] });
  });
});

describe("the Events tab's language", () => {
  it("is the server's preferred language, else the syncing admin's, else English", () => {
    expect(calendarLocale({ server: 'zh-CN', admin: 'fr' })).toBe('zh');
    // en-US is what Discord gives every server that chose nothing: the admin decides.
    expect(calendarLocale({ server: 'en-US', admin: 'es-ES' })).toBe('es');
    expect(calendarLocale({ server: 'en-GB', admin: 'es-ES' })).toBe('en');
    expect(calendarLocale({ server: 'de', admin: 'fr' })).toBe('fr');
    expect(calendarLocale({ server: 'de', admin: 'ja' })).toBe('en');
    expect(calendarLocale({ server: null, admin: null })).toBe('en');
  });

  it('is kept in the fingerprint, English fingerprints as they were, so a later move keeps it', () => {
    const [english] = calendarEntries(knowledge, { states: ['CHN'], now: NOW, limits });
    const [french] = calendarEntries(knowledge, { states: ['CHN'], now: NOW, limits, locale: 'fr' });
    expect(JSON.parse(english!.fingerprint)).toHaveLength(5);
    expect(fingerprintLocale(english!.fingerprint)).toBe('en');
    expect(fingerprintLocale(french!.fingerprint)).toBe('fr');
    expect(fingerprintLocale('not json')).toBe('en');
    // Following an import, a French event is compared in French: unchanged, not rewritten in English.
    const plan = planEventsTab(knowledge, [record(french!.itemKey, french!.fingerprint)], {
      now: NOW,
      limits,
      room: 0,
    });
    expect(plan.unchanged).toBe(1);
    expect(plan.update).toEqual([]);
  });
});
