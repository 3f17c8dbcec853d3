import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discordCommandsFor } from '../../../adapters/discord/discord-commands.ts';
import type { ChatAdapter } from '../../../src/core/chat-adapter.ts';
import { coreCommands } from '../../../src/core/commands/command-registry.ts';
import { commandInteraction } from '../../fakes/discord-payloads.ts';
import { type DiscordStandIn, startDiscordStandIn } from '../../fakes/discord-stand-in.ts';
import { shownText, startTestBot } from './discord-test-bot.ts';

// Discord tells the bot each user's language with every interaction; the real discord.js client,
// against the local Discord, carries it to the core, which answers in it. The slash commands
// carry their names and descriptions in zh-CN, fr and es-ES for every command, option and choice.

const LOCALES = ['zh-CN', 'fr', 'es-ES'] as const;
/** Discord's rule for command and option names, in every locale. */
const NAME = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

interface Node {
  name: string;
  description?: string;
  name_localizations?: Record<string, string>;
  description_localizations?: Record<string, string>;
  options?: Node[];
  choices?: Node[];
}

describe('Discord: the interaction locale', () => {
  let standIn: DiscordStandIn;
  let chat: ChatAdapter;
  beforeAll(async () => {
    standIn = await startDiscordStandIn({ heartbeatMs: 500 });
    chat = startTestBot(standIn).chat;
    await chat.start();
  });
  afterAll(async () => {
    await chat?.stop();
    await standIn?.close();
  });

  async function interact(payload: ReturnType<typeof commandInteraction>) {
    standIn.dispatch('INTERACTION_CREATE', payload);
    const callback = await standIn.waitForRequest(
      (r) => r.path === `/api/v10/interactions/${payload.id}/${payload.token}/callback`,
    );
    return shownText(callback.body.data);
  }

  it.each([
    ['zh-CN', 'upr-bot：在聊天中了解联合国普遍定期审议'],
    ['fr', 'upr-bot : l’Examen périodique universel de l’ONU dans votre discussion'],
    ['es-419', 'upr-bot: el Examen Periódico Universal de la ONU en su chat'],
    ['en-GB', 'upr-bot: the UN Universal Periodic Review in your chat'],
  ])('/upr help for a %s user is in that language', async (locale, header) => {
    expect(await interact(commandInteraction({ subcommand: 'help', locale }))).toContain(header);
  });

  it('answers a question asked in English by a French user in French', async () => {
    const text = await interact(
      commandInteraction({
        subcommand: 'ask',
        options: { question: "who leads China's delegation?" },
        locale: 'fr',
      }),
    );
    expect(text).toContain('Chine : la délégation est dirigée par Chen Xu.');
  });

  it('answers in the question language whatever the client language', async () => {
    const text = await interact(
      commandInteraction({ subcommand: 'ask', options: { question: '谁率领中国代表团？' }, locale: 'en-US' }),
    );
    expect(text).toContain('中国代表团由陈旭（Chen Xu）率领');
  });
});

describe('Discord: localized slash commands', () => {
  const commands = discordCommandsFor(coreCommands) as unknown as Node[];

  function walk(node: Node, path: string, visit: (node: Node, path: string) => void) {
    visit(node, path);
    for (const child of node.options ?? []) walk(child, `${path} ${child.name}`, visit);
  }

  it('gives every command, subcommand and option a name and description in zh-CN, fr and es-ES', () => {
    let count = 0;
    for (const command of commands)
      walk(command, command.name, (node, path) => {
        count++;
        for (const locale of LOCALES) {
          const name = node.name_localizations?.[locale];
          const description = node.description_localizations?.[locale];
          expect(name, `${path} ${locale}`).toMatch(NAME);
          expect(name, `${path} ${locale}`).toBe(name!.toLowerCase());
          expect(description?.length, `${path} ${locale}`).toBeGreaterThan(0);
          expect([...description!].length, `${path} ${locale}`).toBeLessThanOrEqual(100);
        }
        // Names are words of the language, not the English copied; the root names (upr) are the brand.
        if (path.includes(' ')) expect(node.name_localizations!['zh-CN']).not.toBe(node.name);
      });
    expect(count).toBeGreaterThan(30);
  });

  it('gives the lang option its choices, each named in every language', () => {
    const admin = commands.find((c) => c.name === 'upr-admin')!;
    const lang = admin.options!.find((o) => o.name === 'subscribe')!.options!.find((o) => o.name === 'lang')!;
    expect(lang.choices!.map((c) => (c as unknown as { value: string }).value)).toEqual([
      'en',
      'zh',
      'fr',
      'es',
    ]);
    for (const choice of lang.choices!)
      for (const locale of LOCALES) expect(choice.name_localizations?.[locale]).toBeTruthy();
    expect(lang.choices![1]!.name_localizations!['zh-CN']).toBe('简体中文');
  });

  it('keeps localized names unique among siblings, so Discord accepts them', () => {
    for (const command of commands)
      walk(command, command.name, (node) => {
        for (const locale of LOCALES) {
          const names = (node.options ?? []).map((o) => o.name_localizations?.[locale]);
          expect(new Set(names).size).toBe(names.length);
        }
      });
  });

  it('stays within 4,000 characters per command in every locale', () => {
    for (const command of commands)
      for (const locale of [...LOCALES, undefined]) {
        let total = 0;
        walk(command, command.name, (node) => {
          total += (locale ? node.name_localizations?.[locale] : node.name)?.length ?? 0;
          total += (locale ? node.description_localizations?.[locale] : node.description)?.length ?? 0;
        });
        expect(total).toBeLessThanOrEqual(4000);
      }
  });
});
