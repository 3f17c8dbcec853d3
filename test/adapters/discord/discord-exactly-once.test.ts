import { REST } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { discordRestOptions } from '../../../adapters/discord/discord-client.ts';
import { createDiscordPoster, deliveryNonce } from '../../../adapters/discord/discord-poster.ts';
import { createLogger } from '../../../src/composition/logger.ts';
import { DEFAULT_SETTINGS } from '../../../src/core/reminders/subscription.ts';
import { textReply } from '../../../src/core/reply.ts';
import { TOKEN } from '../../fakes/discord-payloads.ts';
import { type DiscordStandIn, startDiscordStandIn } from '../../fakes/discord-stand-in.ts';
import { reminderHarness } from '../../support/reminder-harness.ts';

// Each reminder reaches a Discord channel once, even when it is posted again (a retry after a
// server error, a restart after a crash): every message carries a nonce made from its delivery
// key, with enforce_nonce, and Discord (here its stand-in) answers a repeat with the first message.

const CHANNELS = ['1320000000000000001', '1320000000000000002', '1320000000000000003'];

let standIn: DiscordStandIn;
let cleanup = async () => {};
afterEach(async () => {
  await cleanup();
  await standIn?.close();
});

async function subscribed() {
  standIn = await startDiscordStandIn();
  const rest = new REST({ ...discordRestOptions(standIn.apiUrl), retries: 3 }).setToken(TOKEN);
  const poster = createDiscordPoster(rest, createLogger({ level: 'silent' }));
  const h = await reminderHarness({ posters: [poster] });
  cleanup = h.cleanup;
  for (const channelRef of CHANNELS) {
    await h.storage.subscriptions.save({
      platform: 'discord',
      channelRef,
      settings: { ...DEFAULT_SETTINGS, kinds: ['window'] },
      createdBy: 'test',
      at: '2024-01-10T00:00:00Z',
    });
  }
  h.clock.at = '2024-01-10T00:00:10.000Z';
  await h.makeScheduler().tick();
  return { h, poster };
}

const posts = () =>
  standIn.requests.filter((r) => r.method === 'POST' && /\/channels\/\d+\/messages$/.test(r.path));

describe('Discord reminders, exactly once', () => {
  it('carry a nonce of at most 25 characters, made from the delivery key, with enforce_nonce', async () => {
    const { h } = await subscribed();
    h.clock.at = '2024-01-15T08:00:05.000Z';
    expect((await h.makeScheduler().tick()).sent).toHaveLength(3);
    const sent = await h.storage.ledger.list({ state: 'sent' });
    const nonces = posts().map((r) => r.body.nonce as string);
    expect(new Set(nonces).size).toBe(3);
    for (const row of sent) {
      const request = posts().find((r) => r.path.includes(row.channelRef))!;
      expect(request.body.nonce).toBe(deliveryNonce(row.key, 0));
      expect(request.body.nonce.length).toBeLessThanOrEqual(25);
      expect(request.body.enforce_nonce).toBe(true);
      expect(row.postedRef).toBe(standIn.messages.get(row.channelRef)![0].id);
    }
  });

  it('a server error after Discord created the message: the retry returns it, no second message', async () => {
    const { h } = await subscribed();
    standIn.failNext('POST', new RegExp(`/channels/${CHANNELS[0]}/messages$`), {
      status: 502,
      body: { message: 'Bad Gateway', code: 0 },
      afterCreating: true,
    });
    h.clock.at = '2024-01-15T08:00:05.000Z';
    expect((await h.makeScheduler().tick()).sent).toHaveLength(3);
    expect(posts().filter((r) => r.path.includes(CHANNELS[0]!))).toHaveLength(2);
    for (const channel of CHANNELS) expect(standIn.messages.get(channel)).toHaveLength(1);
  });

  it('a crash after posting, before the record: the next start posts with the same nonce, once', async () => {
    const { h, poster } = await subscribed();
    h.clock.at = '2024-01-15T08:00:05.000Z';
    // A process claims the deliveries, posts them, and dies before recording anything.
    await h.storage.templates.releaseDue(h.clock.at);
    const claimed = await h.storage.ledger.claim({
      platform: 'discord',
      now: h.clock.at,
      limit: 10,
      claimedBy: 'dead-process',
    });
    const reply = textReply('posted before the crash');
    for (const d of claimed) await poster.post({ ref: d.channelRef }, reply, { key: d.key });
    expect(await h.storage.ledger.releaseClaims()).toBe(3);

    expect((await h.makeScheduler().tick()).sent).toHaveLength(3);
    expect(posts()).toHaveLength(6);
    for (const channel of CHANNELS) expect(standIn.messages.get(channel)).toHaveLength(1);
  });
});
