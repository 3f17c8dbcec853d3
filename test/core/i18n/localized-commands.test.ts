import { describe, expect, it } from 'vitest';
import { testCore } from '../../support/built-in.ts';

// The commands answer in the reader's language: the words are the catalogue's, names come from
// the data in that language, text the data has only in English is quoted and marked as English.

const { ask } = testCore();
const BEFORE = '2024-01-20T10:00:00Z';
const TAGS = { zh: 'zh-CN', fr: 'fr', es: 'es-ES' } as const;

async function inLanguage(lang: keyof typeof TAGS, text: string, now = BEFORE) {
  return (await ask(text, now, { language: { tag: TAGS[lang], source: 'user' } })).text;
}

describe('delegation in the reader’s language', () => {
  it.each([
    ['zh', ['中国代表团', '代表团团长：', '陈旭（Chen Xu）', '（英文原文）', '来源']],
    ['fr', ['Délégation : Chine', 'Chef de délégation :', '« Permanent Representative', '(texte anglais)']],
    [
      'es',
      ['Delegación de China', 'Jefe de la delegación:', '«Permanent Representative', '(texto en inglés)'],
    ],
  ] as const)('%s', async (lang, expected) => {
    const text = await inLanguage(lang, 'delegation China');
    for (const part of expected) expect(text).toContain(part);
    expect(text).not.toMatch(/Delegation of|Head:|Deputy head:|Members:|not announced/);
    // The sources are never translated.
    expect(text).toContain("People's Daily Online, 27 Jan 2024");
  });
});

describe('review in the reader’s language', () => {
  it.each([
    [
      'zh',
      [
        '中国的审议：第 4 轮普遍定期审议，第 45 届会议',
        '地点：',
        '3 天后开始',
        '三国小组： 尚未宣布',
        '2024年7月4日',
      ],
    ],
    [
      'fr',
      [
        'Examen : Chine, 4e EPU, session 45',
        'commence dans 3 jours',
        'Troïka : non annoncé',
        'jeudi 4 juillet 2024',
      ],
    ],
    [
      'es',
      [
        'Examen de China: 4.º EPU',
        'empieza dentro de 3 días',
        'Troika: no anunciado',
        'jueves, 4 de julio de 2024',
      ],
    ],
  ] as const)('%s', async (lang, expected) => {
    const text = await inLanguage(lang, 'review China');
    for (const part of expected) expect(text).toContain(part);
    expect(text).not.toMatch(
      /Review of|Head of delegation:|not known yet|Adoption of the report:|symbol inferred|starts in/,
    );
  });

  it('gives the replies once published, counted in the language', async () => {
    const text = await inLanguage('fr', 'review China', '2024-07-10T10:00:00Z');
    expect(text).toMatch(/Réponses aux recommandations : publiées le .*acceptées/);
    expect(text).not.toContain(' accepted');
  });
});
