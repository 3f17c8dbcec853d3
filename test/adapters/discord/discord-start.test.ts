import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BOT_ID,
  CHANNEL_ID,
  commandInteraction,
  messagePayload,
  TOKEN,
} from '../../fakes/discord-payloads.ts';
import { type DiscordStandIn, startDiscordStandIn } from '../../fakes/discord-stand-in.ts';
import { type RunningCli, startCli } from '../../support/run-cli.ts';
import { tempDatabase } from '../../support/temp-database.ts';
import { shownText } from './discord-test-bot.ts';

// The "done when" line, end to end: `upr-bot start` as a service (stdin closed) with
// DISCORD_TOKEN and DISCORD_API_URL logs in through the gateway the REST API names and answers
// /upr review China through the interaction callback.

describe('upr-bot start with Discord settings', () => {
  const db = tempDatabase();
  let standIn: DiscordStandIn;
  let bot: RunningCli;
  beforeAll(async () => {
    standIn = await startDiscordStandIn();
    bot = startCli(['start', '--now', '2024-01-20T10:00:00Z'], {
      env: { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: standIn.apiUrl, DATABASE_URL: db.url, LOG_LEVEL: 'info' },
    });
  });
  afterAll(async () => {
    await bot?.stop();
    await standIn?.close();
    db.cleanup();
  });

  it('logs in through the named gateway and answers /upr review China with Chen Xu and <t:…>', async () => {
    const log = await bot.waitForLog('discord logged in', 20_000);
    expect(log).toContain(standIn.gatewayUrl);
    expect(log).not.toContain(TOKEN);
    // The token is checked first (who am I?), then the gateway is asked for.
    expect(standIn.requests.slice(0, 2).map((r) => r.path)).toEqual([
      '/api/v10/users/@me',
      '/api/v10/gateway/bot',
    ]);
    expect(standIn.frames.find((f) => f.op === 2)!.d.token).toBe(TOKEN);

    const interaction = commandInteraction({ subcommand: 'review', options: { state: 'China' } });
    standIn.dispatch('INTERACTION_CREATE', interaction);
    const callback = await standIn.waitForRequest(
      (r) => r.path === `/api/v10/interactions/${interaction.id}/${interaction.token}/callback`,
      10_000,
    );
    const text = shownText(callback.body.data);
    expect(text).toContain('Chen Xu');
    expect(text).toMatch(/<t:1705996800:F>/);
    expect(callback.body.data.allowed_mentions).toEqual({ parse: [] });
  });

  it('answers the mention "who leads China\'s delegation?" in the channel, with mentions parsing nothing', async () => {
    const asked = messagePayload(`<@${BOT_ID}> who leads China's delegation?`, { mentionsBot: true });
    standIn.dispatch('MESSAGE_CREATE', asked);
    const sent = await standIn.waitForRequest(
      (r) =>
        r.method === 'POST' &&
        r.path === `/api/v10/channels/${CHANNEL_ID}/messages` &&
        r.body.message_reference?.message_id === asked.id,
      10_000,
    );
    expect(shownText(sent.body)).toContain('Chen Xu');
    expect(sent.body.allowed_mentions.parse).toEqual([]);
  });

  it('stops cleanly on SIGTERM', async () => {
    expect(await bot.stop()).toBe(0);
    expect(bot.stderr()).toContain('"reason":"SIGTERM"');
  });
});
