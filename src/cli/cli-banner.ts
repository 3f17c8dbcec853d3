import { terminalLanguage } from '../../adapters/console/console-chat.ts';
import type { BotRuntime } from '../composition/bot-runtime.ts';
import {
  calendarDate,
  englishQuote,
  type MessageId,
  type MessageValues,
  message,
} from '../core/i18n/catalogue.ts';
import { type Locale, localeFromTag } from '../core/i18n/locales.ts';
import { stateNameIn } from '../core/i18n/localized-names.ts';
import { timeTextsIn } from '../core/i18n/time-texts-in.ts';
import { formatDate, localDate } from '../core/time-format.ts';

/** The terminal's language (LANG), English when it is none the bot speaks. */
export function terminalLocale(language = terminalLanguage()): Locale {
  return localeFromTag(language) ?? 'en';
}

/**
 * What a new user sees first: which data, what the clock says, and what to type; in the
 * terminal's language (LANG), as the chat that follows. Commands to copy stay as typed.
 */
export async function bannerFor(
  runtime: BotRuntime,
  zone: string,
  clockKind: 'real' | 'fixed' | 'replay',
  language = terminalLanguage(),
): Promise<string> {
  const locale = terminalLocale(language);
  const say = (id: MessageId, values: MessageValues = {}) => message(locale, id, values);
  const { index, states } = runtime.knowledge();
  const { session, data } = index;
  const status = await runtime.storage.data.status();
  const now = runtime.clock.now();
  const today = localDate(now, session.zone);
  const times = timeTextsIn(zone, now, locale);
  const day = (date: string) =>
    locale === 'en' ? formatDate(date) : say('fact.date', { date: calendarDate(date) });
  const place =
    (locale !== 'en' && session.place.names?.[locale]) || englishQuote(locale, session.place.text);
  const lines = [
    say('banner.session', {
      body: englishQuote(locale, session.body),
      number: session.number,
      place,
      start: day(session.window.start),
      end: day(session.window.end),
    }),
    say('banner.data', {
      revision: data.revision,
      stored: status ? 'yes' : 'no',
      origin: status?.origin ?? '',
    }),
    say('banner.clock', { time: times.dateTime(now), zone: times.zoneLabel(now), clock: clockKind }),
  ];
  if (today > session.window.end) {
    lines.push(
      say('banner.over'),
      '  npm start -- --now 2024-01-23T10:00:00+01:00',
      '  npx upr-bot chat --now 2024-01-23T10:00:00+01:00 "/upr next"',
      say('banner.replay'),
      '  npm start -- --replay-from 2024-01-21T07:59:00Z --speed 600',
    );
  } else if (today < session.window.start) {
    lines.push(say('banner.opens', { date: day(session.window.start) }));
  }
  // The example asks about the state the commands name, in the reader's words.
  const china = states.resolve('China')?.code ?? index.reviews[0]?.state ?? '';
  const question =
    locale === 'en'
      ? "who leads China's delegation?"
      : say('example.head', { state: stateNameIn(index, china, locale) });
  lines.push(
    say('banner.try', {
      commands: '/upr next · /upr review China · /upr schedule session · /upr events · help',
    }),
    say('banner.ask', { question }),
  );
  return lines.join('\n');
}
