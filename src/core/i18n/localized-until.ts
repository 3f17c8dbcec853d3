import type { Task } from '../answers/question-plan.ts';
import { calendarDate } from './catalogue.ts';
import {
  found,
  type LocalAnswer,
  type LocalContext,
  phase,
  say,
  stateOf,
  zoneName,
} from './localized-context.ts';

// "Dans combien de temps commence l'examen du Nigeria ?": how long until a review starts, in the
// largest unit that says it (days, hours, minutes), with its date and time in the reader's clock.
// A review under way or over is told by the caller's own answers.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function largestUnit(ms: number): { count: number; unit: 'day' | 'hour' | 'minute' } {
  if (ms >= DAY) return { count: Math.round(ms / DAY), unit: 'day' };
  if (ms >= HOUR) return { count: Math.round(ms / HOUR), unit: 'hour' };
  return { count: Math.max(1, Math.ceil(ms / 60_000)), unit: 'minute' };
}

export function untilReview(task: Task, ctx: LocalContext): LocalAnswer | undefined {
  const subject = stateOf(task, ctx);
  const when = subject?.review.when;
  if (!subject || task.object !== 'review' || !when?.date || when.status === 'unconfirmed') return undefined;
  if (phase(when, ctx) !== 'future') return undefined;
  const now = new Date(ctx.now).getTime();
  if (when.start && (when.timeStatus ?? when.status) !== 'unconfirmed') {
    const start = new Date(when.start);
    const values = {
      state: subject.name,
      ...largestUnit(start.getTime() - now),
      start,
      zone: zoneName(ctx, start),
    };
    return found([say(ctx, 'answer.until', values)], when.sources);
  }
  const date = calendarDate(when.date);
  const days = Math.max(1, Math.round((date.getTime() - now) / DAY));
  return found([say(ctx, 'answer.untilDate', { state: subject.name, days, date })], when.sources);
}
