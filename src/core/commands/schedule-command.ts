import { DateTime } from 'luxon';
import { z } from 'zod';
import { type AgendaItem, itemsBetween } from '../agenda.ts';
import { withStanding } from '../clock-wording.ts';
import { message } from '../i18n/catalogue.ts';
import { stateNameIn } from '../i18n/localized-names.ts';
import { periodWord } from '../i18n/period-words.ts';
import { type Block, type Reply, reply } from '../reply.ts';
import { agendaLine } from '../reply-parts.ts';
import { formatDate, localDate } from '../time-format.ts';
import { ordinal } from '../wording/ordinals.ts';
import { type CommandContext, defineCommand } from './command-definition.ts';
import { scheduleIn } from './schedule-in.ts';
import { resolveReviewedState, stateArgument } from './state-argument.ts';

const periodArgument = z
  .string()
  // "demain", "明天": the period words of the reader's language mean the same.
  .transform(periodWord)
  .refine(isPeriod, {
    message: message('en', 'error.period'),
    params: { messageId: 'error.period' },
  })
  .refine((v) => !/^\d/.test(v) || /^\d{4}-\d{2}-\d{2}$/.test(v), {
    message: message('en', 'error.dateFormat'),
    params: { messageId: 'error.dateFormat' },
  })
  .describe('today, tomorrow, week, session or a date (YYYY-MM-DD)');

function isPeriod(v: string): boolean {
  return ['today', 'tomorrow', 'week', 'session'].includes(v) || DateTime.fromISO(v).isValid;
}

export type PeriodKind = 'today' | 'tomorrow' | 'week' | 'session' | 'date' | 'state';

export interface Period {
  from: string;
  to: string;
  kind: PeriodKind;
  /** With kind 'state': the one state whose items the timetable keeps. */
  state?: string;
}

function periodFor(
  choice: string | undefined,
  now: string,
  zone: string,
  window: { start: string; end: string },
): Period {
  const today = localDate(now, zone);
  const inSession = today >= window.start && today <= window.end;
  const pick = choice ?? (inSession ? 'today' : 'session');
  const day = DateTime.fromISO(today);
  switch (pick) {
    case 'today':
      return { from: today, to: today, kind: 'today' };
    case 'tomorrow': {
      const d = day.plus({ days: 1 }).toISODate()!;
      return { from: d, to: d, kind: 'tomorrow' };
    }
    case 'week': {
      const monday = day.startOf('week');
      return { from: monday.toISODate()!, to: monday.plus({ days: 6 }).toISODate()!, kind: 'week' };
    }
    case 'session':
      return { from: window.start, to: window.end, kind: 'session' };
    default:
      return { from: pick, to: pick, kind: 'date' };
  }
}

function englishLabel(period: Period): string {
  switch (period.kind) {
    case 'today':
      return `Today, ${formatDate(period.from)}`;
    case 'tomorrow':
      return `Tomorrow, ${formatDate(period.from)}`;
    case 'week':
      return `Week of ${formatDate(period.from)}`;
    case 'session':
      return 'The whole session';
    case 'state':
      return period.state!;
    default:
      return formatDate(period.from);
  }
}

export const scheduleCommand = defineCommand({
  name: 'schedule',
  summary: 'The timetable for today, tomorrow, this week, the whole session, a date or one state',
  args: z.object({ period: periodArgument.optional(), state: stateArgument.optional() }),
  split: splitSchedule,
  examples: ['schedule', 'schedule tomorrow', 'schedule session', 'schedule 2024-01-23'],
  access: 'everyone',
  run({ period: choice, state }, ctx) {
    const { session } = ctx.index;
    if (state) return stateSchedule(state, ctx);
    const period = periodFor(choice, ctx.now, session.zone, session.window);
    return timetable(period, itemsBetween(ctx.agenda, period.from, period.to), ctx);
  },
});

/**
 * Typed text is a period or a state: "schedule tomorrow", "schedule China". Words that are
 * neither stay the period, so that "schedule for monday 29th" fails as a command and is asked.
 */
export function splitSchedule(text: string, { states }: Pick<CommandContext, 'states'>) {
  const words = text.trim();
  if (!words) return {};
  if (isPeriod(periodWord(words))) return { period: words };
  const names = states.resolve(words) ? 1 : states.findIn(words).length;
  return names === 1 ? { state: words } : { period: words };
}

/** "schedule China": that state's review, adoption and side meetings over the whole session. */
function stateSchedule(text: string, ctx: CommandContext): Reply {
  // A state that is not under review this session gets the same answer as `review` gives it.
  const resolved = resolveReviewedState(text, ctx);
  if ('reply' in resolved) return resolved.reply;
  const { state } = resolved;
  const { window } = ctx.index.session;
  const period: Period = {
    from: window.start,
    to: window.end,
    kind: 'state',
    state: stateNameIn(ctx.index, state.code, ctx.locale),
  };
  const ofState = ctx.agenda.filter((i) => i.states.includes(state.code));
  return timetable(period, ofState, ctx);
}

function timetable(period: Period, all: readonly AgendaItem[], ctx: CommandContext): Reply {
  const { session } = ctx.index;
  // A state's timetable keeps every dated item of that state, whatever the period; undated ones go apart.
  const items = period.kind === 'state' ? all.filter((i) => i.date) : all;
  const undated = period.kind === 'state' ? all.filter((i) => !i.date) : ctx.agenda.filter((i) => !i.date);
  const showUndated = period.kind === 'state' || period.kind === 'session';
  if (ctx.locale !== 'en') return scheduleIn(period, items, ctx, showUndated ? undated : []);
  const blocks: Block[] = [
    { kind: 'header', text: `UPR ${ordinal(session.number)} session: ${englishLabel(period)}` },
  ];
  const byDate = new Map<string, AgendaItem[]>();
  for (const item of items) byDate.set(item.date!, [...(byDate.get(item.date!) ?? []), item]);
  for (const [date, dayItems] of byDate) {
    blocks.push({
      kind: 'section',
      heading: formatDate(date),
      lines: dayItems.map((i) => withStanding(agendaLine(i, { dayKnown: true }), i, ctx.now, session.zone)),
    });
  }
  if (!items.length) {
    const outside = period.to < session.window.start || period.from > session.window.end;
    blocks.push({
      kind: 'section',
      lines: [
        [
          outside
            ? `Nothing: the session runs from ${formatDate(session.window.start)} to ${formatDate(session.window.end)}. Try "schedule session".`
            : 'Nothing is scheduled on these days.',
        ],
      ],
    });
  }
  if (showUndated && undated.length) {
    blocks.push({
      kind: 'section',
      heading: 'Date not announced',
      lines: undated.map((i) => [{ strong: i.title }]),
    });
  }
  return reply(blocks, { zone: ctx.zone });
}
