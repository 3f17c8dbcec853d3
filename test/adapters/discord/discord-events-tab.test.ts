import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDiscordChat } from '../../../adapters/discord/discord-chat.ts';
import { fixedClock } from '../../../src/composition/clocks.ts';
import { createLogger } from '../../../src/composition/logger.ts';
import { createBotCore } from '../../../src/core/bot-core.ts';
import type { ChatAdapter } from '../../../src/core/chat-adapter.ts';
import type { DataSet } from '../../../src/core/data-schema.ts';
import { buildKnowledge, type Knowledge } from '../../../src/core/knowledge.ts';
import { openStorage, type Storage } from '../../../src/store/storage.ts';
import { commandInteraction, GUILD_ID, MANAGE_GUILD, TOKEN } from '../../fakes/discord-payloads.ts';
import { type DiscordStandIn, type Json, startDiscordStandIn } from '../../fakes/discord-stand-in.ts';
import { builtInData } from '../../support/built-in.ts';
import { tempDatabase } from '../../support/temp-database.ts';
import { shownText } from './discord-test-bot.ts';

// The real discord.js client against the stand-in's scheduled events: `/upr-admin events sync`
// fills the Events tab with external events, an import moves and cancels them, `unsync` deletes
// the bot's own and no others, and a missing Manage Events or the 100-event limit is explained.

const NOW = '2024-01-20T10:00:00Z';
/** The bot may see the channel and send messages (no Administrator, which would imply the rest)… */
const PLAIN = ((1n << 10n) | (1n << 11n)).toString();
/** …and, here, Manage Events (1 << 33). */
const WITH_EVENTS = ((1n << 33n) | BigInt(PLAIN)).toString();
const events = (standIn: DiscordStandIn) => standIn.scheduledEvents.list(GUILD_ID);
const ours = (standIn: DiscordStandIn) =>
  events(standIn).filter((e: Json) => e.creator_id !== '1400000000000000001');

describe('Discord Events tab', () => {
  let standIn: DiscordStandIn;
  let chat: ChatAdapter;
  let storage: Storage;
  let cleanup = () => {};
  let data: DataSet = builtInData();
  let knowledge: Knowledge = buildKnowledge(data);
  let clock = NOW;

  beforeAll(async () => {
    // Discord's own heartbeat interval: a busy machine must not make the session look dead.
    standIn = await startDiscordStandIn();
    const db = tempDatabase();
    cleanup = db.cleanup;
    storage = await openStorage(db.url);
    chat = createDiscordChat({
      token: TOKEN,
      apiUrl: standIn.apiUrl,
      core: createBotCore({ knowledge: () => knowledge, ports: { dataStatus: async () => undefined } }),
      clock: { now: () => fixedClock(clock).now() },
      logger: createLogger({ level: 'silent' }),
      knowledge: () => knowledge,
      scheduledEvents: storage.scheduledEvents,
      deferAfterMs: 1000,
    });
    await chat.start();
  });
  afterAll(async () => {
    await chat?.stop();
    await storage?.close();
    await standIn?.close();
    cleanup();
  });
  beforeEach(() => {
    standIn.scheduledEvents.manageEvents = true;
    clock = NOW;
  });

  /** The data replaced as an import does; the PATCH requests the Events tab then made. */
  async function imported(next: DataSet) {
    data = next;
    knowledge = buildKnowledge(next);
    const before = standIn.requests.length;
    await chat.dataChanged!();
    return standIn.requests.slice(before).filter((r) => r.method === 'PATCH');
  }

  /** `/upr-admin events <subcommand>` from a member with Manage Server; the text of the answer. */
  async function admin(
    subcommand: string,
    options: Record<string, string> = {},
    appPermissions = WITH_EVENTS,
    locale?: string,
    guildLocale?: string,
  ) {
    const payload = commandInteraction({
      command: 'upr-admin',
      group: 'events',
      subcommand,
      options,
      permissions: MANAGE_GUILD,
      appPermissions,
      ...(locale ? { locale } : {}),
      ...(guildLocale ? { guildLocale } : {}),
    });
    standIn.dispatch('INTERACTION_CREATE', payload);
    const callback = await standIn.waitForRequest((r) =>
      r.path.endsWith(`/interactions/${payload.id}/${payload.token}/callback`),
    );
    if (callback.body.type === 4)
      return { text: shownText(callback.body.data), flags: callback.body.data.flags };
    const edit = await standIn.waitForRequest(
      (r) =>
        r.method === 'PATCH' &&
        r.path.endsWith(`/webhooks/${payload.application_id}/${payload.token}/messages/@original`),
      10_000,
    );
    return { text: shownText(edit.body), flags: callback.body.data?.flags };
  }

  it('asks for Manage Events, by name, when the bot does not have it, and makes nothing', async () => {
    const answer = await admin('sync', {}, PLAIN);
    expect(answer.text).toContain('Manage Events');
    expect(answer.flags).toBe(64);
    // The role says yes but Discord refuses (a channel override): the same explanation.
    standIn.scheduledEvents.manageEvents = false;
    expect((await admin('sync')).text).toContain('I need the Manage Events permission');
    expect(events(standIn)).toEqual([]);
    expect(await storage.scheduledEvents.inGuild(GUILD_ID)).toEqual([]);
  });

  it('refuses an unknown state and changes nothing', async () => {
    const answer = await admin('sync', { states: 'Atlantis' });
    expect(answer.text).toContain('I don\'t know the state "Atlantis"');
    expect(answer.text).toContain('nothing changed');
    expect(events(standIn)).toEqual([]);
  });

  it('syncs one state: its review, report adoption and side meetings, as external events with place, times and sources', async () => {
    const answer = await admin('sync', { states: 'China' });
    expect(answer.text).toContain('Events tab for China: 3 events added');
    const made = ours(standIn);
    expect(made.map((e: Json) => e.name)).toEqual([
      'Review of China',
      "Protest during China's review (expected, not announced)",
      'Adoption of the report on China',
    ]);
    const review = made[0];
    expect(review).toMatchObject({
      entity_type: 3,
      privacy_level: 2,
      scheduled_start_time: '2024-01-23T08:00:00.000Z',
      scheduled_end_time: '2024-01-23T11:30:00.000Z',
      entity_metadata: { location: 'Palais des Nations, Room XX · UN Web TV' },
    });
    expect(review.description).toContain('Sources:');
    expect(review.description).toMatch(/https?:\/\//);
    expect([...review.description].length).toBeLessThanOrEqual(1000);
    const records = await storage.scheduledEvents.inGuild(GUILD_ID);
    expect(records.map((r) => [r.itemKey, r.eventId])).toEqual(
      expect.arrayContaining(
        made.map((e: Json) => [expect.stringMatching(/^(review|adoption|event):/), e.id]),
      ),
    );
  });

  it('syncs every state: each item with a known time ahead, once, and nothing twice when run again', async () => {
    const answer = await admin('sync');
    // Six reviews, one adoption and one protest have a time; China's three were there already.
    expect(answer.text).toContain('5 events added');
    expect(answer.text).toContain('3 already up to date');
    expect(ours(standIn)).toHaveLength(8);
    const again = await admin('sync');
    expect(again.text).toContain('0 events added, 0 moved, 0 cancelled, 8 already up to date');
    expect(ours(standIn)).toHaveLength(8);
  });

  it('moves an event when an import moves its item, and cancels the event of an item removed', async () => {
    const next = structuredClone(data);
    const china = next.reviews.find((r) => r.state === 'CHN')!;
    china.when = {
      ...china.when,
      date: '2024-01-24',
      start: '2024-01-24T08:00:00Z',
      end: '2024-01-24T11:30:00Z',
    };
    next.reviews = next.reviews.filter((r) => r.state !== 'MLT');
    const changes = await imported(next);
    expect(changes).toHaveLength(2);
    expect(changes.map((r) => decodeURIComponent(String(r.headers['x-audit-log-reason'])))).toEqual(
      expect.arrayContaining(['upr-bot: the timetable changed', 'upr-bot: removed from the timetable']),
    );
    const moved = ours(standIn).find((e: Json) => e.name === 'Review of China');
    expect(moved.scheduled_start_time).toBe('2024-01-24T08:00:00.000Z');
    const malta = ours(standIn).find((e: Json) => e.name === 'Review of Malta');
    expect(malta.status).toBe(4);
    const records = await storage.scheduledEvents.inGuild(GUILD_ID);
    expect(records.map((r) => r.itemKey)).not.toContain(expect.stringContaining('mlt'));
    expect(records).toHaveLength(7);
  });

  it('does not sync items in the past', async () => {
    clock = '2024-01-25T12:00:00Z';
    await admin('unsync');
    const answer = await admin('sync');
    // Left: Malaysia's review (25 Jan 13:30) and China's adoption (26 Jan).
    expect(answer.text).toContain('2 events added');
    expect(
      ours(standIn)
        .filter((e: Json) => e.status === 1)
        .map((e: Json) => e.name),
    ).toEqual(['Review of Malaysia (expected, not announced)', 'Adoption of the report on China']);
  });

  it('unsync deletes the events it made, and only those', async () => {
    await admin('sync');
    const theirs = standIn.scheduledEvents.seed(GUILD_ID, 3);
    const answer = await admin('unsync');
    expect(answer.text).toMatch(/Deleted the \d+ events I had made/);
    expect(answer.text).toContain('Events made by people here were not touched');
    // Left: the members' events, and Malta's, which the bot cancelled when Malta was removed.
    const left = events(standIn).filter((e: Json) => e.status !== 4);
    expect(left.map((e: Json) => e.id)).toEqual(theirs.map((e) => e.id));
    expect(await storage.scheduledEvents.inGuild(GUILD_ID)).toEqual([]);
    expect((await admin('unsync')).text).toContain('nothing to delete');
  });

  it("keeps within Discord's 100 scheduled events per server, and says what was left out", async () => {
    // 3 members' events are there; 94 more make 97: room for 3 of the 7 (Malta was removed).
    standIn.scheduledEvents.seed(GUILD_ID, 94);
    const answer = await admin('sync');
    expect(answer.text).toContain('3 events added');
    expect(answer.text).toContain('Discord allows 100 scheduled events per server, so 4 items were left out');
    expect(events(standIn).filter((e: Json) => e.status === 1)).toHaveLength(100);
    // Should the server fill up meanwhile, Discord's own refusal (30038) is read the same way.
    await admin('unsync');
    standIn.failNext('POST', /scheduled-events$/, {
      status: 400,
      body: { code: 30038, message: 'Maximum number of uncompleted guild scheduled events reached (100)' },
    });
    const full = await admin('sync', { states: 'China' });
    expect(full.text).toContain('3 items were left out');
  });

  it("answers in the admin's language (Discord's interaction locale), state names from the data", async () => {
    const refused = await admin('sync', {}, PLAIN, 'zh-CN');
    expect(refused.text).toContain('我需要“管理活动”权限');
    expect(refused.text).not.toContain('I need');
    const unknown = await admin('sync', { states: 'Atlantis' }, WITH_EVENTS, 'fr');
    expect(unknown.text).toMatch(/; rien n’a changé\.$/);
    await admin('unsync', {}, WITH_EVENTS, 'fr');
    const synced = await admin('sync', { states: 'China' }, WITH_EVENTS, 'es-ES');
    expect(synced.text).toContain('Pestaña de eventos para China:');
    expect(synced.text).toContain('Los elementos movidos o cancelados por una importación posterior');
    expect(synced.text).not.toMatch(/Events tab|added|Items moved/);
    const deleted = await admin('unsync', {}, WITH_EVENTS, 'zh-CN');
    expect(deleted.text).toMatch(/^已删除我创建的 \d+ 个活动。这里的人创建的活动没有被改动。$/);
    expect((await admin('unsync', {}, WITH_EVENTS, 'fr')).text).toBe(
      'Je n’ai créé aucun événement sur ce serveur ; rien à supprimer.',
    );
  });

  it("writes the events in the server's language, else the admin's, with places and sources unchanged", async () => {
    const scheduled = () => ours(standIn).filter((e: Json) => e.status === 1);
    await admin('sync', { states: 'China' });
    const english = scheduled();
    await admin('unsync');
    // A server that chose no language (Discord's en-US): the Spanish admin's language.
    await admin('sync', { states: 'China' }, WITH_EVENTS, 'es-ES');
    const spanish = scheduled();
    expect(spanish.map((e: Json) => e.name)).toEqual([
      "«Protest during China's review» (texto en inglés) (previsto, no anunciado)",
      'Examen de China',
      'Aprobación del informe de China',
    ]);
    const review = spanish[1];
    // The data's English note is quoted as English; the rest is Spanish.
    expect(review.description).toMatch(
      /^Hora confirmada\. «Room XX, Palais des Nations» \(texto en inglés\)\nFuentes:\n/,
    );
    expect(review.description).not.toMatch(/Time|Sources/);
    for (const [i, event] of english.entries()) {
      // Where, when and every source line are the English event's own.
      expect(spanish[i]).toMatchObject({
        entity_metadata: event.entity_metadata,
        scheduled_start_time: event.scheduled_start_time,
        scheduled_end_time: event.scheduled_end_time,
      });
      const sources = event.description.split('\n').slice(2);
      expect(sources.length).toBeGreaterThan(0);
      expect(spanish[i].description.split('\n').slice(2)).toEqual(sources);
    }
    await admin('unsync', {}, WITH_EVENTS, 'es-ES');
    // A server whose preferred language is Chinese: Chinese, whoever syncs.
    await admin('sync', { states: 'China' }, WITH_EVENTS, 'fr', 'zh-CN');
    expect(scheduled().map((e: Json) => e.name)).toContain('中国的审议');
    // An import moves China's review: its event moves and stays Chinese; the others are untouched.
    const next = structuredClone(data);
    const china = next.reviews.find((r) => r.state === 'CHN')!;
    china.when = { ...china.when, start: '2024-01-24T09:00:00Z', end: '2024-01-24T12:30:00Z' };
    const changes = await imported(next);
    expect(changes).toHaveLength(1);
    expect(changes[0]!.body).toMatchObject({
      name: '中国的审议',
      scheduled_start_time: '2024-01-24T09:00:00.000Z',
    });
    // The server's audit log says why, in the event's language.
    expect(decodeURIComponent(String(changes[0]!.headers['x-audit-log-reason']))).toBe('upr-bot：日程有变');
    expect(changes[0]!.body.description).toMatch(
      /^时间已确认。“Room XX, Palais des Nations”（英文原文）\n来源：\n/,
    );
  });
});
