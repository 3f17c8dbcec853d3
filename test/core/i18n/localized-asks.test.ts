import { describe, expect, it } from 'vitest';
import { ordinalsAsDigits } from '../../../src/core/i18n/question-ordinals.ts';
import { builtInData, testCore, withoutSources } from '../../support/built-in.ts';

// The asks of Chinese, French and Spanish readers beyond "who leads": deputy, members, what is
// next, earlier reviews, troika and offices, each in several of the ways chat users write them,
// answered in the reader's language from the data (offices, aliases and figures per language).

const { ask } = testCore();
const AFTER = '2024-07-10T10:00:00Z';
const BEFORE = '2024-01-20T10:00:00Z';

async function said(question: string, now = AFTER): Promise<string> {
  return withoutSources((await ask(question, now)).text);
}

describe('asks composed in each language', () => {
  it.each([
    ['副团长是谁 中国', '中国代表团副团长是陈国基（Eric Chan Kwok-ki）。'],
    [
      'Qui est le numéro deux de la délégation chinoise ?',
      'le chef adjoint de la délégation est Eric Chan Kwok-ki',
    ],
    ['chef adjoint delegation chine ?', 'le chef adjoint de la délégation est Eric Chan Kwok-ki'],
    [
      '¿Quién es el subjefe de la delegación de China?',
      'El jefe adjunto de la delegación de China es Eric Chan',
    ],
    ['jefe adjunto delegacion china?', 'El jefe adjunto de la delegación de China es Eric Chan'],
  ])('deputy: %s', async (question, expected) => {
    expect(await said(question)).toContain(expected);
  });

  it.each([
    ['中国代表团有哪些人？', '来源原文：“Officials from about 20 ministries'],
    ['De qui se compose la délégation chinoise ?', '« Officials from about 20 ministries'],
    ['¿Quiénes integran la delegación china?', '«Officials from about 20 ministries'],
  ])('members, the source’s English text quoted beside the composition: %s', async (question, expected) => {
    expect(await said(question)).toContain(expected);
  });

  it.each([
    ['中国下一步是什么', '2024-01-22T12:00:00+01:00', '2024年1月23日'],
    ['Et ensuite pour la Chine ?', '2024-01-22T12:00:00+01:00', 'mardi 23 janvier 2024'],
    ['¿Qué sigue para China?', '2024-06-20T12:00:00+02:00', 'jueves, 4 de julio de 2024'],
  ])('what is next at now: %s', async (question, now, expected) => {
    const text = await said(question, now);
    expect(text).toContain(expected);
    expect(text).not.toMatch(/took place|is scheduled|The review/);
  });

  it('names each side meeting and its organisers in the reader language, the English title quoted', async () => {
    const text = await said('¿Hay eventos paralelos sobre China?');
    expect(text).toContain('Organizadores: Congreso Mundial Uigur.');
    expect(text).toContain("«Global Human Rights Governance and China's Experience» (texto en inglés)");
    expect(text).not.toMatch(/not announced|took place/);
  });
});

describe('side meetings and durations in each language', () => {
  it('gives the events of the day and kind asked, without the rest', async () => {
    const text = await said('谁组织了1月22日的抗议？');
    expect(text).toContain('主办方：世界维吾尔代表大会。');
    expect(text).not.toMatch(/边会|1月23日|共 \d+ 场/);
  });

  it('names the speakers of a side meeting, in the reader language where the data has their names', async () => {
    expect(await said('中国人权研究会的边会有哪些发言人？')).toContain(
      '发言人：Zhu Hongli、常健（Chang Jian）和Zheng Liang。',
    );
  });

  it('tells a day’s programme in the reader language, timed items first', async () => {
    const text = await said('¿Qué hay el 22 de enero?');
    expect(text.split('\n')).toEqual([
      'lunes, 22 de enero de 2024:',
      '• 09:00 (hora de Ginebra): examen de Arabia Saudita',
      '• 14:30 (hora de Ginebra) (previsto, no anunciado): examen de Senegal',
      '• hora no anunciada: evento paralelo: «Putting development at the centre: economic, social and cultural rights» (texto en inglés)',
      '• hora no anunciada: protesta: «Protest and poster campaign» (texto en inglés)',
    ]);
    expect(await said('1月26日有什么安排？')).toContain('• 15:30（日内瓦时间）：工作组通过关于中国的报告');
  });

  it('says what is on today and the next review when asked with no state', async () => {
    const text = await said('下一个审议的国家是哪个？', '2024-01-25T10:00:00+01:00');
    expect(text).toContain('• 时间未公布：约旦接受审议');
    expect(text).toContain(
      '下一场审议：马来西亚，2024年1月25日星期四14:30（日内瓦时间）（预计，尚未宣布）。',
    );
    expect(await said('¿Qué es lo próximo en la sesión?', '2024-02-05T10:00:00+01:00')).toBe(
      'Todos los exámenes de la sesión han terminado.',
    );
  });

  it('names the state with the most recommendations, as its sourced count says', async () => {
    expect(await said('哪个国家收到的建议最多？')).toContain('本届会议中中国收到的建议最多：428 条。');
    expect(await said('¿Qué país recibió más recomendaciones?')).toContain(
      'China recibió el mayor número de recomendaciones de la sesión: 428.',
    );
    expect(await said('Quel pays a reçu le plus de recommandations ?')).toContain(
      'Le plus de recommandations de la session : Chine, avec 428.',
    );
  });

  it('says how long a review lasts from its own times', async () => {
    expect(await said('中国的审议持续多长时间？')).toBe(
      '中国的审议时长 3.5 小时：09:00至12:30（日内瓦时间）。',
    );
    expect(await said("Combien de temps dure l'examen de la Chine ?")).toContain('l’examen dure 3,5 heures');
  });

  it('leaves out the overview a bare follow-up clause falls back to', async () => {
    const text = await said('中国有哪些边会，谁主办的？');
    expect(text).toContain('主办方：中国人权研究会。');
    expect(text).not.toContain('率领');
  });
});

describe('earlier reviews in each language', () => {
  it('reads ordinals in words before a review or a cycle, and nowhere else', () => {
    expect(ordinalsAsDigits('中国第三轮审议收到多少建议')).toContain('3rd cycle');
    expect(ordinalsAsDigits('C’était quand le premier examen de la Chine ?')).toContain('1st cycle examen');
    expect(ordinalsAsDigits('¿Cuántas recomendaciones recibió China en el tercer ciclo?')).toContain(
      '3rd ciclo',
    );
    expect(ordinalsAsDigits('Quel est le premier État examiné ?')).toBe('Quel est le premier État examiné ?');
  });

  it('answers the review of the cycle or year asked, its head and figures in the reader language', async () => {
    const third = await said('中国第三轮审议收到多少建议');
    expect(third).toContain('建议：收到 346 条（来自 150 个国家），接受 284 条。');
    expect(third).toContain('外交部副部长乐玉成（Le Yucheng）');
    expect(third).not.toContain('2013');
    const in2013 = await said('Combien de recommandations la Chine avait-elle acceptées en 2013 ?');
    expect(in2013).toContain('Recommandations : 252 reçues, 204 acceptées.');
    expect(in2013).not.toMatch(/2018|texte anglais/);
    const first = await said('¿Cuándo fue el primer examen de China?');
    expect(first).toContain('lunes, 9 de febrero de 2009');
    expect(first).toContain('el embajador Li Baodong');
  });

  it('gives the latest earlier review alone for "last time"', async () => {
    const text = await said('中国上次审议是谁率团？');
    expect(text).toContain('外交部副部长乐玉成（Le Yucheng）');
    expect(text).not.toMatch(/2009|2013/);
  });

  it('keeps a follow-up clause on the earlier review the question began with', async () => {
    const text = await said('2018年谁率领中国代表团，收到多少建议？');
    expect(text).toContain('建议：收到 346 条（来自 150 个国家），接受 284 条。');
    expect(text).not.toContain('尚不可知');
  });

  it('lists every earlier review when none is singled out', async () => {
    const text = await said('中国参加过哪几次审议');
    for (const year of ['2009', '2013', '2018']) expect(text).toContain(year);
  });
});

describe('offices, aliases and troikas from the data, per language', () => {
  it('gives a person’s office as the data renders it in the reader language, and their place in a delegation', async () => {
    expect(await said('陈旭是什么职务？')).toBe(
      '陈旭（Chen Xu）：大使，中国常驻联合国日内瓦办事处和瑞士其他国际组织代表\n陈旭（Chen Xu）是中国代表团团长。',
    );
    expect(await said('Quelle est la fonction de Chen Xu ?')).toContain(
      'Chen Xu est chef de la délégation (Chine).',
    );
    expect(await said('¿Qué cargo tiene Chen Xu?')).toContain('Embajador, representante permanente de China');
  });

  it('quotes an office the data has only in English, marked as English', async () => {
    const data = builtInData();
    const chen = data.people.find((p) => p.id === 'chen-xu')!;
    const { ask: askOther } = testCore({
      ...data,
      people: data.people.map((p) => (p === chen ? { ...chen, titles: undefined } : p)),
    });
    const { text } = await askOther('谁率领中国代表团？', AFTER);
    expect(text).toContain('“Ambassador, Permanent Representative of China');
    expect(text).toContain('”（英文原文）');
  });

  it('understands a state by its demonym in the reader language', async () => {
    expect(await said('qui dirige la delegation jordanienne ?')).toContain('Walid Obeidat');
    expect(await said('Walid Obeidat : quelle fonction ?')).toContain(
      'Ambassadeur, représentant permanent de la Jordanie à Genève',
    );
  });

  it('says a troika in the reader language, and that it is not known where it is not', async () => {
    expect(await said('Quelle est la troïka du Mexique ?')).toContain('Chine, Bulgarie et Paraguay');
    expect(await said('中国的三驾马车是哪些国家？')).toBe(
      '中国本次审议的三国小组不详：机器人的来源中未找到。',
    );
  });

  it('names the venue’s local time in the reader language', async () => {
    expect(await said('中国什么时候接受审议？', BEFORE)).toContain('09:00至12:30（日内瓦时间）');
    expect(await said('Quand a lieu l’examen de la Chine ?', BEFORE)).toContain(
      'de 09:00 à 12:30 (heure de Genève)',
    );
    expect(await said('¿Cuándo es el examen de China?', BEFORE)).toContain(
      'de 09:00 a 12:30 (hora de Ginebra)',
    );
  });

  it('does not take a common word of a language for an organiser (mundial, réunion)', async () => {
    const { reply, text } = await ask('¿Quién ganó el mundial de fútbol?', AFTER);
    expect(reply.ephemeral).toBe(true);
    expect(text).not.toContain('Uigur');
  });
});

describe('the English engine', () => {
  it('keeps its own wording of offices and times', async () => {
    const text = await said("Who leads China's delegation?");
    expect(text).toContain('Ambassador Chen Xu, Permanent Representative of China');
    expect(await said('When is China reviewed?', BEFORE)).toContain('09:00-12:30 Geneva time');
  });
});
