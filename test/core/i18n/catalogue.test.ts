import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import {
  CATALOGUE,
  calendarDate,
  englishQuote,
  type MessageId,
  type MessageValues,
  message,
} from '../../../src/core/i18n/catalogue.ts';
import { LOCALES } from '../../../src/core/i18n/locales.ts';

// Every message exists in every language with the same placeholders of the same kinds, and every
// one formats: a translator who drops {count} or renames {state} is caught here, not by a reader.

type ArgumentKind = 'text' | 'number' | 'date' | 'time' | 'select' | 'plural';

/** The arguments a message reads, with their kinds, found anywhere in its ICU tree. */
function argumentsOf(elements: MessageFormatElement[], found = new Map<string, ArgumentKind>()) {
  for (const element of elements) {
    switch (element.type) {
      case TYPE.argument:
        if (!found.has(element.value)) found.set(element.value, 'text');
        break;
      case TYPE.number:
        found.set(element.value, 'number');
        break;
      case TYPE.date:
        found.set(element.value, 'date');
        break;
      case TYPE.time:
        found.set(element.value, 'time');
        break;
      case TYPE.select:
        found.set(element.value, 'select');
        for (const option of Object.values(element.options)) argumentsOf(option.value, found);
        break;
      case TYPE.plural:
        found.set(element.value, 'plural');
        for (const option of Object.values(element.options)) argumentsOf(option.value, found);
        break;
      case TYPE.tag:
        argumentsOf(element.children, found);
        break;
    }
  }
  return found;
}

function signature(text: string): Record<string, string> {
  const found = argumentsOf(parse(text));
  // A date and a time of the same value are both "an instant"; a plural is a number.
  const kind = (k: ArgumentKind) => (k === 'time' ? 'date' : k === 'plural' ? 'number' : k);
  return Object.fromEntries([...found].map(([name, k]) => [name, kind(k)]).sort());
}

/** Values of the right kind for each argument, so that every branch's syntax is exercised. */
function sampleValues(text: string, choose: 'first' | 'other', count: number): MessageValues {
  const values: MessageValues = {};
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.argument) values[element.value] ??= `‹${element.value}›`;
      if (element.type === TYPE.number || element.type === TYPE.plural) values[element.value] = count;
      if (element.type === TYPE.date || element.type === TYPE.time)
        values[element.value] = calendarDate('2024-01-23');
      if (element.type === TYPE.select) {
        const keys = Object.keys(element.options);
        values[element.value] = choose === 'first' ? keys[0]! : 'other';
      }
      if (element.type === TYPE.select || element.type === TYPE.plural)
        for (const option of Object.values(element.options)) walk(option.value);
    }
  };
  walk(parse(text));
  return values;
}

const ids = Object.keys(CATALOGUE.en) as MessageId[];

describe('the message catalogue', () => {
  it('has the same messages in every language', () => {
    for (const locale of LOCALES) expect(Object.keys(CATALOGUE[locale]).sort()).toEqual([...ids].sort());
  });

  it.each(LOCALES.filter((l) => l !== 'en'))(
    '%s: every message has the placeholders of the English one',
    (locale) => {
      const mismatched = ids.filter(
        (id) =>
          JSON.stringify(signature(CATALOGUE[locale][id])) !== JSON.stringify(signature(CATALOGUE.en[id])),
      );
      expect(
        mismatched.map((id) => [id, signature(CATALOGUE[locale][id]), signature(CATALOGUE.en[id])]),
      ).toEqual([]);
    },
  );

  it.each(LOCALES)('%s: every message formats, on every branch, without leaving a placeholder', (locale) => {
    for (const id of ids) {
      for (const [choose, count] of [
        ['first', 1],
        ['other', 5],
      ] as const) {
        const text = message(locale, id, sampleValues(CATALOGUE.en[id], choose, count), 'Europe/Zurich');
        expect(text, `${locale} ${id}`).not.toMatch(/[{}]/);
        // Only the status note may be empty: a confirmed fact needs no note.
        if (id !== 'status.provisional') expect(text.trim(), `${locale} ${id}`).not.toBe('');
      }
    }
  });

  it('formats numbers, plurals and dates through Intl in each language', () => {
    const values = { state: 'X', count: 3967 };
    expect(message('en', 'answer.recommendations', values)).toBe('X received 3,967 recommendations.');
    expect(message('fr', 'answer.recommendations', values)).toMatch(/3\s967 recommandations reçues/);
    expect(message('es', 'answer.recommendations', { state: 'X', count: 1 })).toBe(
      'X recibió 1 recomendación.',
    );
    expect(message('zh', 'answer.recommendations', values)).toBe('X共收到 3,967 条建议。');
    const day = { state: 'X', phase: 'past', date: calendarDate('2024-07-04'), council: 56 };
    expect(message('fr', 'answer.councilAdoption', day)).toContain('jeudi 4 juillet 2024');
    expect(message('es', 'answer.councilAdoption', day)).toContain('4 de julio de 2024');
    expect(message('zh', 'answer.councilAdoption', day)).toContain('2024年7月4日');
    const review = {
      state: 'X',
      phase: 'future',
      status: 'confirmed',
      start: new Date('2024-01-23T08:00:00Z'),
      end: new Date('2024-01-23T11:30:00Z'),
      zone: 'UTC+1',
    };
    // Times are read in the zone given: 08:00 UTC is 09:00 in Geneva in January.
    expect(message('fr', 'answer.reviewTime', review, 'Europe/Zurich')).toContain('de 09:00 à 12:30 (UTC+1)');
  });

  it('marks English text quoted for a reader of another language, and leaves it alone in English', () => {
    expect(englishQuote('en', 'Officials')).toBe('Officials');
    expect(englishQuote('zh', 'Officials')).toBe('“Officials”（英文原文）');
    expect(englishQuote('fr', 'Officials')).toBe('« Officials » (texte anglais)');
    expect(englishQuote('es', 'Officials')).toBe('«Officials» (texto en inglés)');
  });
});
