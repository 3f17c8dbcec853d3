import type { AgendaItem } from '../agenda.ts';
import type { Knowledge } from '../knowledge.ts';
import { localDate } from '../time-format.ts';
import { type PlannedReminder, type ToldItem, timingSig } from './reminder-planner.ts';
import { type ChangeKind, changeReply } from './reminder-text.ts';
import type { Subscription } from './subscription.ts';

// After an import, compare what a channel was told (from the ledger's sent rows) with the data
// as it is now. A notice is keyed on the new timing, so each change is told exactly once.

export interface ToldState {
  /** The latest timing the channel was told for each item. */
  items: Map<string, ToldItem>;
  /** Days (YYYY-MM-DD, channel zone) whose digest the channel received. */
  digestDays: Set<string>;
}

function isPast(sig: string, now: string, zone: string): boolean {
  const [date, start] = sig.split('|');
  if (start) return start <= now;
  return date ? date < localDate(now, zone) : false;
}

/** A timing signature (see `timingSig`) back as the date, start and end it was made of. */
function timingOf(sig: string): Pick<AgendaItem, 'date' | 'start' | 'end'> {
  const [date, start, end] = sig.split('|');
  return { ...(date ? { date } : {}), ...(start ? { start } : {}), ...(end ? { end } : {}) };
}

export function changeNotices(
  knowledge: Knowledge,
  sub: Subscription,
  told: ToldState,
  now: string,
): PlannedReminder[] {
  const byKey = new Map(knowledge.agenda.map((i) => [i.key, i]));
  const notices: PlannedReminder[] = [];
  const notice = (
    change: ChangeKind,
    key: string,
    title: string,
    item: AgendaItem | undefined,
    sig: string,
    was?: string,
  ) =>
    notices.push({
      key: `${sub.id}|change:${key}:${change === 'moved' ? sig : change}`,
      subscriptionId: sub.id,
      at: now,
      kind: 'change',
      leadMinutes: null,
      subject: title,
      reply: changeReply(knowledge.index, change, title, item, sub.zone, was ? timingOf(was) : undefined),
      ...(item?.start ? { relevantUntil: new Date(item.start).toISOString() } : {}),
      told: { [key]: { sig: change === 'cancelled' ? 'cancelled' : sig, title } },
    });

  for (const [key, was] of told.items) {
    const item = byKey.get(key);
    if (!item) {
      if (was.sig !== 'cancelled' && !isPast(was.sig, now, sub.zone))
        notice('cancelled', key, was.title, undefined, '');
      continue;
    }
    const sig = timingSig(item);
    if (sig !== was.sig && !isPast(sig, now, sub.zone))
      notice('moved', key, item.title, item, sig, was.sig === 'cancelled' ? undefined : was.sig);
  }
  for (const item of knowledge.agenda) {
    if (told.items.has(item.key)) continue;
    const day = item.start ? localDate(item.start, sub.zone) : item.date;
    const sig = timingSig(item);
    if (!day || !told.digestDays.has(day) || isPast(sig, now, sub.zone)) continue;
    if (sub.states.length && !item.states.some((s) => sub.states.includes(s))) continue;
    notice('added', item.key, item.title, item, sig);
  }
  return notices;
}
