import type { ScheduledEventRecord } from '../chat-adapter.ts';
import type { Locale } from '../i18n/locales.ts';
import type { Knowledge } from '../knowledge.ts';
import {
  type CalendarEntry,
  type CalendarLimits,
  calendarEntries,
  calendarEntryOf,
  fingerprintLocale,
} from './calendar-entries.ts';

// What a sync of the Events tab must do, decided from the data and the records of the events
// the bot made: create what is new, move what changed, cancel what was removed or lost its
// time. Events of items already past are left as Discord shows them.

/** Why an event is cancelled: its item left the timetable, or its time is no longer announced. */
export type CancelReason = 'removed' | 'untimed';

export interface EventsTabPlan {
  create: CalendarEntry[];
  update: { entry: CalendarEntry; record: ScheduledEventRecord }[];
  cancel: { record: ScheduledEventRecord; why: CancelReason }[];
  unchanged: number;
  /** Entries that did not fit under the server's limit on scheduled events. */
  leftOut: CalendarEntry[];
}

export function planEventsTab(
  knowledge: Knowledge,
  records: readonly ScheduledEventRecord[],
  options: {
    /** States to add (empty: every state); absent: only follow the events already made. */
    add?: readonly string[];
    now: string;
    limits: CalendarLimits;
    /** How many more scheduled events the server takes. */
    room: number;
    /** The server's language for what it adds and updates; absent: each event keeps its own. */
    locale?: Locale;
  },
): EventsTabPlan {
  const plan: EventsTabPlan = { create: [], update: [], cancel: [], unchanged: 0, leftOut: [] };
  const items = new Map(knowledge.agenda.map((i) => [i.key, i]));
  const now = Date.parse(options.now);
  for (const record of records) {
    const item = items.get(record.itemKey);
    if (!item) {
      plan.cancel.push({ record, why: 'removed' });
    } else if (!item.start) {
      plan.cancel.push({ record, why: 'untimed' });
    } else if (Date.parse(item.start) > now) {
      const locale = options.locale ?? fingerprintLocale(record.fingerprint);
      const entry = calendarEntryOf(knowledge, item, options.limits, locale);
      if (entry.fingerprint === record.fingerprint) plan.unchanged++;
      else plan.update.push({ entry, record });
    }
  }
  if (options.add) {
    const made = new Set(records.map((r) => r.itemKey));
    const fresh = calendarEntries(knowledge, {
      states: options.add,
      now: options.now,
      limits: options.limits,
      ...(options.locale ? { locale: options.locale } : {}),
    })
      // A record for an item now past is kept as it is, not made again.
      .filter((e) => !made.has(e.itemKey));
    // Cancelled events no longer count against the limit.
    const room = Math.max(0, options.room + plan.cancel.length);
    plan.create = fresh.slice(0, room);
    plan.leftOut = fresh.slice(room);
  }
  return plan;
}
