import {
  type APIGuildScheduledEvent,
  DiscordAPIError,
  GuildScheduledEventEntityType,
  GuildScheduledEventPrivacyLevel,
  GuildScheduledEventStatus,
  type REST,
  RESTJSONErrorCodes,
  type RESTPatchAPIGuildScheduledEventJSONBody,
  type RESTPostAPIGuildScheduledEventJSONBody,
  Routes,
} from 'discord.js';
import type { Logger, ScheduledEventRecords } from '../../src/core/chat-adapter.ts';
import {
  type CalendarEntry,
  type CalendarLimits,
  fingerprintLocale,
} from '../../src/core/events-tab/calendar-entries.ts';
import {
  type CancelReason,
  type EventsTabPlan,
  planEventsTab,
} from '../../src/core/events-tab/events-tab-plan.ts';
import {
  type EventsTabOutcome,
  eventsTabNotice,
  eventsTabSyncReply,
  eventsTabUnsyncReply,
  SCHEDULED_EVENTS_PER_SERVER,
} from '../../src/core/events-tab/events-tab-replies.ts';
import { message } from '../../src/core/i18n/catalogue.ts';
import type { Locale } from '../../src/core/i18n/locales.ts';
import { stateNameIn } from '../../src/core/i18n/localized-names.ts';
import type { Knowledge } from '../../src/core/knowledge.ts';
import type { Reply } from '../../src/core/reply.ts';

// The server's Events tab: each review, report adoption and side meeting with a known time as a
// guild scheduled event of type External (a place, a start and an end). The core decides what to
// create, move and cancel; this file talks to Discord and records each event it made, so that it
// only ever touches its own.

/** Discord's limits on an external scheduled event's texts. */
export const DISCORD_EVENT_LIMITS: CalendarLimits = { name: 100, location: 100, description: 1000 };

export interface EventsTab {
  /**
   * Adds (and brings up to date) the items of these states, every state when empty, written in
   * `languages.events` (the server's); the reply is in `languages.reply` (the admin's).
   */
  sync(
    guildId: string,
    states: readonly string[],
    languages?: { reply: Locale; events: Locale },
  ): Promise<Reply>;
  /** Deletes the events it made in the server, and only those. */
  unsync(guildId: string, locale?: Locale): Promise<Reply>;
  /** After an import: moves the events whose items moved and cancels those of removed items. */
  follow(): Promise<void>;
}

class MissingPermission extends Error {}

const isApiError = (error: unknown, code: number) => error instanceof DiscordAPIError && error.code === code;

/** Manage Events refused (403, 50013): the admin must grant it; nothing else will work either. */
function rethrowMissingPermission(error: unknown): void {
  if (isApiError(error, RESTJSONErrorCodes.MissingPermissions)) throw new MissingPermission();
}

/**
 * What the server's audit log says the bot did, in the language of the event it did it to (kept
 * in its fingerprint): the admins who read the log read the events too.
 */
function auditReason(
  event: { fingerprint: string },
  why: CancelReason | 'moved' | 'sync' | 'unsync',
): string {
  return message(fingerprintLocale(event.fingerprint), 'eventsTab.auditReason', { why });
}

function createBody(entry: CalendarEntry): RESTPostAPIGuildScheduledEventJSONBody {
  return {
    name: entry.name,
    description: entry.description,
    scheduled_start_time: entry.start,
    scheduled_end_time: entry.end,
    privacy_level: GuildScheduledEventPrivacyLevel.GuildOnly,
    entity_type: GuildScheduledEventEntityType.External,
    entity_metadata: { location: entry.location },
  };
}

function moveBody(entry: CalendarEntry): RESTPatchAPIGuildScheduledEventJSONBody {
  const { privacy_level: _privacy, entity_type: _type, ...changes } = createBody(entry);
  return changes;
}

export function createEventsTab(options: {
  rest: REST;
  records: ScheduledEventRecords;
  knowledge: () => Knowledge;
  now: () => string;
  logger: Logger;
}): EventsTab {
  const { rest, records, logger } = options;
  const log = logger.child({ feature: 'events-tab' });

  /** Events still to come or under way: what Discord counts against its limit. */
  const uncompleted = async (guildId: string): Promise<number> => {
    const events = (await rest.get(Routes.guildScheduledEvents(guildId))) as APIGuildScheduledEvent[];
    return events.filter(
      (e) =>
        e.status === GuildScheduledEventStatus.Scheduled || e.status === GuildScheduledEventStatus.Active,
    ).length;
  };

  const saved = (guildId: string, entry: CalendarEntry, eventId: string) =>
    records.save({
      guildId,
      itemKey: entry.itemKey,
      eventId,
      fingerprint: entry.fingerprint,
      syncedAt: options.now(),
    });

  /** Cancels and moves; an event deleted by hand meanwhile is forgotten, not an error. */
  const followPlan = async (guildId: string, plan: EventsTabPlan, outcome: EventsTabOutcome) => {
    for (const { record, why } of plan.cancel) {
      await rest
        .patch(Routes.guildScheduledEvent(guildId, record.eventId), {
          body: { status: GuildScheduledEventStatus.Canceled },
          reason: auditReason(record, why),
        })
        .catch((error: unknown) => {
          rethrowMissingPermission(error);
          if (!isApiError(error, RESTJSONErrorCodes.UnknownGuildScheduledEvent)) throw error;
        });
      await records.remove(guildId, record.itemKey);
      outcome.cancelled++;
    }
    for (const { entry, record } of plan.update) {
      try {
        await rest.patch(Routes.guildScheduledEvent(guildId, record.eventId), {
          body: moveBody(entry),
          reason: auditReason(record, 'moved'),
        });
        await saved(guildId, entry, record.eventId);
        outcome.moved++;
      } catch (error) {
        rethrowMissingPermission(error);
        if (!isApiError(error, RESTJSONErrorCodes.UnknownGuildScheduledEvent)) throw error;
        await records.remove(guildId, record.itemKey);
      }
    }
  };

  const emptyOutcome = (plan: EventsTabPlan): EventsTabOutcome => ({
    created: 0,
    moved: 0,
    cancelled: 0,
    unchanged: plan.unchanged,
    leftOut: plan.leftOut.map((e) => e.name),
    failed: [],
  });

  const create = async (guildId: string, entries: readonly CalendarEntry[], outcome: EventsTabOutcome) => {
    for (const [i, entry] of entries.entries()) {
      try {
        const made = (await rest.post(Routes.guildScheduledEvents(guildId), {
          body: createBody(entry),
          reason: auditReason(entry, 'sync'),
        })) as APIGuildScheduledEvent;
        await saved(guildId, entry, made.id);
        outcome.created++;
      } catch (error) {
        rethrowMissingPermission(error);
        // Someone else filled the server meanwhile: the rest cannot fit either.
        if (isApiError(error, RESTJSONErrorCodes.MaximumNumberOfUncompletedGuildScheduledEventsReached)) {
          outcome.leftOut.unshift(...entries.slice(i).map((e) => e.name));
          return;
        }
        log.warn(
          { err: (error as Error).message, item: entry.itemKey, guild: guildId },
          'scheduled event refused',
        );
        outcome.failed.push(entry.name);
      }
    }
  };

  const withPermission = async (locale: Locale, work: () => Promise<Reply>): Promise<Reply> => {
    try {
      return await work();
    } catch (error) {
      if (error instanceof MissingPermission) return eventsTabNotice(locale, 'eventsTab.missingPermission');
      throw error;
    }
  };

  return {
    sync: (guildId, states, { reply: locale, events } = { reply: 'en', events: 'en' }) =>
      withPermission(locale, async () => {
        const made = await records.inGuild(guildId);
        const room = SCHEDULED_EVENTS_PER_SERVER - (await uncompleted(guildId));
        const plan = planEventsTab(options.knowledge(), made, {
          add: states,
          now: options.now(),
          limits: DISCORD_EVENT_LIMITS,
          room,
          locale: events,
        });
        const outcome = emptyOutcome(plan);
        await followPlan(guildId, plan, outcome);
        await create(guildId, plan.create, outcome);
        const { index } = options.knowledge();
        log.info({ guild: guildId, ...outcome, leftOut: outcome.leftOut.length }, 'events tab synced');
        const names = states.map((code) => stateNameIn(index, code, locale));
        return eventsTabSyncReply(outcome, names, locale);
      }),

    unsync: (guildId, locale = 'en') =>
      withPermission(locale, async () => {
        let deleted = 0;
        let failed = 0;
        for (const record of await records.inGuild(guildId)) {
          try {
            await rest.delete(Routes.guildScheduledEvent(guildId, record.eventId), {
              reason: auditReason(record, 'unsync'),
            });
            deleted++;
          } catch (error) {
            rethrowMissingPermission(error);
            // Deleted by hand already: nothing left to delete, so the record goes too.
            if (!isApiError(error, RESTJSONErrorCodes.UnknownGuildScheduledEvent)) {
              log.warn(
                { err: (error as Error).message, guild: guildId },
                'could not delete a scheduled event',
              );
              failed++;
              continue;
            }
          }
          await records.remove(guildId, record.itemKey);
        }
        return eventsTabUnsyncReply(deleted, failed, locale);
      }),

    async follow() {
      for (const guildId of await records.guilds()) {
        const plan = planEventsTab(options.knowledge(), await records.inGuild(guildId), {
          now: options.now(),
          limits: DISCORD_EVENT_LIMITS,
          room: 0,
        });
        if (!plan.cancel.length && !plan.update.length) continue;
        const outcome = emptyOutcome(plan);
        try {
          await followPlan(guildId, plan, outcome);
          log.info(
            { guild: guildId, moved: outcome.moved, cancelled: outcome.cancelled },
            'events tab followed the import',
          );
        } catch (error) {
          const why =
            error instanceof MissingPermission ? 'Manage Events was taken away' : (error as Error).message;
          log.warn({ guild: guildId, err: why }, 'could not update the events tab after an import');
        }
      }
    },
  };
}
