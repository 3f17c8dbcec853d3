import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/composition/config.ts';
import type { ChatAdapter } from '../../../src/core/chat-adapter.ts';
import { commandInteraction } from '../../fakes/discord-payloads.ts';
import { type DiscordStandIn, startDiscordStandIn } from '../../fakes/discord-stand-in.ts';
import { shownText, startTestBot } from './discord-test-bot.ts';

// Several replicas on Discord: each runs one shard of the gateway (DISCORD_SHARD=id/count), so
// that Discord sends each server's interactions to one replica only.

describe('a replica running one shard of the Discord gateway', () => {
  let standIn: DiscordStandIn | undefined;
  let chat: ChatAdapter | undefined;
  afterAll(async () => {
    await chat?.stop();
    await standIn?.close();
  });

  it('identifies as that shard, and answers the interactions it is sent', async () => {
    standIn = await startDiscordStandIn();
    chat = startTestBot(standIn, undefined, { shard: { id: 1, count: 2 } }).chat;
    await chat.start();
    const identify = standIn.frames.find((f) => f.op === 2)!;
    expect(identify.d.shard).toEqual([1, 2]);
    const payload = commandInteraction({ subcommand: 'review', options: { state: 'China' } });
    standIn.dispatch('INTERACTION_CREATE', payload);
    const callback = await standIn.waitForRequest(
      (r) => r.path === `/api/v10/interactions/${payload.id}/${payload.token}/callback`,
    );
    expect(shownText(callback.body.data)).toContain('Review of China');
  });

  it('reads DISCORD_SHARD as id/count, and refuses a shard beyond the count', () => {
    expect(loadConfig({ DISCORD_SHARD: '1/2' }).DISCORD_SHARD).toEqual({ id: 1, count: 2 });
    expect(loadConfig({ DISCORD_SHARD: '' }).DISCORD_SHARD).toBeUndefined();
    expect(() => loadConfig({ DISCORD_SHARD: '2/2' })).toThrow(/DISCORD_SHARD is a shard below the count/);
    expect(() => loadConfig({ DISCORD_SHARD: 'one' })).toThrow(/such as 0\/2/);
  });
});
