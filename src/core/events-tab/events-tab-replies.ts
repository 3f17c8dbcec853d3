import { listOf, message } from '../i18n/catalogue.ts';
import type { Locale } from '../i18n/locales.ts';
import { type Block, type Reply, reply, textReply } from '../reply.ts';

// What an admin is told after syncing the Events tab, and why it could not be done, in the
// admin's language (Discord's interaction locale).

/** Discord's limit on scheduled (not yet ended) events per server. */
export const SCHEDULED_EVENTS_PER_SERVER = 100;

/** A one-line refusal or notice, only for the admin who asked. */
export function eventsTabNotice(
  locale: Locale,
  id:
    | 'eventsTab.missingPermission'
    | 'eventsTab.serversOnly'
    | 'eventsTab.adminsOnly'
    | 'eventsTab.noStorage'
    | 'eventsTab.noneMade',
): Reply {
  return textReply(message(locale, id), { ephemeral: true });
}

export interface EventsTabOutcome {
  created: number;
  moved: number;
  cancelled: number;
  unchanged: number;
  /** Titles of items left out by the server's limit on scheduled events. */
  leftOut: string[];
  /** Items that failed for another reason (logged), by title. */
  failed: string[];
}

/** "for China, Nigeria" or "for every state": the states by their names in the admin's language. */
function scopeOf(locale: Locale, states: readonly string[]): string {
  return message(locale, 'eventsTab.scope', {
    all: states.length ? 'no' : 'yes',
    states: locale === 'en' ? states.join(', ') : listOf(locale, states),
  });
}

/** A few titles, then "; …" when there are more. */
function someOf(locale: Locale, titles: readonly string[]) {
  return {
    items: titles.slice(0, 5).join(message(locale, 'fact.separator')),
    more: titles.length > 5 ? 'yes' : 'no',
  };
}

export function eventsTabSyncReply(
  outcome: EventsTabOutcome,
  states: readonly string[],
  locale: Locale = 'en',
): Reply {
  const { created, moved, cancelled, unchanged, leftOut, failed } = outcome;
  const scope = scopeOf(locale, states);
  if (!created && !moved && !cancelled && !unchanged && !leftOut.length && !failed.length) {
    return textReply(message(locale, 'eventsTab.nothing', { scope }), { ephemeral: true });
  }
  const lines = [[message(locale, 'eventsTab.synced', { scope, created, moved, cancelled, unchanged })]];
  if (leftOut.length) {
    lines.push([
      message(locale, 'eventsTab.leftOut', {
        max: SCHEDULED_EVENTS_PER_SERVER,
        count: leftOut.length,
        ...someOf(locale, leftOut),
      }),
    ]);
  }
  if (failed.length) {
    lines.push([message(locale, 'eventsTab.failed', { count: failed.length, ...someOf(locale, failed) })]);
  }
  lines.push([message(locale, 'eventsTab.follows')]);
  const blocks: Block[] = [{ kind: 'section', lines }];
  return reply(blocks, { ephemeral: true, locale });
}

export function eventsTabUnsyncReply(deleted: number, failed: number, locale: Locale = 'en'): Reply {
  if (!deleted && !failed) return eventsTabNotice(locale, 'eventsTab.noneMade');
  return textReply(message(locale, 'eventsTab.deleted', { deleted, failed }), { ephemeral: true });
}
