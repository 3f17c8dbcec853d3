import { BOT_ID, MEMBER_ID, snowflake } from './discord-payloads.ts';
import type { Json } from './discord-stand-in.ts';

// The stand-in's guild scheduled events, as Discord keeps them: it checks the bot may manage
// events (403, 50013 otherwise), Discord's limit of 100 scheduled or active events per server
// (400, 30038), and the rules of an external event (a location, an end, guild-only privacy).

export interface ScheduledEventReply {
  status: number;
  body?: unknown;
}

const LIMIT = 100;
const SCHEDULED = 1;
const ACTIVE = 2;
const CANCELED = 4;

const missingPermissions = { status: 403, body: { message: 'Missing Permissions', code: 50013 } };
const unknownEvent = { status: 404, body: { message: 'Unknown Guild Scheduled Event', code: 10070 } };
const invalid = (why: string) => ({
  status: 400,
  body: {
    message: 'Invalid Form Body',
    code: 50035,
    errors: { _errors: [{ code: 'INVALID', message: why }] },
  },
});

export class ScheduledEvents {
  /** Per server, its events by id, in the order made. */
  readonly byGuild = new Map<string, Map<string, Json>>();
  /** Whether the bot holds Manage Events in the server (the role, as Discord checks it). */
  manageEvents = true;

  private events(guildId: string): Map<string, Json> {
    const events = this.byGuild.get(guildId) ?? new Map<string, Json>();
    this.byGuild.set(guildId, events);
    return events;
  }

  list(guildId: string): Json[] {
    return [...this.events(guildId).values()];
  }

  /** Events that people of the server made themselves (the bot must never touch them). */
  seed(guildId: string, count: number): Json[] {
    return Array.from({ length: count }, (_, i) => {
      const event = {
        id: snowflake(),
        guild_id: guildId,
        name: `Members' event ${i + 1}`,
        creator_id: MEMBER_ID,
        scheduled_start_time: '2024-03-01T10:00:00.000Z',
        scheduled_end_time: '2024-03-01T11:00:00.000Z',
        privacy_level: 2,
        status: SCHEDULED,
        entity_type: 3,
        entity_id: null,
        entity_metadata: { location: 'Somewhere' },
        channel_id: null,
        description: '',
      };
      this.events(guildId).set(event.id, event);
      return event;
    });
  }

  private check(body: Json): string | undefined {
    if (typeof body.name !== 'string' || !body.name.length || [...body.name].length > 100)
      return 'name: 1-100';
    if (body.description !== undefined && [...body.description].length > 1000) return 'description: 1000';
    const location = body.entity_metadata?.location;
    if (typeof location !== 'string' || !location.length || [...location].length > 100)
      return 'location: 1-100';
    if (!body.scheduled_end_time) return 'an external event needs an end';
    if (Date.parse(body.scheduled_end_time) <= Date.parse(body.scheduled_start_time))
      return 'end before start';
    return undefined;
  }

  /** Answers a REST call on /guilds/:id/scheduled-events[/:event], or undefined for other routes. */
  route(method: string, path: string, body: Json): ScheduledEventReply | undefined {
    const match = /^\/guilds\/(\d+)\/scheduled-events(?:\/(\d+))?$/.exec(path);
    if (!match) return undefined;
    const [, guildId, eventId] = match as unknown as [string, string, string | undefined];
    const events = this.events(guildId);
    if (method === 'GET' && !eventId) return { status: 200, body: this.list(guildId) };
    if (!this.manageEvents) return missingPermissions;
    if (method === 'POST' && !eventId) {
      const open = this.list(guildId).filter((e) => e.status === SCHEDULED || e.status === ACTIVE);
      if (open.length >= LIMIT)
        return {
          status: 400,
          body: {
            message: 'Maximum number of uncompleted guild scheduled events reached (100)',
            code: 30038,
          },
        };
      const why = this.check(body);
      if (why) return invalid(why);
      if (body.entity_type !== 3 || body.privacy_level !== 2) return invalid('external, guild only');
      const event = {
        ...body,
        id: snowflake(),
        guild_id: guildId,
        creator_id: BOT_ID,
        status: SCHEDULED,
        entity_id: null,
        channel_id: null,
      };
      events.set(event.id, event);
      return { status: 200, body: event };
    }
    const event = eventId ? events.get(eventId) : undefined;
    if (!event) return unknownEvent;
    if (method === 'PATCH') {
      if (body.status !== undefined && !(event.status === SCHEDULED && body.status === CANCELED))
        return invalid('only a scheduled event can be cancelled');
      const changed = { ...event, ...body, entity_metadata: body.entity_metadata ?? event.entity_metadata };
      const why = this.check(changed);
      if (why) return invalid(why);
      events.set(event.id, changed);
      return { status: 200, body: changed };
    }
    if (method === 'DELETE') {
      events.delete(event.id);
      return { status: 204 };
    }
    return undefined;
  }
}
