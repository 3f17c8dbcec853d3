import { type Dated, dayIn, daysBetween, phaseOf } from '../clock-wording.ts';
import type { Inline } from '../reply.ts';
import type { Locale } from './locales.ts';
import { leadPhraseIn, say } from './localized-parts.ts';

// Where an item stands at `now` (clock-wording.ts's standingNote), in the reader's language:
// "starts in 3 hours", "today", "under way, until 12:30", "over".

function aheadIn(item: Dated, now: string, zone: string, locale: Locale): string {
  if (item.start) {
    const minutes = Math.max(0, Math.round((Date.parse(item.start) - Date.parse(now)) / 60_000));
    // Rounded to the unit leadPhraseIn says: days from two days on, hours from one hour on.
    const rounded =
      minutes >= 2880
        ? Math.round(minutes / 1440) * 1440
        : minutes >= 60
          ? Math.round(minutes / 60) * 60
          : minutes;
    return say(locale, 'standing.starts', { lead: leadPhraseIn(rounded, locale) });
  }
  return say(locale, 'standing.inDays', { days: Math.max(1, daysBetween(dayIn(now, zone), item.date!)) });
}

export function standingNoteIn(item: Dated, now: string, zone: string, locale: Locale): Inline[] {
  switch (phaseOf(item, now, zone)) {
    case 'ahead':
      return [aheadIn(item, now, zone, locale)];
    case 'today':
      return [say(locale, 'standing.phase', { phase: 'today' })];
    case 'under-way':
      return item.end
        ? [say(locale, 'standing.until'), { time: item.end, style: 'time' }]
        : [say(locale, 'standing.phase', { phase: 'underway' })];
    case 'over':
      return [say(locale, 'standing.phase', { phase: 'over' })];
    default:
      return [];
  }
}

/** A timetable line with where its item stands, as withStanding does in English. */
export function withStandingIn(
  line: Inline[],
  item: Dated,
  now: string,
  zone: string,
  locale: Locale,
): Inline[] {
  const note = standingNoteIn(item, now, zone, locale);
  return note.length ? [...line, say(locale, 'standing.open'), ...note, say(locale, 'standing.close')] : line;
}
