import { z } from 'zod';
import { createDiscordChat } from '../../../adapters/discord/discord-chat.ts';
import type { DiscordShard } from '../../../adapters/discord/discord-client.ts';
import { fixedClock } from '../../../src/composition/clocks.ts';
import { createLogger } from '../../../src/composition/logger.ts';
import { createBotCore, type QuestionAnswerer } from '../../../src/core/bot-core.ts';
import { defineCommand } from '../../../src/core/commands/command-definition.ts';
import { coreCommands } from '../../../src/core/commands/command-registry.ts';
import { buildKnowledge } from '../../../src/core/knowledge.ts';
import type { Clock, CorePorts } from '../../../src/core/ports.ts';
import { textReply } from '../../../src/core/reply.ts';
import { TOKEN } from '../../fakes/discord-payloads.ts';
import type { DiscordStandIn, Json, RecordedRequest } from '../../fakes/discord-stand-in.ts';
import { builtInData } from '../../support/built-in.ts';

// The real discord.js client, wired by createDiscordChat to a core over the built-in data, with
// one extra admin command whose answer the test holds back, to drive the defer path.

export const NOW = '2024-01-20T10:00:00Z';

/** An admin command whose answer waits until the test lets it go, to exercise the defer path. */
export function gatedAdminCommand() {
  let release: () => void = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const command = defineCommand({
    name: 'announce',
    summary: 'Post an announcement to this channel (a stand-in admin command for the tests)',
    args: z.object({ text: z.string().min(1).describe('What to announce') }),
    examples: ['announce hello'],
    access: 'admin',
    async run({ text }) {
      await gate;
      return textReply(`Announced: ${text}`);
    },
  });
  return { command, release };
}

export function startTestBot(
  standIn: DiscordStandIn,
  answerQuestion?: QuestionAnswerer,
  /** Storage's ports for the reminder commands, and a clock the test moves. */
  options: { ports?: CorePorts; clock?: Clock; shard?: DiscordShard } = {},
) {
  const knowledge = buildKnowledge(builtInData());
  const admin = gatedAdminCommand();
  const core = createBotCore({
    knowledge: () => knowledge,
    ports: options.ports ?? {
      dataStatus: async () => ({ revision: 'test', origin: 'test', importedAt: NOW }),
    },
    commands: [...coreCommands, admin.command as never],
    ...(answerQuestion ? { answerQuestion } : {}),
  });
  const chat = createDiscordChat({
    token: TOKEN,
    apiUrl: standIn.apiUrl,
    core,
    clock: options.clock ?? fixedClock(NOW),
    logger: createLogger({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    knowledge: () => knowledge,
    deferAfterMs: 200,
    ...(options.shard ? { shard: options.shard } : {}),
  });
  return { chat, core, admin, knowledge };
}

/** Requests that carry a message (not a bare defer or an autocomplete answer). */
export function messageBodies(requests: RecordedRequest[]): Json[] {
  return requests
    .filter((r) => r.body && typeof r.body === 'object')
    .map((r) => (/\/callback$/.test(r.path) ? r.body.data && r.body.type === 4 && r.body.data : r.body))
    .filter((body) => body && (body.content !== undefined || body.embeds !== undefined));
}

/** Everything a reply shows, flattened for `toContain`. */
export function shownText(body: Json): string {
  const embeds = (body.embeds ?? []) as Json[];
  return [
    body.content ?? '',
    ...embeds.flatMap((e) => [
      e.title ?? '',
      e.description ?? '',
      ...(e.fields ?? []).flatMap((f: Json) => [f.name, f.value]),
    ]),
  ].join('\n');
}
