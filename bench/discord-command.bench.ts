import { once } from 'node:events';
import { Client, Events, GatewayIntentBits } from 'discord.js';
import { discordRestOptions } from '../adapters/discord/discord-client.ts';
import { shownText, startTestBot } from '../test/adapters/discord/discord-test-bot.ts';
import { commandInteraction, TOKEN } from '../test/fakes/discord-payloads.ts';
import { type DiscordStandIn, startDiscordStandIn } from '../test/fakes/discord-stand-in.ts';
import { type BenchResult, interleaved } from './bench-harness.ts';

// A `/upr next` interaction through the real discord.js client until its callback reaches the
// stand-in, against a bare discord.js client (on its own stand-in) that replies a fixed text.

/** Dispatches a `/upr next` and resolves with the callback's body. */
async function interact(standIn: DiscordStandIn) {
  const payload = commandInteraction({ subcommand: 'next' });
  standIn.dispatch('INTERACTION_CREATE', payload);
  const path = `/api/v10/interactions/${payload.id}/${payload.token}/callback`;
  return (await standIn.waitForRequest((r) => r.path === path)).body;
}

export async function benchDiscordCommand(rounds = 300): Promise<BenchResult> {
  const botSide = await startDiscordStandIn();
  const bareSide = await startDiscordStandIn();
  const { chat } = startTestBot(botSide);
  const bare = new Client({ intents: [GatewayIntentBits.Guilds], rest: discordRestOptions(bareSide.apiUrl) });
  bare.on(Events.InteractionCreate, async (interaction) => {
    if (interaction.isChatInputCommand()) await interaction.reply('A fixed reply.');
  });
  try {
    await chat.start();
    const ready = once(bare, Events.ClientReady);
    await bare.login(TOKEN);
    await ready;
    const first = await interact(botSide);
    if (!/review/i.test(shownText(first.data))) throw new Error('unexpected /upr next reply');
    const { subject, baseline, ratio } = await interleaved(
      () => interact(botSide),
      () => interact(bareSide),
      rounds,
    );
    return {
      name: 'discord /upr next',
      figures: {
        rounds,
        botMedianMs: subject.medianMs,
        botP99Ms: subject.p99Ms,
        bareClientMedianMs: baseline.medianMs,
        bareClientP99Ms: baseline.p99Ms,
        ratio,
      },
    };
  } finally {
    await chat.stop();
    await bare.destroy();
    await botSide.close();
    await bareSide.close();
  }
}
