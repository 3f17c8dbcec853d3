import type { AgendaItem } from '../agenda.ts';
import type { Status } from '../data-schema.ts';
import type { Block, Inline, Line } from '../reply.ts';
import { agendaLine, sourcesBlock, whenInline } from '../reply-parts.ts';
import type { UprIndex } from '../upr-index.ts';
import { calendarDate, englishQuote, type MessageId, type MessageValues, message } from './catalogue.ts';
import type { Locale } from './locales.ts';
import { placeTextIn, stateNameIn } from './localized-names.ts';

// The pieces reminders, digests and notices are made of, in the reader's language. English is
// the shared pieces themselves (reply-parts.ts), so English replies read exactly as before.
// Times stay time tokens: Slack and Discord show them in each reader's own zone and language.

export function say(locale: Locale, id: MessageId, values: MessageValues = {}): string {
  return message(locale, id, values);
}

export function provisionalIn(locale: Locale, status: Status): string {
  return say(locale, 'status.provisional', { status });
}

export function whenInlineIn(
  item: Pick<AgendaItem, 'date' | 'start' | 'end' | 'timeStatus' | 'dateStatus'>,
  locale: Locale,
  options: { dayKnown?: boolean } = {},
): Inline[] {
  if (locale === 'en') return whenInline(item, options);
  if (item.start) {
    const style = options.dayKnown ? 'time' : 'date-time';
    const parts: Inline[] = [{ time: item.start, ...(item.end ? { end: item.end } : {}), style }];
    if (item.timeStatus !== 'confirmed') parts.push(provisionalIn(locale, item.timeStatus));
    return parts;
  }
  const note = provisionalIn(locale, item.dateStatus);
  if (item.date && options.dayKnown) return [`${say(locale, 'when.noTime')}${note}`];
  if (item.date) return [`${say(locale, 'when.dayNoTime', { date: calendarDate(item.date) })}${note}`];
  return [say(locale, 'when.noDate')];
}

/** An agenda item's title: reviews and adoptions in the reader's words, a side event's as the data has it. */
export function itemTitleIn(index: UprIndex, item: AgendaItem, locale: Locale): string {
  if (locale === 'en') return item.title;
  const state = item.states[0];
  if (item.kind !== 'side-event' && state) {
    const name = stateNameIn(index, state, locale);
    return say(locale, item.kind === 'review' ? 'agenda.review' : 'agenda.adoption', { state: name });
  }
  return englishQuote(locale, item.title);
}

export function agendaLineIn(
  index: UprIndex,
  item: AgendaItem,
  locale: Locale,
  options: { showPlace?: boolean; dayKnown?: boolean } = {},
): Line {
  if (locale === 'en') return agendaLine(item, options);
  // The separators are the language's own: "中欧时间：中国的审议", "heure d’Europe centrale — Examen : Chine".
  const line: Line = [
    ...whenInlineIn(item, locale, options),
    say(locale, 'agenda.separator'),
    { strong: itemTitleIn(index, item, locale) },
  ];
  if (options.showPlace && item.place)
    line.push(say(locale, 'agenda.place', { place: placeTextIn(index, item.place, locale) }));
  return line;
}

/** 1440 → "in 24 hours", 60 → "in 1 hour", 0 → "starting now", in the reader's language. */
export function leadPhraseIn(minutes: number, locale: Locale): string {
  if (minutes === 0) return say(locale, 'reminder.lead', { unit: 'now', n: 0 });
  if (minutes % 1440 === 0 && minutes >= 2880)
    return say(locale, 'reminder.lead', { unit: 'days', n: minutes / 1440 });
  if (minutes % 60 === 0) return say(locale, 'reminder.lead', { unit: 'hours', n: minutes / 60 });
  return say(locale, 'reminder.lead', { unit: 'minutes', n: minutes });
}

/** The sources block, its label in the reader's language (the sources themselves never change). */
export function sourcesIn(locale: Locale, index: UprIndex, ids: readonly string[]): Block[] {
  const blocks = sourcesBlock(index, ids);
  if (locale === 'en') return blocks;
  return blocks.map((block) =>
    block.kind === 'sources'
      ? { ...block, label: say(locale, 'reply.sources', { count: block.sources.length }) }
      : block,
  );
}
