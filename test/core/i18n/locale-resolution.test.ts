import { describe, expect, it } from 'vitest';
import { resolveLocale } from '../../../src/core/i18n/locale-resolution.ts';
import { localeFromTag } from '../../../src/core/i18n/locales.ts';
import { questionLanguage } from '../../../src/core/i18n/question-language.ts';

describe('the language a question is written in', () => {
  it.each([
    ['谁率领中国代表团？', 'zh'],
    ['中国收到多少条建议', 'zh'],
    ['Qui dirige la délégation chinoise ?', 'fr'],
    ['combien de recommandations la Chine a-t-elle reçues', 'fr'],
    ['Quelle est la prochaine étape pour la Chine ?', 'fr'],
    ['¿Quién encabeza la delegación de China?', 'es'],
    ['cuantas recomendaciones recibio china', 'es'],
    ['donde es el examen de Mexico', 'es'],
    ['Où se tient la session ?', 'fr'],
    ['Aïssata Tall Sall, quel est son rôle ?', 'fr'],
    // A verb both languages ask with, told apart by the noun; small words alone, without English.
    ['Chen Xu dirige la délégation chinoise ?', 'fr'],
    ['Chen Xu dirige la delegación china?', 'es'],
    ['Est-ce que ce que les États disent devient une recommandation ?', 'fr'],
  ])('%s → %s', (text, lang) => {
    expect(questionLanguage(text)).toBe(lang);
  });

  it.each([
    "Who leads China's delegation?",
    'When is the review at the Palais des Nations?',
    'Who is Joel Hernández García?',
    "What's Aïssata Tall Sall's role?",
    'Is Isabelle Berro-Amadeï a minister?',
    'Mexico',
    'UPR 45?',
    'tell me a joke',
    'session dates',
    'Who is Le Yucheng?',
    'Hello! Can you book me a hotel near the Palais des Nations?',
  ])('English or unclear: %s', (text) => {
    expect(questionLanguage(text)).toBeUndefined();
  });
});

describe('platform and terminal language tags', () => {
  it.each([
    ['zh-CN', 'zh'],
    ['zh_CN.UTF-8', 'zh'],
    ['zh-Hans-CN', 'zh'],
    ['fr', 'fr'],
    ['fr-FR', 'fr'],
    ['fr_CA.UTF-8', 'fr'],
    ['es-ES', 'es'],
    ['es-419', 'es'],
    ['es-LA', 'es'],
    ['en-US', 'en'],
    ['C.UTF-8', 'en'],
  ])('%s → %s', (tag, lang) => {
    expect(localeFromTag(tag)).toBe(lang);
  });

  it.each(['zh-TW', 'zh-HK', 'de', 'pt-BR', '', 'klingon'])('%s is none we speak', (tag) => {
    expect(localeFromTag(tag)).toBeUndefined();
  });
});

describe('which signal decides', () => {
  it('takes the question first, then the user, the channel, the terminal, and English last', () => {
    const all = { text: '谁率领代表团？', user: 'fr', channel: 'es' as const, terminal: 'zh_CN.UTF-8' };
    expect(resolveLocale(all)).toBe('zh');
    expect(resolveLocale({ ...all, text: 'who leads?' })).toBe('fr');
    expect(resolveLocale({ ...all, text: 'who leads?', user: 'de' })).toBe('es');
    expect(resolveLocale({ text: 'who leads?', terminal: 'zh_CN.UTF-8' })).toBe('zh');
    expect(resolveLocale({ text: 'who leads?', user: 'en-GB', channel: 'es' })).toBe('en');
    expect(resolveLocale({})).toBe('en');
  });
});
