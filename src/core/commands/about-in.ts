import { calendarDate, englishQuote } from '../i18n/catalogue.ts';
import { placeIn } from '../i18n/localized-names.ts';
import { say } from '../i18n/localized-parts.ts';
import type { DataStatus } from '../ports.ts';
import { type Reply, reply } from '../reply.ts';
import type { CommandContext } from './command-definition.ts';

/** `about` for a reader of another language: the session named by its body and number in that language, its place where the data renders it. */
export function aboutIn(status: DataStatus | undefined, ctx: CommandContext): Reply {
  const { index, locale } = ctx;
  const { session, data } = index;
  const place = placeIn(index, locale).place ?? englishQuote(locale, session.place.text);
  const lines = [
    say(locale, 'about.session', {
      session: say(locale, 'about.sessionName', { number: session.number }),
      start: calendarDate(session.window.start),
      end: calendarDate(session.window.end),
      place,
    }),
    say(locale, 'about.revision', {
      revision: data.revision,
      reviews: index.reviews.length,
      events: index.events.length,
      facts: data.facts.length,
      sources: data.sources.length,
    }),
    status
      ? say(locale, 'about.loaded', { origin: status.origin, at: new Date(status.importedAt) })
      : say(locale, 'about.notStored'),
    say(locale, 'about.statuses'),
  ];
  return reply(
    [
      { kind: 'header', text: say(locale, 'about.header') },
      { kind: 'section', lines: lines.map((l) => [l]) },
    ],
    { zone: ctx.zone },
  );
}
