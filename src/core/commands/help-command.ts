import { z } from 'zod';
import { reply } from '../reply.ts';
import { exampleQuestions } from '../wording/example-questions.ts';
import { defineCommand } from './command-definition.ts';
import { usageOf } from './command-usage.ts';

export const helpCommand = defineCommand({
  name: 'help',
  summary: 'What the bot can do',
  args: z.object({}),
  examples: ['help'],
  access: 'everyone',
  ephemeral: true,
  run(_args, ctx) {
    const visible = ctx.commands.filter((c) => c.access === 'everyone' || ctx.inbound.user.isAdmin);
    return reply(
      [
        { kind: 'header', text: 'upr-bot: the UN Universal Periodic Review in your chat' },
        {
          kind: 'section',
          columns: true,
          lines: visible.map((c) => [
            { strong: `/upr ${usageOf(c)}` },
            ` ${c.summary}${c.access === 'admin' ? ' (admins)' : ''}`,
          ]),
        },
        {
          kind: 'context',
          lines: [
            [
              `Or just ask, in plain words: "${exampleQuestions(ctx.index)[0] ?? 'when does the session start?'}"`,
            ],
          ],
        },
      ],
      { ephemeral: true, zone: ctx.zone },
    );
  },
});
