import { IntlMessageFormat } from 'intl-messageformat';
import { INTL_TAG, type Locale } from './locales.ts';
import en from './messages/en.json' with { type: 'json' };
import es from './messages/es.json' with { type: 'json' };
import fr from './messages/fr.json' with { type: 'json' };
import zh from './messages/zh.json' with { type: 'json' };

// Every sentence the bot says in more than one language, as ICU MessageFormat in one data file
// per language (messages/*.json). Plurals, numbers, dates and times go through Intl in the
// reader's language; nothing here joins sentences from pieces.

export type MessageId = keyof typeof en;

/** Typed against the English file: a language missing a message does not compile. */
export const CATALOGUE: Record<Locale, Record<MessageId, string>> = { en, zh, fr, es };

export type MessageValue = string | number | Date;
export type MessageValues = Record<string, MessageValue>;

/** Named formats the messages use: `{start, date, day}`, `{end, time, clockZone}`. */
function formatsFor(zone: string) {
  return {
    date: {
      day: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: zone },
      // A calendar date has no zone: it is passed as midnight UTC and read back in UTC.
      calendar: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
    },
    time: {
      clock: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone },
      clockZone: {
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
        timeZone: zone,
        timeZoneName: 'short',
      },
    },
  } as const;
}

const formatters = new Map<string, IntlMessageFormat>();

function formatterFor(locale: Locale, id: MessageId, zone: string): IntlMessageFormat {
  const key = `${locale}\u0000${zone}\u0000${id}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new IntlMessageFormat(CATALOGUE[locale][id], INTL_TAG[locale], formatsFor(zone));
    formatters.set(key, formatter);
  }
  return formatter;
}

export const DEFAULT_MESSAGE_ZONE = 'UTC';

/**
 * The message `id` in `locale`, with its values. `zone` is where instants are read (dates and
 * times of day); calendar dates are passed with `calendarDate`.
 */
export function message(
  locale: Locale,
  id: MessageId,
  values: MessageValues = {},
  zone: string = DEFAULT_MESSAGE_ZONE,
): string {
  return String(formatterFor(locale, id, zone).format(values));
}

/** A calendar date (YYYY-MM-DD) as the value the `calendar` date format reads. */
export function calendarDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

/**
 * Text the data has only in English, quoted and marked as English for a reader of another
 * language ("…"（英文原文）, « … » (texte anglais)); an English reader gets it as it is.
 */
export function englishQuote(locale: Locale, text: string): string {
  return locale === 'en' ? text : message(locale, 'quote.english', { text });
}

/** The data's own rendering in the reader's language where it has one, else the English quoted. */
export function dataTextIn(
  locale: Locale,
  text: string,
  renderings: Partial<Record<string, string>> | undefined,
): string {
  return (locale === 'en' ? undefined : renderings?.[locale]) ?? englishQuote(locale, text);
}

/** A list of names joined the way the language joins them (Intl.ListFormat). */
export function listOf(locale: Locale, items: readonly string[]): string {
  return new Intl.ListFormat(INTL_TAG[locale], { style: 'long', type: 'conjunction' }).format(items);
}
