import { z } from 'zod';
import type { AgendaItem } from '../agenda.ts';
import { catalogueIssue } from '../i18n/localized-issue.ts';
import { say } from '../i18n/localized-parts.ts';
import { leadPhrase } from '../reminders/reminder-text.ts';
import { formatLead, parseLead } from '../reminders/subscription.ts';
import { reply, textReply } from '../reply.ts';
import { quoteUserText } from '../safe-text.ts';
import { normaliseName } from '../state-names.ts';
import type { CommandContext } from './command-definition.ts';
import { defineCommand } from './command-definition.ts';
import { remindConfirmed, remindNoMatch, remindText, remindTitle, remindTooLate } from './remind-in.ts';
import { textArgument } from './text-argument.ts';

// remind me <state|event> [lead]: a direct message to the asker, `lead` before the item starts.
// "me" reads well when typed and is optional; Discord's form is just target and lead.

const DEFAULT_LEAD = 60;
/** How to write it, with a state of the data as the example. */
function usage(ctx: Pick<CommandContext, 'index'>): string {
  const first = ctx.index.reviews[0];
  const state = first ? (ctx.index.states.get(first.state)?.name ?? first.state) : '<state>';
  return `Write "remind me <state or event> [lead]", for example "remind me ${state} 30m".`;
}

export function splitRemind(text: string) {
  const words = text.split(/\s+/).filter(Boolean);
  const raw: Record<string, string | undefined> = {};
  // "me", and the same word in the other languages: "rappel moi Chine", "提醒 我 中国".
  if (['me', 'moi', '我'].includes(words[0]?.toLowerCase() ?? '')) words.shift();
  if (words.length > 1 && parseLead(words.at(-1)!) !== undefined) raw.lead = words.pop();
  if (words.length) raw.target = words.join(' ');
  return raw;
}

/** The review of a state, or the events whose title, organiser, acronym or id contain the words. */
function itemsFor(target: string, ctx: CommandContext): AgendaItem[] {
  const state = ctx.states.resolve(target);
  const review = state && ctx.index.reviewsByState.get(state.code);
  if (review) return ctx.agenda.filter((i) => i.key === `review:${review.id}`);
  const needle = normaliseName(target);
  const events = new Set(
    ctx.index.events
      .filter(
        (e) =>
          e.id === target ||
          [e.title, ...e.organisers, ...e.organiserAcronyms].some((name) =>
            normaliseName(name).includes(needle),
          ),
      )
      .map((e) => `event:${e.id}`),
  );
  return ctx.agenda.filter((i) => events.has(i.key));
}

export const remindCommand = defineCommand({
  name: 'remind',
  summary: 'A direct message to you before a review or an event starts',
  args: z.object({
    target: textArgument('target', { required: true, max: 80 }).describe(
      'A state under review or a side event (its name, or the kind: news conference)',
    ),
    lead: z
      .string()
      .optional()
      .transform((v, ctx) => {
        if (v === undefined) return DEFAULT_LEAD;
        const minutes = parseLead(v);
        if (minutes === undefined || minutes > 14 * 1440) {
          catalogueIssue(ctx, 'error.remindLead');
          return z.NEVER;
        }
        return minutes;
      })
      .describe('How long before it starts: 1h (default), 30m, 24h or start'),
  }),
  examples: ['remind me <state>', 'remind me <state> 30m', 'remind me news conference 24h'],
  access: 'everyone',
  ephemeral: true,
  split: splitRemind,
  async run({ target, lead }, ctx) {
    const port = ctx.ports.personalReminders;
    const english = ctx.locale === 'en';
    if (!port) return remindText(ctx, 'error.noStorage');
    const found = itemsFor(target, ctx);
    const quoted = quoteUserText(target);
    if (!found.length)
      if (!english) return remindNoMatch(quoted, ctx);
      else
        return textReply(`Nothing in the timetable matches "${quoted}". ${usage(ctx)}`, { ephemeral: true });
    const timed = found.filter((i) => i.start);
    if (!timed.length) {
      if (!english) return remindText(ctx, 'remind.noTime', { title: remindTitle(found[0]!, ctx) });
      return textReply(
        `${found[0]!.title} has no announced time yet, so I cannot time a reminder; the morning digest of its day lists it.`,
        { ephemeral: true },
      );
    }
    if (timed.length > 1) {
      if (!english)
        return remindText(ctx, 'remind.ambiguous', {
          target: quoted,
          titles: timed.map((i) => remindTitle(i, ctx)).join(say(ctx.locale, 'fact.separator')),
        });
      return textReply(
        `"${quoted}" matches ${timed.map((i) => i.title).join('; ')}. Please be more precise.`,
        {
          ephemeral: true,
        },
      );
    }
    const item = timed[0]!;
    const at = new Date(Date.parse(item.start!) - lead * 60_000).toISOString();
    if (at <= new Date(ctx.now).toISOString()) {
      if (!english) return remindTooLate(item, lead, ctx);
      return textReply(`It is too late for a reminder ${formatLead(lead)} before ${item.title}.`, {
        ephemeral: true,
      });
    }
    const { inbound } = ctx;
    const created = await port.add(
      {
        platform: inbound.platform,
        userRef: inbound.user.id,
        subjectKey: item.key,
        subject: item.title,
        leadMinutes: lead,
        zone: ctx.zone,
        ...(inbound.channel.workspace ? { workspace: inbound.channel.workspace } : {}),
        ...(inbound.channel.organisation ? { organisation: inbound.channel.organisation } : {}),
        ...(english ? {} : { locale: ctx.locale }),
      },
      ctx.now,
    );
    if (!english) return remindConfirmed(item, lead, at, created, ctx);
    const lines = [
      [
        created
          ? 'I will send you a direct message '
          : 'You already asked; I will send you a direct message ',
        { time: at, style: 'date-time' as const },
        `, ${lead === 0 ? 'as' : `${leadPhrase(lead).replace(/^in /, '')} before`} ${item.title} starts.`,
      ],
    ];
    return reply([{ kind: 'section', lines }], { ephemeral: true, zone: ctx.zone });
  },
});
