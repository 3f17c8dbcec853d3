import type { Person, SideEvent } from '../data-schema.ts';
import type { UprIndex } from '../upr-index.ts';
import { englishQuote, message } from './catalogue.ts';
import type { Locale } from './locales.ts';

// Names as the data writes them in the reader's language; where it has none, the name as it is
// (a name is not translated by the bot).

export function stateNameIn(index: UprIndex, code: string, locale: Locale): string {
  const state = index.states.get(code);
  if (!state) return code;
  return (locale !== 'en' && state.names?.[locale]) || state.name;
}

/** 陈旭 (Chen Xu): a name in another script keeps the Latin form beside it, as sources write it. */
export function personNameIn(person: Person, locale: Locale): string {
  const local = locale === 'en' ? undefined : person.names?.[locale];
  if (!local || local === person.name) return person.name;
  return /\p{Script=Latin}/u.test(local)
    ? local
    : message(locale, 'name.withLatin', { name: local, latin: person.name });
}

export function organisersIn(event: SideEvent, locale: Locale): string[] {
  const local = locale === 'en' ? undefined : event.organisersIn?.[locale];
  return event.organisers.map((name, i) => local?.[i] || name);
}

/**
 * A place as the data words it: where it is the session's own place ("Palais des Nations, Geneva"),
 * its name in the reader's language; any other place stays the data's English, quoted as such.
 */
export function placeTextIn(index: UprIndex, text: string, locale: Locale): string {
  if (locale === 'en') return text;
  const { place } = index.session;
  // A side event's venue is named where the data renders it ("Broken Chair square": 断椅广场).
  const local =
    text === place.text
      ? place.names?.[locale]
      : index.events.find((e) => e.place === text && e.placeIn?.[locale])?.placeIn?.[locale];
  return local ?? englishQuote(locale, text);
}

/** The session's place and room in the reader's language, or undefined where the data has none. */
export function placeIn(index: UprIndex, locale: Locale): { place?: string; room?: string } {
  const { place } = index.session;
  if (locale === 'en') return { place: place.text, ...(place.room ? { room: place.room } : {}) };
  const local = place.names?.[locale];
  const room = place.roomNames?.[locale];
  return { ...(local ? { place: local } : {}), ...(room ? { room } : {}) };
}
