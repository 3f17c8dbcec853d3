import { dayIn } from '../clock-wording.ts';
import type { When } from '../data-schema.ts';
import { calendarDate, englishQuote } from './catalogue.ts';
import { found, type LocalContext, type Renderer, say, zoneName } from './localized-context.ts';
import { stateNameIn } from './localized-names.ts';

// "What is on 23 January?", "what is on now?": the day's reviews, report adoptions and events in
// the reader's language, in the order of their times (those without a time last), each marked
// expected where its time is inferred; and the next review to come.

const KIND = {
  'side-event': 'sideEvent',
  protest: 'protest',
  'press-conference': 'pressConference',
  plenary: 'plenary',
  other: 'other',
} as const;

interface Item {
  when: When;
  what: string;
  sources: readonly string[];
}

function timed(when: When): boolean {
  return Boolean(when.start) && (when.timeStatus ?? when.status) !== 'unconfirmed';
}

function itemLine(item: Item, ctx: LocalContext): string {
  const { when, what } = item;
  if (!timed(when)) return `• ${say(ctx, 'answer.dayItemNoTime', { what })}`;
  const start = new Date(when.start!);
  const values = {
    what,
    start,
    zone: zoneName(ctx, start),
    status: when.timeStatus ?? when.status,
  };
  return `• ${say(ctx, 'answer.dayItemTime', values)}`;
}

function itemsOn(day: string, ctx: LocalContext): Item[] {
  const { index } = ctx;
  const items: Item[] = [];
  for (const review of index.reviews) {
    const state = stateNameIn(index, review.state, ctx.locale);
    if (review.when?.date === day && review.when.status !== 'unconfirmed')
      items.push({
        when: review.when,
        what: say(ctx, 'answer.dayReview', { state }),
        sources: review.when.sources,
      });
    if (review.adoption?.date === day && review.adoption.status !== 'unconfirmed')
      items.push({
        when: review.adoption,
        what: say(ctx, 'answer.dayAdoption', { state }),
        sources: review.adoption.sources,
      });
  }
  for (const event of index.events)
    if (event.when.date === day)
      items.push({
        when: event.when,
        what: say(ctx, 'answer.dayEvent', {
          kind: KIND[event.kind],
          title: englishQuote(ctx.locale, event.title),
        }),
        sources: event.sources,
      });
  const order = (item: Item) => (timed(item.when) ? item.when.start! : '~');
  return items.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
}

export const dayAgenda: Renderer = (_task, ctx) => {
  const days = ctx.dates ?? [];
  if (!days.length) return undefined;
  const lines: string[] = [];
  const sources: string[] = [];
  for (const day of days) {
    const items = itemsOn(day, ctx);
    lines.push(say(ctx, items.length ? 'answer.dayIntro' : 'answer.dayEmpty', { date: calendarDate(day) }));
    for (const item of items) {
      lines.push(itemLine(item, ctx));
      sources.push(...item.sources);
    }
  }
  return found(lines, [...new Set(sources)]);
};

/** The first review still to come at `now`: its time where known, else its day. */
function nextReview(ctx: LocalContext): { line: string; sources: readonly string[] } {
  const { index, now } = ctx;
  const today = dayIn(now, index.session.zone);
  const upcoming = index.reviews.find((r) =>
    r.when?.start && timed(r.when)
      ? r.when.start > new Date(now).toISOString()
      : Boolean(r.when?.date && r.when.date > today),
  );
  if (!upcoming?.when?.date) return { line: say(ctx, 'answer.noNextReview'), sources: [] };
  const state = stateNameIn(index, upcoming.state, ctx.locale);
  const { when } = upcoming;
  if (!timed(when))
    return {
      line: say(ctx, 'answer.nextReviewDate', { state, date: calendarDate(when.date!) }),
      sources: when.sources,
    };
  const start = new Date(when.start!);
  const values = { state, start, zone: zoneName(ctx, start), status: when.timeStatus ?? when.status };
  return { line: say(ctx, 'answer.nextReviewTime', values), sources: when.sources };
}

/** "What is on now?" with no state: today's programme within the session, then the next review. */
export const nowNext: Renderer = (task, ctx) => {
  const { session } = ctx.index;
  const today = dayIn(ctx.now, session.zone);
  const inSession = today >= session.window.start && today <= session.window.end;
  const programme = inSession ? dayAgenda(task, { ...ctx, dates: [today] }) : undefined;
  const next = nextReview(ctx);
  return {
    lines: [...(programme?.lines ?? []), [next.line]],
    sources: [...(programme?.sources ?? []), ...next.sources],
  };
};
