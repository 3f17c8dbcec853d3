import { describe, expect, it } from 'vitest';
import { positionAsked } from '../../../src/core/i18n/question-position.ts';
import { testCore, withoutSources } from '../../support/built-in.ts';

// The order of review and the earlier cycles' adoptions, told in the reader's language (no quoted
// English), in wordings that are in no tuning set.

const { ask } = testCore();
const AFTER = '2024-07-10T10:00:00Z';

async function said(question: string, now = AFTER): Promise<string> {
  return withoutSources((await ask(question, now)).text);
}

describe('who comes before or after a state', () => {
  it.each([
    ['塞内加尔后面是哪个国家？', '塞内加尔之后是中国', '09:00'],
    ['Quel pays vient après le Sénégal ?', 'Après Sénégal', 'Chine'],
    ['¿Qué país viene después de Senegal?', 'Después de Senegal', 'China'],
  ])('names the next state and dates it: %s', async (question, order, next) => {
    const text = await said(question);
    expect(text).toContain(order);
    expect(text).toContain(next);
    expect(text).not.toMatch(/texte anglais|texto en inglés|英文原文/);
  });

  it('names the state before', async () => {
    expect(await said('¿Quién pasa antes de Senegal?')).toContain('Antes de Senegal');
  });
});

describe('a state named by its place in the order', () => {
  it.each([
    ['quel est le 2e pays examiné ?', 2],
    ['el país examinado en tercer lugar', 3],
    ['第十四个接受审议的国家', 14],
    ['第三轮审议', undefined],
    ['el segundo examen de China', undefined],
  ])('reads the place: %s', (question, position) => {
    expect(positionAsked(question).position).toBe(position);
  });

  it.each([
    ['¿Quién dirige la delegación del país examinado en tercer lugar?', '陈旭', 'Chen Xu'],
    ['第三个接受审议的国家的团长是谁？', '陈旭', '陈旭'],
  ])('answers the ask about that state: %s', async (question, _zh, name) => {
    expect(await said(question)).toContain(name);
  });

  it('says which state it is, with its date', async () => {
    const text = await said('Quel pays est examiné en deuxième position ?');
    expect(text).toContain('Sénégal est 2e sur 14');
  });
});

describe('an earlier cycle’s adoptions', () => {
  it.each([
    ['人权理事会哪天通过了中国第一轮审议的结果？', '人权理事会于2009年6月11日'],
    ['Le CDH a adopté le résultat du 1er cycle de la Chine quand ?', 'le jeudi 11 juin 2009'],
    ['¿En qué fecha aprobó el Consejo el resultado del primer ciclo de China?', '11 de junio de 2009'],
  ])('gives the Council’s date: %s', async (question, expected) => {
    expect(await said(question)).toContain(expected);
  });
});
