import { describe, expect, it } from 'vitest';
import { testCore, withoutSources } from '../../support/built-in.ts';

// A clock the reader names in their language: a city's time ("北京时间") is a clock, not the state
// of that city; where the reader says they are ("je suis à …", "estoy en …") is the clock too.

const { ask } = testCore();

async function said(question: string, now: string): Promise<string> {
  return withoutSources((await ask(question, now)).text);
}

describe('a city’s clock in Chinese is not its state', () => {
  it('tells the next review in Beijing time, with no state named', async () => {
    const text = await said('下一个审议的是谁？按北京时间几点？', '2024-01-23T12:00:00Z');
    expect(text).toContain('尼日利亚');
    expect(text).toContain('21:30');
    expect(text).not.toContain('英文原文）\n“Which state');
  });

  it('still tells a state’s review in that clock', async () => {
    expect(await said('塞内加尔的审议北京时间几点？', '2024-01-10T12:00:00Z')).toContain('21:30');
  });
});

describe('where the reader is, said in French or Spanish', () => {
  it.each([
    ['Je me trouve à Tokyo. L’examen de l’Arabie saoudite commence à quelle heure ?', '17:00'],
    ['Estoy en Nueva York: ¿a qué hora empieza el examen de Arabia Saudita?', '03:00'],
  ])('tells the time in that place’s clock: %s', async (question, time) => {
    expect(await said(question, '2024-01-10T12:00:00Z')).toContain(time);
  });
});
