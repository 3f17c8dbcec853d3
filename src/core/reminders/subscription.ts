import type { Locale } from '../i18n/locales.ts';
import type { Platform } from '../inbound.ts';

// What a chat channel asked to be told. The core plans from this; src/store keeps it.

/** The kinds a channel can choose, as people type them. */
export const SUBSCRIPTION_KINDS = [
  'window',
  'digest',
  'reviews',
  'adoptions',
  'side-meetings',
  'updates',
] as const;
export type SubscriptionKind = (typeof SUBSCRIPTION_KINDS)[number];

export const DEFAULT_SUBSCRIPTION_ZONE = 'Europe/Zurich';

export interface Subscription {
  id: string;
  platform: Platform;
  channelRef: string;
  /** State codes; empty means every state. */
  states: string[];
  kinds: SubscriptionKind[];
  /** Lead times for reviews, adoptions and side meetings; `default` is the plan of the issue. */
  leadMinutes: number[] | 'default';
  zone: string;
  /** The language of its reminders, digests and notices (`lang:zh`); English when absent. */
  lang?: Locale;
  /** Reminders due before this instant are not this channel's: it was not subscribed yet. */
  createdAt: string;
}

export type SubscriptionSettings = Pick<Subscription, 'states' | 'kinds' | 'leadMinutes' | 'zone' | 'lang'>;

export const DEFAULT_SETTINGS: SubscriptionSettings = {
  states: [],
  kinds: [...SUBSCRIPTION_KINDS],
  leadMinutes: 'default',
  zone: DEFAULT_SUBSCRIPTION_ZONE,
};

/** Words people may type for a kind, mapped to the kind. */
const KIND_ALIASES: Record<string, SubscriptionKind> = {
  window: 'window',
  session: 'window',
  digest: 'digest',
  digests: 'digest',
  daily: 'digest',
  review: 'reviews',
  reviews: 'reviews',
  adoption: 'adoptions',
  adoptions: 'adoptions',
  side: 'side-meetings',
  'side-meeting': 'side-meetings',
  'side-meetings': 'side-meetings',
  'side-event': 'side-meetings',
  'side-events': 'side-meetings',
  events: 'side-meetings',
  meetings: 'side-meetings',
  update: 'updates',
  updates: 'updates',
};

export function kindFromWord(word: string): SubscriptionKind | undefined {
  return KIND_ALIASES[word.toLowerCase()];
}

/** "24h", "1h", "90m", "2d", "0" or "start" in minutes; undefined for anything else. */
export function parseLead(text: string): number | undefined {
  const t = text.trim().toLowerCase();
  if (t === '0' || t === 'start' || t === 'at-start') return 0;
  const match = /^(\d{1,4})\s*(m|min|h|d)$/.exec(t);
  if (!match) return undefined;
  const n = Number(match[1]);
  return match[2] === 'd' ? n * 1440 : match[2] === 'h' ? n * 60 : n;
}

/** 1440 → "24h", 90 → "90m", 0 → "start". */
export function formatLead(minutes: number): string {
  if (minutes === 0) return 'start';
  if (minutes % 1440 === 0 && minutes >= 2880) return `${minutes / 1440}d`;
  if (minutes % 60 === 0) return `${minutes / 60}h`;
  return `${minutes}m`;
}

/** The default plan's lead times, per kind of item. */
export const DEFAULT_LEADS = {
  window: [7 * 1440, 1440, 0],
  review: [1440, 60, 0],
  adoption: [60],
  'side-event': [1440, 60],
} as const;
