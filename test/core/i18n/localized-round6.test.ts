import { describe, expect, it } from 'vitest';
import { testCore, withoutSources } from '../../support/built-in.ts';

// Round 6 of the languages: organisations by short names, pinyin slips, the presenter of a report,
// a state after the last one, the Council session of an adoption, a post the data lacks. Wordings
// in no tuning set.

const { ask } = testCore();
const AFTER = '2024-07-20T10:00:00Z';

async function said(question: string): Promise<string> {
  return withoutSources((await ask(question, AFTER)).text);
}

describe('languages, round 6', () => {
  it('reads 世维会 as the World Uyghur Congress', async () => {
    expect(await said('世维会办了什么活动？')).toContain('断椅广场');
  });

  it('reads a French "manif" as a protest', async () => {
    expect(await said('où était la manif des ouïghours ?')).toContain('Broken Chair');
  });

  it('puts a pinyin slip right (建意)', async () => {
    expect(await said('中国收到了多少条建意？')).toMatch(/\d/);
  });

  it.each([
    ['¿Quién presentará el informe de China?', 'Chen Xu'],
    ['qui présente le rapport de la Chine ?', 'Chen Xu'],
    ['谁来介绍中国的报告？', '陈旭'],
  ])('takes the presenter of a report for the head of delegation: %s', async (question, head) => {
    expect(await said(question)).toContain(head);
  });

  it('says the last state has none after it', async () => {
    expect(await said('马耳他之后还有国家吗？')).toContain('最后');
  });

  it('names the Council session when the state has no adoption date', async () => {
    expect(await said('Quand le Conseil adoptera-t-il le résultat du Tchad ?')).toContain('56e session');
  });

  it('says a post the data lacks is not in it', async () => {
    expect(await said('¿Qué puesto ocupa Zheng Liang?')).toContain('no constan');
  });
});
