import type { AgendaItem } from '../agenda.ts';
import { calendarDate } from '../i18n/catalogue.ts';
import { agendaLineIn, itemTitleIn, say } from '../i18n/localized-parts.ts';
import { withStandingIn } from '../i18n/localized-standing.ts';
import { type Block, type Reply, reply } from '../reply.ts';
import type { CommandContext } from './command-definition.ts';
import type { Period } from './schedule-command.ts';

/** `schedule` for a reader of another language: the same days and items, told in it. */
export function scheduleIn(
  period: Period,
  items: readonly AgendaItem[],
  ctx: CommandContext,
  undated: readonly AgendaItem[],
): Reply {
  const { index, locale } = ctx;
  const { session } = index;
  const blocks: Block[] = [
    {
      kind: 'header',
      text: say(locale, 'schedule.header', {
        number: session.number,
        period: period.kind,
        date: calendarDate(period.from),
        state: period.state ?? '',
      }),
    },
  ];
  const byDate = new Map<string, AgendaItem[]>();
  for (const item of items) byDate.set(item.date!, [...(byDate.get(item.date!) ?? []), item]);
  for (const [date, dayItems] of byDate) {
    blocks.push({
      kind: 'section',
      heading: say(locale, 'fact.date', { date: calendarDate(date) }),
      lines: dayItems.map((i) =>
        withStandingIn(agendaLineIn(index, i, locale, { dayKnown: true }), i, ctx.now, session.zone, locale),
      ),
    });
  }
  if (!items.length) {
    const outside = period.to < session.window.start || period.from > session.window.end;
    const text = outside
      ? say(locale, 'schedule.outside', {
          start: calendarDate(session.window.start),
          end: calendarDate(session.window.end),
        })
      : say(locale, 'schedule.nothing');
    blocks.push({ kind: 'section', lines: [[text]] });
  }
  if (undated.length) {
    blocks.push({
      kind: 'section',
      heading: say(locale, 'schedule.undated'),
      lines: undated.map((i) => [{ strong: itemTitleIn(index, i, locale) }]),
    });
  }
  return reply(blocks, { zone: ctx.zone });
}
