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

// "Dans combien de temps commence l'examen du Nigeria ?": how long until a review starts (days from
// a day on, else hours and minutes), with its date and time in the reader's clock.
// A review under way or over is told by the caller's own answers.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Days from a day on; below a day, hours and minutes ("4 hours 15 minutes"). */
function countdown(ms: number): { unit: 'day' | 'time'; count: number; hours: number; minutes: number } {
  if (ms >= DAY) return { unit: 'day', count: Math.round(ms / DAY), hours: 0, minutes: 0 };
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  return { unit: 'time', count: 0, hours: Math.floor(minutes / 60), minutes: minutes % 60 };
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
      ...countdown(start.getTime() - now),
      start,
      zone: zoneName(ctx, start),
    };
    return found([say(ctx, 'answer.until', values)], when.sources);
  }
  const date = calendarDate(when.date);
  const days = Math.max(1, Math.round((date.getTime() - now) / DAY));
  return found([say(ctx, 'answer.untilDate', { state: subject.name, days, date })], when.sources);
}
