import { z } from 'zod';
import { message } from '../i18n/catalogue.ts';
import { commandSummary } from '../i18n/command-texts.ts';
import { stateNameIn } from '../i18n/localized-names.ts';
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
    const { locale } = ctx;
    const first = ctx.index.reviews[0]?.state;
    // English keeps the data-made example; other languages ask it in their own words.
    const example =
      locale === 'en' || !first
        ? (exampleQuestions(ctx.index)[0] ?? 'when does the session start?')
        : message(locale, 'example.head', { state: stateNameIn(ctx.index, first, locale) });
    return reply(
      [
        { kind: 'header', text: message(locale, 'help.header') },
        {
          kind: 'section',
          columns: true,
          lines: visible.map((c) => [
            { strong: `/upr ${usageOf(c)}` },
            ` ${c.access === 'admin' ? message(locale, 'help.adminOnly', { summary: commandSummary(locale, c) }) : commandSummary(locale, c)}`,
          ]),
        },
        {
          kind: 'context',
          lines: [
            [message(locale, 'help.askInPlainWords', { example })],
            [message(locale, 'help.languages')],
          ],
        },
      ],
      { ephemeral: true, zone: ctx.zone },
    );
  },
});
