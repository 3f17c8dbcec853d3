import type { AgendaItem } from '../agenda.ts';
import type { Locale } from '../i18n/locales.ts';
import type { Knowledge } from '../knowledge.ts';
import type { Reply } from '../reply.ts';
import { localDate } from '../time-format.ts';
import { matchesStates, type TemplateReminder, timingSig } from './reminder-planner.ts';
import { type ChangeKind, changeReply } from './reminder-text.ts';
import type { SubscriptionSettings } from './subscription.ts';

// After an import, compare what a settings group's released reminders told (each item's timing)
// with the data as it is now. This decides, once per group, which notices exist and who may need
// one; which channel gets it is the ledger's question (its latest told timing, in SQL), so that
// a notice is told once per channel however many channels share the settings.

/** What a group's released reminders told, gathered from the ledger. */
export interface GroupTold {
  /** Per item: every timing (`timingSig`) its reminders told, and its title. */
  items: Map<string, { sigs: Set<string>; title: string }>;
  /** Per day (YYYY-MM-DD, group zone) whose digest was released: its reminder keys and the items it listed. */
  digests: Map<string, { reminderKeys: string[]; items: Set<string> }>;
}

/** Which channels of the group a notice is for. */
export type ChangeAudience =
  /** Channels whose latest told timing of the item is one of these. */
  | { kind: 'told'; sigs: string[] }
  /** Channels sent one of these digests that were never told about the item. */
  | { kind: 'digest'; reminderKeys: string[] };

export interface ChangeNoticeSpec {
  change: ChangeKind;
  itemKey: string;
  title: string;
  /** A moved item: the timing these channels were told before (`timingSig`), shown as "Was:". */
  was?: string;
}

export interface ChangeNotice extends TemplateReminder {
  spec: ChangeNoticeSpec;
  audience: ChangeAudience;
}

export function emptyTold(): GroupTold {
  return { items: new Map(), digests: new Map() };
}

/** A timing signature (see `timingSig`) back as the date, start and end it was made of. */
function timingOf(sig: string): Pick<AgendaItem, 'date' | 'start' | 'end'> {
  const [date, start, end] = sig.split('|');
  return { ...(date ? { date } : {}), ...(start ? { start } : {}), ...(end ? { end } : {}) };
}

function isPast(sig: string, now: string, zone: string): boolean {
  const [date, start] = sig.split('|');
  if (start) return start <= now;
  return date ? date < localDate(now, zone) : false;
}

/** The words of a notice, from its spec and the item as the data has it now. */
export function changeNoticeReply(
  knowledge: Knowledge,
  spec: ChangeNoticeSpec,
  zone: string,
  locale: Locale = 'en',
): Reply {
  const item = knowledge.agenda.find((i) => i.key === spec.itemKey);
  const was = spec.was ? timingOf(spec.was) : undefined;
  return changeReply(knowledge.index, spec.change, spec.title, item, zone, was, locale);
}

export function changeNotices(
  knowledge: Knowledge,
  settings: SubscriptionSettings,
  told: GroupTold,
  now: string,
): ChangeNotice[] {
  // Nothing told yet (a new group, or the first plan): nothing can have changed.
  if (!told.items.size && !told.digests.size) return [];
  const zone = settings.zone;
  const byKey = new Map(knowledge.agenda.map((i) => [i.key, i]));
  const notices: ChangeNotice[] = [];
  const notice = (
    change: ChangeKind,
    itemKey: string,
    title: string,
    item: AgendaItem | undefined,
    sig: string,
    audience: ChangeAudience,
    was?: string,
  ) => {
    const spec: ChangeNoticeSpec = { change, itemKey, title, ...(was ? { was } : {}) };
    const toSig = change === 'cancelled' ? 'cancelled' : sig;
    notices.push({
      // The instant makes each notice its own row; who still needs it is the audience's question.
      key: `change:${itemKey}:${change === 'moved' ? `${sig}<${was ?? ''}` : change}@${now}`,
      at: now,
      kind: 'change',
      leadMinutes: null,
      subject: title,
      reply: changeNoticeReply(knowledge, spec, zone, settings.lang),
      ...(item?.start ? { relevantUntil: new Date(item.start).toISOString() } : {}),
      told: { [itemKey]: { sig: toSig, title } },
      spec,
      audience,
    });
  };

  for (const [key, was] of told.items) {
    const item = byKey.get(key);
    if (!item) {
      const fresh = [...was.sigs].filter((s) => s !== 'cancelled' && !isPast(s, now, zone));
      if (fresh.length) notice('cancelled', key, was.title, undefined, '', { kind: 'told', sigs: fresh });
      continue;
    }
    const sig = timingSig(item);
    if (isPast(sig, now, zone)) continue;
    // One notice per timing the channels were told, so that each says what it was for them.
    for (const old of was.sigs) {
      if (old === sig) continue;
      notice(
        'moved',
        key,
        item.title,
        item,
        sig,
        { kind: 'told', sigs: [old] },
        old === 'cancelled' ? undefined : old,
      );
    }
  }
  for (const item of told.digests.size ? knowledge.agenda : []) {
    const day = item.start ? localDate(item.start, zone) : item.date;
    const digest = day ? told.digests.get(day) : undefined;
    if (!digest || digest.items.has(item.key)) continue;
    const sig = timingSig(item);
    if (isPast(sig, now, zone) || !matchesStates(settings, item.states)) continue;
    notice('added', item.key, item.title, item, sig, { kind: 'digest', reminderKeys: digest.reminderKeys });
  }
  return notices;
}
