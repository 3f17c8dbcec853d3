import type { AgendaItem, nextItems } from '../agenda.ts';
import { calendarDate } from '../i18n/catalogue.ts';
import { agendaLineIn, itemTitleIn, say } from '../i18n/localized-parts.ts';
import { standingNoteIn, withStandingIn } from '../i18n/localized-standing.ts';
import { type Block, type Line, type Reply, reply } from '../reply.ts';
import type { CommandContext } from './command-definition.ts';

type Next = ReturnType<typeof nextItems>;

/** `next` for a reader of another language: the same sections, each item where it stands. */
export function nextIn(
  next: Next,
  ctx: CommandContext,
  options: { forState: boolean; today: string },
): Reply {
  const { index, locale } = ctx;
  const { session } = index;
  const zone = session.zone;
  const sections: Block[] = [];
  const add = (part: string, lines: Line[]) => {
    if (lines.length)
      sections.push({ kind: 'section', heading: say(locale, 'next.heading', { part }), lines });
  };
  const standing = (item: AgendaItem) =>
    withStandingIn(agendaLineIn(index, item, locale), item, ctx.now, zone, locale);
  add(
    'underway',
    next.underway.map((i) => [
      ...agendaLineIn(index, i, locale),
      say(locale, 'standing.open'),
      ...standingNoteIn(i, ctx.now, zone, locale),
      say(locale, 'standing.close'),
    ]),
  );
  add(
    'today',
    next.today.map((i) => [{ strong: itemTitleIn(index, i, locale) }]),
  );
  if (next.nextReview) add('review', [standing(next.nextReview)]);
  if (next.nextEvent) add('event', [standing(next.nextEvent)]);
  const forState = options.forState ? 'yes' : 'no';
  if (!sections.length) {
    const text =
      options.today > session.window.end
        ? say(locale, 'next.ended', {
            number: session.number,
            date: calendarDate(session.window.end),
            forState,
          })
        : say(locale, 'next.nothing', { forState });
    sections.push({ kind: 'section', lines: [[text]] });
  }
  const header: Block[] =
    options.today < session.window.start
      ? [
          {
            kind: 'context',
            lines: [
              [
                say(locale, 'next.opens', {
                  number: session.number,
                  date: calendarDate(session.window.start),
                }),
              ],
            ],
          },
        ]
      : [];
  return reply([...header, ...sections], { zone: ctx.zone });
}
