import { describe, expect, it } from 'vitest';
import { testCore, withoutSources } from '../../support/built-in.ts';

// "How long until a review?" in the reader's language: the largest unit that says it, and the
// review's date and time; under way or over is said so, never as to come.

const { ask } = testCore();

async function said(question: string, now: string): Promise<string> {
  return withoutSources((await ask(question, now)).text);
}

describe('how long until a review', () => {
  it.each([
    ['还要多久才轮到沙特阿拉伯的审议？', '2024-01-22T06:00:00Z', '沙特阿拉伯的审议还有2小时开始'],
    ['Il reste combien de temps avant l’examen de Malte ?', '2024-01-29T08:00:00Z', 'commence dans 2 jours'],
    ['¿Cuánto queda para el examen de Nigeria?', '2024-01-23T13:00:00Z', 'empieza dentro de 30 minutos'],
  ])('counts down in the language: %s', async (question, now, expected) => {
    const text = await said(question, now);
    expect(text).toContain(expected);
    expect(text).not.toMatch(/texte anglais|texto en inglés|英文原文/);
  });

  it('says a review that is over is over', async () => {
    const text = await said('还要多久才轮到沙特阿拉伯的审议？', '2024-02-10T06:00:00Z');
    expect(text).not.toContain('还有');
    expect(text).toContain('沙特阿拉伯');
  });
});
