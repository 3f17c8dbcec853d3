import { describe, expect, it } from 'vitest';
import { ordinalsAsDigits } from '../../../src/core/i18n/question-ordinals.ts';
import { testCore, withoutSources } from '../../support/built-in.ts';

// Round 4 of the other languages, in wordings that are in no tuning set: who else is in a
// delegation (its structured composition), what follows a finished step, a deputy asked with no
// state, the UPR's process in the reader's language, earlier cycles by ordinal or year, and
// "not known" said in the language.

const { ask } = testCore();
const AFTER = '2024-07-10T10:00:00Z';

async function said(question: string, now = AFTER): Promise<string> {
  return withoutSources((await ask(question, now)).text);
}

describe('who else is in a delegation, from its structured composition', () => {
  it.each([
    ['代表团成员来自几个部委？', '约20个部委和机构'],
    ['Les membres de la délégation chinoise viennent de combien de ministères ?', 'd’environ 20 ministères'],
    ['¿Los delegados chinos vienen de cuántos ministerios?', 'unos 20 ministerios'],
  ])('counts the bodies as a number in the language: %s', async (question, expected) => {
    expect(await said(question)).toContain(expected);
  });

  it.each([
    ['中国代表团里有没有澳门特区的人？', '中国代表团中有澳门的代表'],
    ['La délégation de Pékin inclut-elle des représentants de Macau ?', 'représentants de Macao'],
    ['¿La delegación china tiene representantes del Tíbet?', 'representantes de Xizang (Tíbet)'],
  ])(
    'says a place asked about is among those represented, named in the language: %s',
    async (question, expected) => {
      const text = await said(question);
      expect(text).toContain(expected);
      expect(text).not.toMatch(/^“Officials|^«Officials|^« Officials/m);
    },
  );

  it('says a head count the data does not hold is unknown, and which ministries too', async () => {
    expect(await said('La délégation chinoise, ça fait combien de personnes en tout ?')).toContain(
      'nombre total de personnes de la délégation n’est pas connu',
    );
    expect(await said('具体是哪些部门派了官员参加中国代表团？')).toContain('具体是哪些部委和机构不详');
  });
});

describe('a deputy asked with no state', () => {
  it.each([
    ['谁担任副团长？', '中国代表团副团长是陈国基（Eric Chan Kwok-ki）'],
    ['Et le chef adjoint, c’est qui ?', 'Chine : le chef adjoint de la délégation est Eric Chan Kwok-ki'],
  ])('names the one deputy the data holds, with the state: %s', async (question, expected) => {
    expect(await said(question)).toContain(expected);
  });
});

describe('what follows a finished step', () => {
  it('after a review, the report’s adoption, then the replies and the Council, told as to come', async () => {
    const text = await said('审议刚刚落幕，下一步是什么？', '2024-01-23T11:50:00Z');
    expect(text).toContain('中国的下一步：工作组通过报告，日期为2024年1月26日星期五。');
    expect(text).toContain('人权理事会第56届会议通过审议结果');
    expect(text).not.toContain('接受审议，日期为');
  });

  it('after the report’s adoption, the Council’s adoption', async () => {
    const text = await said(
      'Le rapport sur la Chine vient d’être adopté ; quelle est la prochaine étape ?',
      '2024-01-26T17:30:00Z',
    );
    expect(text).toMatch(/Chine, prochaine étape : la publication des réponses/);
    expect(text).toContain('jeudi 4 juillet 2024');
  });

  it('after the session, its outcomes at the Council', async () => {
    const text = await said('Terminó la sesión: ¿qué viene ahora?', '2024-02-02T17:45:00Z');
    expect(text).toContain('56.º período de sesiones del Consejo de Derechos Humanos');
  });
});

describe('the UPR and its process in the reader’s language', () => {
  it.each([
    ['三国小组负责什么？', '担任报告员'],
    ['L’EPU, ça revient tous les combien ?', 'tous les quatre ans et demi'],
    ['¿Quiénes forman el Grupo de Trabajo del EPU?', 'los 47 miembros del Consejo de Derechos Humanos'],
    ['Combien de recommandations en moyenne par pays examiné ?', '283 recommandations'],
    ['Qui organise l’EPU, au juste ?', 'Le Groupe de travail sur l’EPU est composé des 47 membres'],
  ])('%s', async (question, expected) => {
    const text = await said(question);
    expect(text).toContain(expected);
    expect(text).not.toMatch(/texte anglais|texto en inglés|英文原文/);
  });
});

describe('earlier cycles by ordinal or year', () => {
  it('reads numeric ordinals and short years as the cycle or year', () => {
    expect(ordinalsAsDigits('el 3.º examen de China')).toContain('3rd cycle examen');
    expect(ordinalsAsDigits('le 2ème cycle')).toContain('2nd cycle');
    expect(ordinalsAsDigits('18年的审议')).toContain('2018年');
    expect(ordinalsAsDigits('2024年1月23日')).toBe('2024年1月23日');
    // A session's number is no cycle: it is read as the engine reads "45th session".
    expect(ordinalsAsDigits('la 45e session')).toBe('la 45th session');
  });

  it.each([
    ['18年那一轮，中国收到多少条建议？', '收到 346 条'],
    ['Et lors du 2e examen, la Chine avait reçu combien de recommandations ?', '252 reçues'],
  ])('answers the cycle asked, not this review: %s', async (question, expected) => {
    const text = await said(question);
    expect(text).toContain(expected);
    expect(text).not.toContain('428');
  });

  it('says which review this one is, and a cycle’s unknown count in the language', async () => {
    expect(await said('中国这次是第几轮审议？')).toContain('这是中国第四次接受普遍定期审议（第4轮）');
    expect(await said('¿Cuántas recomendaciones tuvo China en el 1.er examen?')).toContain(
      'Recomendaciones: no se conoce cuántas',
    );
  });
});

describe('a time asked on another clock, in the reader’s language', () => {
  it.each([
    ['¿Y en hora de Nueva York, a qué hora empezó el examen de China?', '03:00'],
    ['按北京时间，中国的报告是几点通过的？', '22:30'],
  ])('%s', async (question, expected) => {
    const text = await said(question);
    expect(text).toContain(expected);
    expect(text).not.toMatch(/texto en inglés|英文原文/);
  });
});
