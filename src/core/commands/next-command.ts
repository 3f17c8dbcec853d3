import { z } from 'zod';
import { nextItems } from '../agenda.ts';
import type { Block, Line } from '../reply.ts';
import { reply } from '../reply.ts';
import { agendaLine } from '../reply-parts.ts';
import { formatDate, localDate } from '../time-format.ts';
import { ordinal } from '../wording/ordinals.ts';
import { defineCommand } from './command-definition.ts';
import { nextIn } from './next-in.ts';
import { resolveReviewedState, stateArgument } from './state-argument.ts';

export const nextCommand = defineCommand({
  name: 'next',
  summary: 'What is under way now, the next review and the next side meeting (optionally for one state)',
  args: z.object({ state: stateArgument.optional() }),
  examples: ['next', 'next <state>'],
  access: 'everyone',
  run({ state: text }, ctx) {
    let code: string | undefined;
    // "next review?", "next event please": words about what comes next, not a state.
    const aboutWhat = /^(the )?(reviews?|events?|side meetings?|meetings?|one|up|please|thing)?$/;
    if (
      text &&
      !aboutWhat.test(
        text
          .toLowerCase()
          .replace(/[^\p{L} ]/gu, '')
          .trim(),
      )
    ) {
      const found = resolveReviewedState(text, ctx);
      if ('reply' in found) return found.reply;
      code = found.state.code;
    }
    const { session } = ctx.index;
    const next = nextItems(ctx.agenda, ctx.now, session.zone, code);
    const today = localDate(ctx.now, session.zone);
    if (ctx.locale !== 'en') return nextIn(next, ctx, { forState: Boolean(code), today });
    const sections: Block[] = [];
    const add = (heading: string, lines: Line[]) => {
      if (lines.length) sections.push({ kind: 'section', heading, lines });
    };
    add(
      'Under way now',
      next.underway.map((i) => [...agendaLine(i), ' (started ', { time: i.start!, style: 'relative' }, ')']),
    );
    add(
      'Today, time not announced',
      next.today.map((i) => [{ strong: i.title }]),
    );
    if (next.nextReview) {
      add('Next review', [withRelative(agendaLine(next.nextReview), next.nextReview.start)]);
    }
    if (next.nextEvent) {
      add('Next side meeting or event', [withRelative(agendaLine(next.nextEvent), next.nextEvent.start)]);
    }
    if (!sections.length) {
      const ended = today > session.window.end;
      const message = ended
        ? `The ${ordinal(session.number)} session ended on ${formatDate(session.window.end)}; nothing more is scheduled${code ? ' for that state' : ''}. Try "schedule session" for the whole timetable.`
        : `Nothing more is scheduled${code ? ' for that state' : ''}.`;
      sections.push({ kind: 'section', lines: [[message]] });
    }
    const opening = today < session.window.start;
    const header: Block[] = opening
      ? [
          {
            kind: 'context',
            lines: [[`The ${ordinal(session.number)} session opens on ${formatDate(session.window.start)}.`]],
          },
        ]
      : [];
    return reply([...header, ...sections], { zone: ctx.zone });
  },
});

function withRelative(line: Line, start: string | undefined): Line {
  return start ? [...line, ' (', { time: start, style: 'relative' }, ')'] : line;
}
