import { describe, expect, it } from 'vitest';
import { testCore } from '../../support/built-in.ts';

// A command's arguments refused in the reader's language: a malformed date, a missing argument
// (named and described as help names it), one too long; English as it always read.

const NOW = '2024-01-20T10:00:00Z';
const TAGS = { en: undefined, zh: 'zh-CN', fr: 'fr', es: 'es-ES' } as const;
const { ask } = testCore();

async function refusal(lang: keyof typeof TAGS, text: string): Promise<string> {
  const tag = TAGS[lang];
  const { reply, text: shown } = await ask(text, NOW, {
    user: { id: 'U1', isAdmin: true },
    ...(tag ? { language: { tag, source: 'user' as const } } : {}),
  });
  expect(reply.ephemeral).toBe(true);
  return shown;
}

describe('argument errors in the reader’s language', () => {
  it('a malformed date in French', async () => {
    const text = await refusal('fr', '/upr schedule 23/01/2024');
    expect(text).toContain('écrivez les dates sous la forme AAAA-MM-JJ');
    expect(text).toContain(' ; ');
    expect(text).not.toMatch(/write dates|say today/);
  });

  it.each([
    ['zh', '缺少 国家：受审议国家：名称、代码或常用别称。'],
    ['fr', 'Il manque état : Un État examiné : son nom, son code ou un autre nom courant.'],
  ] as const)('a missing argument, named and described in %s', async (lang, expected) => {
    const text = await refusal(lang, '/upr review');
    expect(text.startsWith(expected)).toBe(true);
    expect(text).not.toContain('A state under review');
  });

  it.each([
    ['/upr events', 'un filtro tiene como máximo 80 caracteres'],
    ['/upr remind', 'el nombre de un Estado o de una actividad tiene como máximo 80 caracteres'],
  ])('"%s" with a Spanish reader and too long a value', async (command, expected) => {
    const text = await refusal('es', `${command} ${'x'.repeat(81)}`);
    expect(text).toContain(expected);
    expect(text).not.toMatch(/Too big|characters/);
  });

  it('an update too long, in Chinese', async () => {
    expect(await refusal('zh', `/upr update China ${'y'.repeat(501)}`)).toContain('更新内容最多 500 个字符');
  });

  it('English as before, and a filter too long no longer in zod’s words', async () => {
    expect(await refusal('en', '/upr review')).toBe(
      'Missing state: A state under review: its name, code or another name people use. Usage: /upr review <state>',
    );
    expect(await refusal('en', `/upr update China ${'y'.repeat(501)}`)).toBe(
      'an update is at most 500 characters. Usage: /upr update <state> <text>',
    );
    expect(await refusal('en', `/upr events ${'x'.repeat(81)}`)).toBe(
      'a filter is at most 80 characters. Usage: /upr events [filter]',
    );
  });
});
