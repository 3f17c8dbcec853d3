import { describe, expect, it } from 'vitest';
import { testCore, withoutSources } from '../../support/built-in.ts';

// What the data does not hold, said in the reader's language: another session than the data's
// (never this one's facts instead), and an office outside the review (the session's chair).

const { ask } = testCore();
const AFTER = '2024-07-10T10:00:00Z';

async function said(question: string): Promise<string> {
  return withoutSources((await ask(question, AFTER)).text);
}

describe('another session than the data’s', () => {
  it.each([
    ['第44届会议审议了哪些国家？', '第44届会议的情况不详'],
    ['Qui dirigeait la délégation chinoise lors de la 44e session ?', 'La 44e session n’est pas connue'],
    ['¿Cuándo empieza la próxima sesión del Grupo de Trabajo?', 'La próxima sesión no se conoce'],
    ['上届会议在哪里举行？', '上一届会议的情况不详'],
  ])('is not known, and nothing of this one is said: %s', async (question, expected) => {
    const text = await said(question);
    expect(text).toContain(expected);
    expect(text).not.toMatch(/2024/);
  });

  it('the data’s own session is still answered', async () => {
    expect(await said('La 45e session a lieu quand ?')).toContain('22 janvier 2024');
  });
});

describe('an office the data does not hold', () => {
  it.each([
    ['¿Quién es la presidenta del Consejo de Derechos Humanos?', 'No se sabe quién ocupa ese cargo'],
    ['Qui a présidé la session du Groupe de travail ?', 'Qui occupe cette fonction n’est pas connu'],
    ['工作组会议的主席是谁？', '担任该职务的人不详'],
  ])('is said to be not known: %s', async (question, expected) => {
    expect(await said(question)).toContain(expected);
  });
});
