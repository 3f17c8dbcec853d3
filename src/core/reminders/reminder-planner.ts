import { DateTime } from 'luxon';
import type { AgendaItem } from '../agenda.ts';
import type { Knowledge } from '../knowledge.ts';
import type { Reply } from '../reply.ts';
import { localDate } from '../time-format.ts';
import { stateName } from '../upr-index.ts';
import {
  digestReply,
  itemReminderReply,
  type UpdateToSend,
  updateReply,
  windowReply,
} from './reminder-text.ts';
import { settingsKey } from './settings-key.ts';
import {
  DEFAULT_LEADS,
  type Subscription,
  type SubscriptionKind,
  type SubscriptionSettings,
} from './subscription.ts';

// The pure heart of reminders: (data, subscriptions, window) → what is due when. Everything is
// planned as UTC instants, so a daylight-saving change cannot shift or double anything; only the
// digest's "08:00 in the channel's zone" is a local time, converted once per day.

export type ReminderKind =
  | 'window'
  | 'digest'
  | 'review'
  | 'adoption'
  | 'side-event'
  | 'update'
  | 'change'
  | 'personal';

export interface PlannedReminder {
  /** Stable per (subscription, item, lead): the ledger's rows are keyed on it. */
  key: string;
  /** null for a personal reminder, which goes to a user by direct message. */
  subscriptionId: string | null;
  /** ISO-8601 UTC. */
  at: string;
  kind: ReminderKind;
  leadMinutes: number | null;
  subject: string;
  reply: Reply;
  /** When what it announces begins: a late reminder is pointless after this. */
  relevantUntil?: string;
  /** The items this reminder tells the channel about, with their timing, for change notices. */
  told: Record<string, ToldItem>;
}

/** A reminder planned once for every subscription with the same settings (keys carry no channel). */
export type TemplateReminder = Omit<PlannedReminder, 'subscriptionId'>;

/** A reminder's key within its plan, with its instant: a moved reminder is another row, so a sent one is never resent. */
export function templateKey(reminder: Pick<TemplateReminder, 'key' | 'at'>): string {
  return `${reminder.key}@${reminder.at}`;
}

export interface ToldItem {
  sig: string;
  title: string;
}

export interface PlanWindow {
  from?: string;
  to?: string;
}

export const DIGEST_HOUR = 8;

/** What a channel was told about an item's timing, compared after each import. */
export function timingSig(item: Pick<AgendaItem, 'date' | 'start' | 'end'>): string {
  return [item.date ?? '', item.start ?? '', item.end ?? ''].join('|');
}

function toldOf(items: readonly AgendaItem[]): Record<string, ToldItem> {
  return Object.fromEntries(items.map((i) => [i.key, { sig: timingSig(i), title: i.title }]));
}

/** One spelling of instants (`2024-01-22T07:00:00.000Z`) so that they compare as strings. */
function utc(at: DateTime | string): string {
  return new Date(typeof at === 'string' ? at : at.toMillis()).toISOString();
}

function minus(iso: string, minutes: number): string {
  return new Date(Date.parse(iso) - minutes * 60_000).toISOString();
}

// Zone conversions (Intl, under luxon) were most of the cost of planning, and every subscription
// asks the same few (date, zone) questions: the answers are pure, so they are remembered.
const zoneAnswers = new Map<string, string>();
function remembered(key: string, compute: () => string): string {
  let answer = zoneAnswers.get(key);
  if (answer === undefined) {
    if (zoneAnswers.size >= 50_000) zoneAnswers.clear();
    answer = compute();
    zoneAnswers.set(key, answer);
  }
  return answer;
}

/** 08:00 on a calendar date in a zone, as a UTC instant. */
export function localMorning(date: string, zone: string, hour = DIGEST_HOUR): string {
  return remembered(`morning|${date}|${zone}|${hour}`, () =>
    utc(DateTime.fromISO(date, { zone }).set({ hour })),
  );
}

/** The midnight that ends a calendar date in a zone, as a UTC instant. */
function localDayEnd(date: string, zone: string): string {
  return remembered(`end|${date}|${zone}`, () => utc(DateTime.fromISO(date, { zone }).plus({ days: 1 })));
}

/** The calendar dates from `start` to `end` inclusive, worked out once per session. */
const sessionDates = new Map<string, string[]>();
function datesFrom(start: string, end: string): string[] {
  const key = `${start}|${end}`;
  let dates = sessionDates.get(key);
  if (!dates) {
    dates = [];
    const last = DateTime.fromISO(end);
    for (let day = DateTime.fromISO(start); day <= last; day = day.plus({ days: 1 }))
      dates.push(day.toISODate()!);
    if (sessionDates.size >= 100) sessionDates.clear();
    sessionDates.set(key, dates);
  }
  return dates;
}

function dayOf(item: AgendaItem, zone: string): string | undefined {
  const start = item.start;
  return start ? remembered(`day|${start}|${zone}`, () => localDate(start, zone)) : item.date;
}

export function matchesStates(sub: Pick<Subscription, 'states'>, states: readonly string[]): boolean {
  return sub.states.length === 0 || states.some((s) => sub.states.includes(s));
}

const ITEM_KIND: Record<AgendaItem['kind'], SubscriptionKind> = {
  review: 'reviews',
  adoption: 'adoptions',
  'side-event': 'side-meetings',
};

function leadsFor(sub: SubscriptionSettings, kind: AgendaItem['kind']): readonly number[] {
  return sub.leadMinutes === 'default' ? DEFAULT_LEADS[kind] : sub.leadMinutes;
}

/**
 * Replies are the same for every subscription with the same zone (and, for a digest, the same
 * items): one plan shares them instead of building a copy per subscription. Replies are
 * treated as immutable everywhere.
 */
export type ReplyMemo = (key: string, make: () => Reply) => Reply;

export function replyMemo(): ReplyMemo {
  const replies = new Map<string, Reply>();
  return (key, make) => {
    let reply = replies.get(key);
    if (!reply) {
      reply = make();
      replies.set(key, reply);
    }
    return reply;
  };
}

/**
 * Every reminder of one set of settings, shared by all the subscriptions that have them (not
 * filtered by window, not in order). `shared` lets several plans share their replies.
 */
export function planSettings(
  knowledge: Knowledge,
  sub: SubscriptionSettings,
  postedUpdates: readonly UpdateToSend[] = [],
  shared: ReplyMemo = replyMemo(),
): TemplateReminder[] {
  const { index, agenda } = knowledge;
  const { session } = index;
  const zone = sub.zone;
  const locale = sub.lang ?? 'en';
  // Shared replies are per zone and language: a Chinese channel reads other words.
  const place = locale === 'en' ? zone : `${zone}|${locale}`;
  const out: TemplateReminder[] = [];
  // A reply is made when first read (posting, the CLI), not when planned: the tick that plans
  // thousands of channels' settings never needs the words.
  const add = (r: Omit<TemplateReminder, 'reply'>, reply: () => Reply) => {
    let made: Reply | undefined;
    out.push(
      Object.defineProperty(r, 'reply', {
        get: () => (made ??= reply()),
        enumerable: true,
      }) as TemplateReminder,
    );
  };
  const relevant = agenda.filter((i) => matchesStates(sub, i.states));

  if (sub.kinds.includes('window')) {
    const reviews = agenda.filter((i) => i.kind === 'review');
    const first = reviews.filter((i) => i.start).sort((a, b) => a.start!.localeCompare(b.start!))[0];
    const opensAt = first?.start ?? utc(DateTime.fromISO(session.window.start, { zone: session.zone }));
    for (const lead of DEFAULT_LEADS.window) {
      add(
        {
          key: `window:${session.id}:${lead}`,
          at: minus(opensAt, lead),
          kind: 'window',
          leadMinutes: lead,
          subject: session.title,
          relevantUntil: utc(opensAt),
          told: {},
        },
        () => shared(`window|${lead}|${place}`, () => windowReply(index, first, opensAt, lead, zone, locale)),
      );
    }
  }

  if (sub.kinds.includes('digest')) {
    // Each item's local day once, not once per day of the session: zone conversions are costly.
    const byDay = new Map<string | undefined, AgendaItem[]>();
    for (const item of relevant) {
      const day = dayOf(item, zone);
      byDay.set(day, [...(byDay.get(day) ?? []), item]);
    }
    for (const date of datesFrom(session.window.start, session.window.end)) {
      const items = byDay.get(date) ?? [];
      if (!items.length) continue;
      add(
        {
          key: `digest:${date}`,
          at: localMorning(date, zone),
          kind: 'digest',
          leadMinutes: null,
          subject: `Digest for ${date}`,
          relevantUntil: localDayEnd(date, zone),
          told: toldOf(items),
        },
        () =>
          shared(`digest|${date}|${place}|${items.map((i) => i.key).join(',')}`, () =>
            digestReply(index, date, items, zone, locale),
          ),
      );
    }
  }

  for (const item of relevant) {
    if (!item.start || !sub.kinds.includes(ITEM_KIND[item.kind])) continue;
    for (const lead of leadsFor(sub, item.kind)) {
      add(
        {
          key: `${item.key}:${lead}`,
          at: minus(item.start, lead),
          kind: item.kind,
          leadMinutes: lead,
          subject: item.title,
          relevantUntil: utc(item.start),
          told: toldOf([item]),
        },
        () =>
          shared(`item|${item.key}|${lead}|${place}`, () =>
            itemReminderReply(index, item, lead, zone, { locale }),
          ),
      );
    }
  }

  if (sub.kinds.includes('updates')) {
    const updates = [
      ...index.data.updates.map((update) => ({ update, origin: 'data' as const })),
      ...postedUpdates.map((update) => ({ update, origin: 'posted' as const })),
    ];
    for (const { update, origin } of updates) {
      if (!matchesStates(sub, [update.state])) continue;
      // A date-only publication goes out with that morning's digest.
      const at =
        update.published.length === 10 ? localMorning(update.published, zone) : utc(update.published);
      add(
        {
          key: `update:${update.id}`,
          at,
          kind: 'update',
          leadMinutes: null,
          subject: `Update on ${stateName(index, update.state)}`,
          told: {},
        },
        () => shared(`update|${update.id}|${place}`, () => updateReply(index, update, zone, locale, origin)),
      );
    }
  }
  return out;
}

/** Orders reminders by time; at the same instant a digest comes before what it lists. */
const KIND_ORDER: ReminderKind[] = [
  'change',
  'window',
  'digest',
  'review',
  'adoption',
  'side-event',
  'update',
  'personal',
];
type Ordered = Pick<PlannedReminder, 'at' | 'kind' | 'key'>;
export function compareReminders(a: Ordered, b: Ordered): number {
  if (a.at !== b.at) return a.at < b.at ? -1 : 1;
  return KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.key.localeCompare(b.key);
}

/** The plan of the given subscriptions within [from, to), in order of time. */
export function planReminders(
  knowledge: Knowledge,
  subscriptions: readonly Subscription[],
  window: PlanWindow = {},
  postedUpdates: readonly UpdateToSend[] = [],
): PlannedReminder[] {
  const shared = replyMemo();
  const plans = new Map<string, TemplateReminder[]>();
  return subscriptions
    .flatMap((sub) => {
      const key = settingsKey(sub);
      let plan = plans.get(key);
      if (!plan) {
        plan = planSettings(knowledge, sub, postedUpdates, shared);
        plans.set(key, plan);
      }
      return plan.map((r): PlannedReminder => ({ ...r, key: `${sub.id}|${r.key}`, subscriptionId: sub.id }));
    })
    .filter((r) => (!window.from || r.at >= utc(window.from)) && (!window.to || r.at < utc(window.to)))
    .sort(compareReminders);
}
