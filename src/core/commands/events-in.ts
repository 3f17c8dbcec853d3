import { isKnownAt } from '../clock-wording.ts';
import type { SideEvent } from '../data-schema.ts';
import { dataTextIn, englishQuote, listOf } from '../i18n/catalogue.ts';
import { organisersIn, placeTextIn, stateNameIn } from '../i18n/localized-names.ts';
import { provisionalIn, say, sourcesIn, whenInlineIn } from '../i18n/localized-parts.ts';
import { withStandingIn } from '../i18n/localized-standing.ts';
import { type Block, type Line, type Reply, reply, textReply } from '../reply.ts';
import { quoteUserText } from '../safe-text.ts';
import type { CommandContext } from './command-definition.ts';

/** Whose events are listed: every one, an organiser's (as the reader typed it) or a state's. */
export type EventsChoice = { by: 'all' } | { by: 'organiser'; name: string } | { by: 'state'; code: string };

/** No event matches: the examples are the data's own, the state named in the reader's language. */
export function noEventsIn(filter: string, ctx: CommandContext): Reply {
  const { index, locale } = ctx;
  const event = index.events[0];
  const state = event?.states[0] ? stateNameIn(index, event.states[0], locale) : undefined;
  const organiser = event ? (event.organiserAcronyms[0] ?? organisersIn(event, locale)[0]) : undefined;
  const examples = [state, organiser].filter((x): x is string => Boolean(x));
  return textReply(
    say(locale, 'events.noMatch', {
      filter: quoteUserText(filter),
      hasExamples: examples.length ? 'yes' : 'no',
      examples: disjunction(locale, examples),
    }),
    { ephemeral: true },
  );
}

function disjunction(locale: CommandContext['locale'], items: string[]): string {
  return say(locale, 'events.or', { first: items[0] ?? '', second: items[1] ?? '', count: items.length });
}

/** `events` for a reader of another language: organisers as the data names them there, the rest quoted. */
export function eventsIn(events: readonly SideEvent[], choice: EventsChoice, ctx: CommandContext): Reply {
  const { index, locale } = ctx;
  const zone = index.session.zone;
  const header = say(locale, 'events.header', {
    by: choice.by,
    name:
      choice.by === 'organiser'
        ? quoteUserText(choice.name)
        : choice.by === 'state'
          ? stateNameIn(index, choice.code, locale)
          : '',
  });
  if (!events.length) return textReply(say(locale, 'events.none', { header }));
  const items = new Map(ctx.agenda.map((i) => [i.key, i]));
  const blocks: Block[] = [{ kind: 'header', text: header }];
  for (const event of events) {
    const item = items.get(`event:${event.id}`)!;
    const lines: Line[] = [
      [
        ...withStandingIn(whenInlineIn(item, locale), item, ctx.now, zone, locale),
        ...(event.place
          ? [say(locale, 'events.place', { place: placeTextIn(index, event.place, locale) })]
          : []),
      ],
      [say(locale, 'answer.eventOrganisers', { organisers: listOf(locale, organisersIn(event, locale)) })],
    ];
    if (event.detail) lines.push([dataTextIn(locale, event.detail, event.detailIn)]);
    if (event.outcome && isKnownAt(event.outcome.asOf, ctx.now, zone))
      lines.push([dataTextIn(locale, event.outcome.text, event.outcome.textIn)]);
    if (event.status !== 'confirmed' || event.note) {
      lines.push([
        say(locale, 'events.status', {
          status: event.status,
          hasNote: event.note ? 'yes' : 'no',
          note: englishQuote(locale, event.note ?? ''),
        }),
      ]);
    }
    blocks.push({
      kind: 'section',
      heading: `${englishQuote(locale, event.title)}${provisionalIn(locale, event.status)}`,
      lines,
    });
  }
  blocks.push(
    ...sourcesIn(
      locale,
      index,
      events.flatMap((e) => e.sources),
    ),
  );
  return reply(blocks, { zone: ctx.zone });
}
