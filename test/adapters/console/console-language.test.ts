import { describe, expect, it } from 'vitest';
import {
  answerOnce,
  consoleInbound,
  failureLine,
  renderForConsole,
} from '../../../adapters/console/console-chat.ts';
import { fixedClock } from '../../../src/composition/clocks.ts';
import type { Locale } from '../../../src/core/i18n/locales.ts';
import { itemReminderReply } from '../../../src/core/reminders/reminder-text.ts';
import { type Inline, reply } from '../../../src/core/reply.ts';
import { testCore } from '../../support/built-in.ts';

// The terminal shows times in the language of its LANG (or of the question): dates, clocks,
// zone names and relative times through Intl, headings punctuated the language's way; English
// reads as it always did. Its own error line follows the same language.

const ZONE = 'Europe/Zurich';
const clock = fixedClock('2024-01-20T10:00:00Z');
const { core, knowledge } = testCore();
const chat = (text: string, lang: string) => answerOnce(core, text, clock, ZONE, lang);
const NOW = '2024-01-20T10:00:00Z';

/** One section of one line, in a language, as the terminal shows it. */
const section = (locale: Locale, heading: string, part: Inline, now: string, zone: string) =>
  renderForConsole(reply([{ kind: 'section', heading, lines: [[part]] }], { locale }), now, zone);

describe('times in the terminal, in its language', () => {
  it.each([
    ['zh_CN.UTF-8', '2024年1月23日星期二 09:00-12:30 中欧时间'],
    ['fr_FR.UTF-8', 'mardi 23 janvier 2024 à 09:00-12:30 heure d’Europe centrale'],
    ['es_ES.UTF-8', 'martes, 23 de enero de 2024, 09:00-12:30 hora de Europa central'],
    ['en_GB.UTF-8', 'Tue 23 Jan 2024, 09:00-12:30 Geneva time'],
  ])('review China with LANG=%s', async (lang, slot) => {
    const text = await chat('/upr review China', lang);
    expect(text).toContain(slot);
    // The sources' own titles ("People's Daily Online, 27 Jan 2024") are never translated.
    const said = text.split('\n').filter((line) => !/^(Sources?|来源|Fuentes?)\s?[:：]/.test(line));
    if (!lang.startsWith('en')) expect(said.join('\n')).not.toMatch(/Jan 2024|Geneva time/);
  });

  it('a question in Chinese on an English terminal is a Chinese reply, its times Chinese too', async () => {
    const answer = await core.handle(consoleInbound('谁率领中国代表团？', clock.now(), ZONE, 'en_GB.UTF-8'));
    expect(answer.locale).toBe('zh');
    const english = await core.handle(consoleInbound('/upr next', clock.now(), ZONE, 'en_GB.UTF-8'));
    expect(english.locale).toBeUndefined();
  });

  it('headings and relative times in Chinese, a reminder posted to the terminal too', () => {
    const now = '2024-01-23T05:00:00Z';
    const shown = section('zh', '下一场', { time: '2024-01-23T08:00:00Z', style: 'relative' }, now, ZONE);
    expect(shown).toBe('下一场：\n  3小时后');
    const review = knowledge.agenda.find((i) => i.kind === 'review' && i.states.includes('CHN'))!;
    const reminder = renderForConsole(
      itemReminderReply(knowledge.index, review, 60, ZONE, { locale: 'zh' }),
      now,
      ZONE,
    );
    expect(reminder).toContain('2024年1月23日星期二 09:00-12:30 中欧时间');
    expect(reminder).toMatch(/来源：/);
  });

  it('keeps the English wording of times in a zone only luxon reads, the rest in the language', () => {
    const shown = section('fr', 'Prochain', { time: '2024-01-23T08:00:00Z', style: 'time' }, NOW, 'UTC+3');
    expect(shown).toBe('Prochain :\n  11:00 UTC+3 time (UTC+3)');
  });

  it("says its own error line in the terminal's language, or the line's", () => {
    const error = new Error('database is locked');
    expect(failureLine('next', error, 'fr_FR.UTF-8')).toBe(
      'Désolé, quelque chose s’est mal passé : database is locked',
    );
    expect(failureLine('谁率领中国代表团？', error, 'en_GB.UTF-8')).toBe(
      '抱歉，我这边出了问题：database is locked',
    );
    expect(failureLine('next', error, undefined)).toBe('Sorry, something went wrong: database is locked');
  });
});
