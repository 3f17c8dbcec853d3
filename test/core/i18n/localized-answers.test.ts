import { describe, expect, it } from 'vitest';
import { testCore } from '../../support/built-in.ts';

// Questions in Chinese, French and Spanish, answered in them from the built-in data: names,
// numbers, dates and statuses in the reader's language, English-only text quoted and marked as
// English, sources as they are.

const { ask } = testCore();
const AFTER = '2024-07-10T10:00:00Z';
const BEFORE = '2024-01-20T10:00:00Z';

describe('questions in the reader language', () => {
  it('answers who leads in Chinese, with 陈旭, the office as the data renders it in Chinese, and the sources', async () => {
    const { text, reply } = await ask('谁率领中国代表团？', AFTER);
    expect(text).toContain('中国代表团由陈旭（Chen Xu）率领。');
    expect(text).toContain('陈旭（Chen Xu）：大使，中国常驻联合国日内瓦办事处和瑞士其他国际组织代表');
    expect(text).not.toContain('Permanent Representative');
    const sources = reply.blocks.find((b) => b.kind === 'sources');
    expect(sources).toMatchObject({ label: '来源' });
    expect(text).toContain('http://en.people.cn/n3/2024/0127/c90000-20127509.html');
  });

  it('answers in French and in Spanish, sources untranslated', async () => {
    const fr = await ask('Qui dirige la délégation chinoise ?', AFTER);
    expect(fr.text).toContain('Chine : la délégation est dirigée par Chen Xu.');
    expect(fr.text).toContain('Chen Xu : Ambassadeur, représentant permanent de la Chine auprès de l’Office');
    const es = await ask('¿Quién encabeza la delegación de China?', AFTER);
    expect(es.text).toContain('La delegación de China está encabezada por Chen Xu.');
    expect(es.text).toContain("Universal Periodic Review to examine China's human rights records");
  });

  it('gives numbers and dates through Intl in each language', async () => {
    expect((await ask('中国接受了多少条建议？', AFTER)).text).toContain(
      '中国于2024年6月11日星期二公布了答复：接受 290 条，部分接受 8 条，注意到 32 条，拒绝 98 条。',
    );
    expect((await ask('Combien de recommandations la Chine a-t-elle reçues ?', AFTER)).text).toContain(
      'Chine : 428 recommandations reçues.',
    );
    expect((await ask('¿Cuándo es el examen de China?', BEFORE)).text).toContain(
      'El examen de China tiene lugar el martes, 23 de enero de 2024, de 09:00 a 12:30',
    );
  });

  it('tells the future in the future and the past in the past', async () => {
    expect((await ask('中国什么时候接受审议？', BEFORE)).text).toContain('中国的审议定于2024年1月23日');
    expect((await ask('中国什么时候接受审议？', AFTER)).text).toContain('中国的审议已于2024年1月23日');
  });

  it('says whether a review has started, is under way or is over, in the reader language', async () => {
    const during = '2024-01-23T10:00:00+01:00';
    expect((await ask('中国的审议结束了吗？', during)).text).toContain(
      '中国的审议正在进行：09:00开始，12:30结束',
    );
    expect((await ask('L’examen de la Chine est-il terminé ?', AFTER)).text).toContain(
      'Chine : l’examen est terminé',
    );
    expect((await ask('¿Ha empezado el examen de China?', BEFORE)).text).toContain(
      'El examen de China aún no ha empezado: empieza el martes, 23 de enero de 2024 a las 09:00',
    );
  });

  it('never tells an outcome before it is known', async () => {
    expect((await ask('中国收到了多少条建议？', BEFORE)).text).toBe('中国收到的建议数量尚不可知。');
    expect((await ask('¿Cuántas recomendaciones rechazó China?', BEFORE)).text).toContain(
      'aún no se han publicado; se esperan el martes, 11 de junio de 2024',
    );
  });

  it('names organisers in the data language and quotes English titles', async () => {
    const { text } = await ask('有哪些关于中国的边会？', AFTER);
    expect(text).toContain('主办方：中国人权研究会。');
    expect(text).toContain('主办方：中国联合国协会。');
    expect(text).toContain('“Chinese Modernization and Human Rights Protection”（英文原文）');
  });

  it('answers what is next and the earlier reviews', async () => {
    expect((await ask('Quelle est la prochaine étape pour la Chine ?', BEFORE)).text).toContain(
      'Chine, prochaine étape : l’examen, le mardi 23 janvier 2024.',
    );
    const earlier = await ask('¿Cuáles fueron los exámenes anteriores de China?', AFTER);
    expect(earlier.text).toContain('3.º ciclo: examen el martes, 6 de noviembre de 2018');
    expect(earlier.text).toContain('Recomendaciones: 346 recibidas de 150 Estados, 284 aceptadas.');
    expect(earlier.text).toContain(
      'jefe de la delegación: el viceministro de Relaciones Exteriores Le Yucheng',
    );
  });

  it('quotes the English answer, marked, where a kind has no words of its own yet', async () => {
    const { text } = await ask('中国审议的文件有哪些？', AFTER);
    expect(text.split('\n')[0]).toBe('这部分我只能用英文回答：');
    expect(text).toMatch(/^“China's review rests on these documents:”（英文原文）$/m);
  });

  it('says a fact in the reader language where the data renders it', async () => {
    const { text } = await ask('中国的重点议题是什么？', AFTER);
    expect(text).toMatch(/^审议之前，南开大学常健（Chang Jian）教授预测/m);
    expect(text).not.toContain('英文原文');
  });

  it('says it is not sure in the reader language, not in English', async () => {
    const { text, reply } = await ask('¿Quién ganó el mundial de fútbol?', AFTER);
    expect(reply.ephemeral).toBe(true);
    expect(text).not.toMatch(/I'm not sure|I can only help/);
    expect(text).toMatch(/Solo puedo ayudar|No estoy seguro/);
  });
});
