import type { AgendaItem } from '../agenda.ts';
import type { MessageId, MessageValues } from '../i18n/catalogue.ts';
import { stateNameIn } from '../i18n/localized-names.ts';
import { itemTitleIn, say } from '../i18n/localized-parts.ts';
import { type Line, type Reply, reply, textReply } from '../reply.ts';
import type { CommandContext } from './command-definition.ts';

// What `remind` says, in the reader's language. English keeps remind-command.ts's own words.

export function remindText(ctx: CommandContext, id: MessageId, values: MessageValues = {}): Reply {
  return textReply(say(ctx.locale, id, values), { ephemeral: true });
}

/** Nothing matches: how to write it, with a state of the data named in the reader's language. */
export function remindNoMatch(target: string, ctx: CommandContext): Reply {
  const first = ctx.index.reviews[0];
  const state = first ? stateNameIn(ctx.index, first.state, ctx.locale) : '<state>';
  return remindText(ctx, 'remind.noMatch', { target, state });
}

export function remindTitle(item: AgendaItem, ctx: CommandContext): string {
  return itemTitleIn(ctx.index, item, ctx.locale);
}

/** The lead as a duration ("30 minutes", "2 days"), the unit leadPhraseIn would say. */
function leadValues(minutes: number): { unit: string; n: number } {
  if (minutes === 0) return { unit: 'now', n: 0 };
  if (minutes % 1440 === 0 && minutes >= 2880) return { unit: 'days', n: minutes / 1440 };
  if (minutes % 60 === 0) return { unit: 'hours', n: minutes / 60 };
  return { unit: 'minutes', n: minutes };
}

export function remindTooLate(item: AgendaItem, lead: number, ctx: CommandContext): Reply {
  return remindText(ctx, 'remind.tooLate', { ...leadValues(lead), title: remindTitle(item, ctx) });
}

export function remindConfirmed(
  item: AgendaItem,
  lead: number,
  at: string,
  created: boolean,
  ctx: CommandContext,
): Reply {
  const line: Line = [
    say(ctx.locale, 'remind.willSend', { again: created ? 'no' : 'yes' }),
    { time: at, style: 'date-time' },
    say(ctx.locale, 'remind.before', { ...leadValues(lead), title: remindTitle(item, ctx) }),
  ];
  return reply([{ kind: 'section', lines: [line] }], { ephemeral: true, zone: ctx.zone });
}
