import { z } from 'zod';
import type { SideEvent } from '../data-schema.ts';
import { type Block, reply, textReply } from '../reply.ts';
import { provisional, sourcesBlock, whenInline } from '../reply-parts.ts';
import { quoteUserText } from '../safe-text.ts';
import { normaliseName } from '../state-names.ts';
import { defineCommand } from './command-definition.ts';

function matchesOrganiser(event: SideEvent, wanted: string): boolean {
  const needle = normaliseName(wanted);
  return [...event.organisers, ...event.organiserAcronyms].some((name) =>
    normaliseName(name).includes(needle),
  );
}

export const eventsCommand = defineCommand({
  name: 'events',
  summary: 'Side meetings and other events, for a state or an organiser',
  args: z.object({
    filter: z.string().trim().max(80).optional().describe('A state (China) or an organiser (CSHRS)'),
  }),
  examples: ['events', 'events China', 'events CSHRS'],
  access: 'everyone',
  run({ filter }, ctx) {
    const { index } = ctx;
    let events = index.events;
    let label = 'Side meetings and other events';
    if (filter) {
      const named = ctx.states.findIn(filter);
      const state = ctx.states.resolve(filter) ?? (named.length === 1 ? named[0] : undefined);
      const byOrganiser = index.events.filter((e) => matchesOrganiser(e, filter));
      if (byOrganiser.length) {
        events = byOrganiser;
        label = `Events organised by ${quoteUserText(filter)}`;
      } else if (state) {
        events = index.events.filter((e) => e.states.includes(state.code));
        label = `Events about ${state.name}`;
      } else {
        return textReply(
          `No events match "${quoteUserText(filter)}". Try a state (China) or an organiser (CSHRS).`,
          {
            ephemeral: true,
          },
        );
      }
    }
    if (!events.length) return textReply(`${label}: none in the data.`);
    const items = new Map(ctx.agenda.map((i) => [i.key, i]));
    const blocks: Block[] = [{ kind: 'header', text: label }];
    for (const event of events) {
      const item = items.get(`event:${event.id}`)!;
      const lines = [
        [...whenInline(item), ...(event.place ? [` · ${event.place}`] : [])],
        [`Organised by ${event.organisers.join(', ')}`],
      ];
      if (event.detail) lines.push([event.detail]);
      if (event.status !== 'confirmed' || event.note) {
        lines.push([`Status: ${event.status}${event.note ? ` (${event.note})` : ''}`]);
      }
      blocks.push({ kind: 'section', heading: `${event.title}${provisional(event.status)}`, lines });
    }
    blocks.push(
      ...sourcesBlock(
        index,
        events.flatMap((e) => e.sources),
      ),
    );
    return reply(blocks, { zone: ctx.zone });
  },
});
