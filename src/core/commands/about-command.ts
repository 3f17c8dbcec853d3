import { z } from 'zod';
import { reply } from '../reply.ts';
import { formatDate, formatDateTime } from '../time-format.ts';
import { aboutIn } from './about-in.ts';
import { defineCommand } from './command-definition.ts';

export const aboutCommand = defineCommand({
  name: 'about',
  summary: 'Where the data comes from and how fresh it is',
  args: z.object({}),
  examples: ['about'],
  access: 'everyone',
  async run(_args, ctx) {
    const { index } = ctx;
    const { session, data } = index;
    const status = await ctx.ports.dataStatus();
    if (ctx.locale !== 'en') return aboutIn(status, ctx);
    const counts = `${index.reviews.length} reviews, ${index.events.length} side meetings and events, ${data.facts.length} facts, ${data.sources.length} sources`;
    return reply(
      [
        { kind: 'header', text: 'About upr-bot' },
        {
          kind: 'section',
          lines: [
            [
              `${session.body}, ${session.title}: ${formatDate(session.window.start)} to ${formatDate(session.window.end)}, ${session.place.text}.`,
            ],
            [`Data revision ${data.revision}: ${counts}.`],
            [
              status
                ? `Loaded from ${status.origin} on ${formatDateTime(status.importedAt, 'UTC')} UTC.`
                : 'Not yet stored.',
            ],
            [
              'Every fact carries its source and a status: confirmed, inferred (shown as expected, not announced) or unconfirmed (shown as not known).',
            ],
          ],
        },
      ],
      { zone: ctx.zone },
    );
  },
});
