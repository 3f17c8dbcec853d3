import { z } from 'zod';
import { isKnownAt, withStanding } from '../clock-wording.ts';
import type { SideEvent } from '../data-schema.ts';
import { type Block, reply, textReply } from '../reply.ts';
import { provisional, sourcesBlock, whenInline } from '../reply-parts.ts';
import { quoteUserText } from '../safe-text.ts';
import { normaliseName } from '../state-names.ts';
import { type CommandContext, defineCommand } from './command-definition.ts';
import { type EventsChoice, eventsIn, noEventsIn } from './events-in.ts';
import { textArgument } from './text-argument.ts';

function matchesOrganiser(event: SideEvent, wanted: string): boolean {
  const needle = normaliseName(wanted);
  // "🙂" or "a" is in every name, so it names no organiser.
  if (needle.length < 2) return false;
  const inLanguages = Object.values(event.organisersIn ?? {}).flat();
  return [...event.organisers, ...event.organiserAcronyms, ...inLanguages].some((name) =>
    normaliseName(name).includes(needle),
  );
}

/** " (for example China or CSHRS)": from the data, so another session's file names its own. */
function exampleFilters(ctx: CommandContext): string {
  const event = ctx.index.events[0];
  if (!event) return '';
  const state = event.states[0] ? ctx.index.states.get(event.states[0])?.name : undefined;
  const organiser = event.organiserAcronyms[0] ?? event.organisers[0];
  return ` (for example ${[state, organiser].filter(Boolean).join(' or ')})`;
}

export const eventsCommand = defineCommand({
  name: 'events',
  summary: 'Side meetings and other events, for a state or an organiser',
  args: z.object({
    filter: textArgument('filter', { required: false, max: 80 })
      .optional()
      .describe('A state or an organiser (its name or acronym)'),
  }),
  examples: ['events', 'events <state>', 'events <organiser>'],
  access: 'everyone',
  run({ filter }, ctx) {
    const { index } = ctx;
    let events = index.events;
    let label = 'Side meetings and other events';
    let choice: EventsChoice = { by: 'all' };
    if (filter) {
      const named = ctx.states.findIn(filter);
      const exactState = ctx.states.resolve(filter);
      const state = exactState ?? (named.length === 1 ? named[0] : undefined);
      // "China" names the state even though "Permanent Mission of China" contains it: a filter
      // that is a state's name keeps every event about that state, not the few it organised.
      const byOrganiser = exactState ? [] : index.events.filter((e) => matchesOrganiser(e, filter));
      if (byOrganiser.length) {
        events = byOrganiser;
        label = `Events organised by ${quoteUserText(filter)}`;
        choice = { by: 'organiser', name: filter };
      } else if (state) {
        events = index.events.filter((e) => e.states.includes(state.code));
        label = `Events about ${state.name}`;
        choice = { by: 'state', code: state.code };
      } else {
        if (ctx.locale !== 'en') return noEventsIn(filter, ctx);
        return textReply(
          `No events match "${quoteUserText(filter)}". Try a state or an organiser${exampleFilters(ctx)}.`,
          {
            ephemeral: true,
          },
        );
      }
    }
    if (ctx.locale !== 'en') return eventsIn(events, choice, ctx);
    if (!events.length) return textReply(`${label}: none in the data.`);
    const items = new Map(ctx.agenda.map((i) => [i.key, i]));
    const blocks: Block[] = [{ kind: 'header', text: label }];
    for (const event of events) {
      const item = items.get(`event:${event.id}`)!;
      const lines = [
        [
          ...withStanding(whenInline(item), item, ctx.now, index.session.zone),
          ...(event.place ? [` · ${event.place}`] : []),
        ],
        [`Organised by ${event.organisers.join(', ')}`],
      ];
      if (event.detail) lines.push([event.detail]);
      // How it went, once it has happened.
      if (event.outcome && isKnownAt(event.outcome.asOf, ctx.now, index.session.zone))
        lines.push([event.outcome.text]);
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
