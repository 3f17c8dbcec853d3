import { describe, expect, it } from 'vitest';
import { splitRemind } from '../../../src/core/commands/remind-command.ts';
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
    [
      'fr',
      [
        'Délégation : Chine',
        'Chef de délégation :',
        'Ambassadeur, représentant permanent de la Chine',
        '(texte anglais)',
      ],
    ],
    [
      'es',
      [
        'Delegación de China',
        'Jefe de la delegación:',
        'Embajador, representante permanente de China',
        '(texto en inglés)',
      ],
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

describe('next, schedule and events in the reader’s language', () => {
  it.each([
    ['zh', ['第 45 届会议于2024年1月22日星期一开幕。', '下一场审议', '沙特阿拉伯的审议', '（英文原文）']],
    [
      'fr',
      [
        'La 45e session s’ouvre le lundi 22 janvier 2024.',
        'Prochain examen',
        'Examen : Arabie saoudite',
        '(texte anglais)',
      ],
    ],
    [
      'es',
      [
        'El 45.º período de sesiones se abre el lunes, 22 de enero de 2024.',
        'Próximo examen',
        'Examen de Arabia Saudita',
      ],
    ],
  ] as const)('next in %s', async (lang, expected) => {
    const text = await inLanguage(lang, 'next');
    for (const part of expected) expect(text).toContain(part);
    expect(text).not.toMatch(/Next review|Next side meeting|session opens|time not announced|starts in/);
  });

  it.each([
    [
      'zh',
      [
        '普遍定期审议第 45 届会议：整届会议',
        '2024年1月23日星期二',
        '中国的审议',
        '日期未公布',
        '中非共和国的审议',
      ],
    ],
    [
      'fr',
      ['EPU, 45e session : toute la session', 'mardi 23 janvier 2024', 'Examen : Chine', 'Date non annoncée'],
    ],
    [
      'es',
      [
        'EPU, 45.º período de sesiones: todo el período de sesiones',
        'martes, 23 de enero de 2024',
        'Examen de China',
        'Fecha no anunciada',
      ],
    ],
  ] as const)('schedule in %s', async (lang, expected) => {
    const text = await inLanguage(lang, 'schedule session');
    for (const part of expected) expect(text).toContain(part);
    expect(text).not.toMatch(/UPR 45th|The whole session|Date not announced|Review of|time not announced/);
  });

  it.each([
    ['zh', '明天', '2024年1月24日'],
    ['fr', 'demain', 'mercredi 24 janvier 2024'],
    ['es', 'mañana', 'miércoles, 24 de enero de 2024'],
    ['fr', 'cette semaine', 'lundi 22 janvier 2024'],
    ['es', 'sesion', 'Examen de China'],
    ['zh', '今天', '中国的审议'],
  ] as const)('schedule takes the period in the language (%s "%s")', async (lang, word, expected) => {
    // 23 Jan, 10:00 Geneva: China's review is today, Mauritius and Mexico tomorrow.
    const text = await inLanguage(lang, `schedule ${word}`, '2024-01-23T09:00:00Z');
    expect(text).toContain(expected);
  });

  it('schedule outside the session says when it runs, in the language', async () => {
    const text = await inLanguage('es', 'schedule 2024-03-01');
    expect(text).toContain('Nada: el período de sesiones va del lunes, 22 de enero de 2024');
    expect(text).not.toContain('Nothing');
  });

  it.each([
    [
      'zh',
      [
        '关于中国的活动',
        '主办方：中国人权研究会。',
        '“Chinese Modernization and Human Rights Protection”（英文原文）',
        '状态：已确认',
        ' · 日内瓦洲际酒店（InterContinental Geneva）',
        ' · 断椅广场（Broken Chair）',
      ],
    ],
    [
      'fr',
      [
        'Chine : manifestations',
        ' · hôtel InterContinental Genève',
        'Organisateurs :',
        '« Chinese Modernization and Human Rights Protection » (texte anglais)',
        'Statut : confirmé',
      ],
    ],
    [
      'es',
      [
        'Actividades sobre China',
        ' · plaza de la Broken Chair, frente al Palacio de las Naciones',
        '«Chinese Modernization and Human Rights Protection» (texto en inglés)',
        'Estado: confirmado',
      ],
    ],
  ] as const)('events about a state in %s', async (lang, expected) => {
    const text = await inLanguage(lang, 'events Chine');
    for (const part of expected) expect(text).toContain(part);
    // English words only inside quotations of the data's own English text.
    expect(text).not.toMatch(/^\s*(Events about|Organised by|Status: )|time not announced/m);
  });

  it.each([
    ['zh', ['由世界维吾尔代表大会等组织。', '约150人参加'], 'Organised by the World Uyghur Congress'],
    [
      'fr',
      ['Organisée par le Congrès mondial ouïghour et d’autres.'],
      'Organised by the World Uyghur Congress',
    ],
    ['es', ['Organizada por el Congreso Mundial Uigur y otros.', 'unas 150 personas'], 'About 150 people'],
  ] as const)(
    "an event's detail and outcome in %s are the data's own rendering, not a quotation",
    async (lang, local, english) => {
      const text = await inLanguage(lang, 'events Chine', '2024-02-01T10:00:00Z');
      for (const part of local) expect(text).toContain(part);
      expect(text).not.toContain(english);
    },
  );

  it.each([
    ['zh', '没有与“zzz”相符的活动。请试试一个国家或组织者（例如中国或'],
    [
      'fr',
      'Aucune manifestation ne correspond à « zzz ». Essayez un État ou un organisateur (par exemple Chine ou ',
    ],
    ['es', 'Ninguna actividad coincide con «zzz». Pruebe un Estado o un organizador (por ejemplo, China o '],
  ] as const)('an unknown filter is refused in %s', async (lang, expected) => {
    const text = await inLanguage(lang, 'events zzz');
    expect(text).toContain(expected);
    expect(text).not.toContain('No events match');
  });
});

describe('refusals of bad input in the reader’s language', () => {
  const admin = (lang: keyof typeof TAGS, text: string) =>
    ask(text, BEFORE, {
      language: { tag: TAGS[lang], source: 'user' },
      user: { id: 'U1', name: 'ana', isAdmin: true },
    }).then((r) => r.text);

  it.each([
    ['zh', ['时区必须是 IANA 时区', '提前量的写法如 24h', '类型只能是', '我不认识这个国家：“Atlantis”']],
    [
      'fr',
      [
        'le fuseau doit être un fuseau IANA',
        'les délais s’écrivent 24h',
        'les types sont',
        'Je ne connais pas l’État « Atlantis »',
      ],
    ],
    [
      'es',
      [
        'la zona debe ser una zona IANA',
        'las antelaciones se escriben 24h',
        'los tipos son',
        'No conozco el Estado «Atlantis»',
      ],
    ],
  ] as const)('subscribe in %s', async (lang, [zone, lead, kinds, state]) => {
    const replies = [
      await admin(lang, 'subscribe zone:Mars/Olympus'),
      await admin(lang, 'subscribe lead:99y'),
      await admin(lang, 'subscribe kinds:parties'),
      await admin(lang, 'subscribe Atlantis'),
    ];
    for (const [i, part] of [zone, lead, kinds, state].entries()) expect(replies[i]).toContain(part);
    for (const text of replies) {
      expect(text.split('\n')).toHaveLength(1);
      expect(text).not.toMatch(/must be an IANA|look like|kinds are|I don't know/);
    }
  });

  it.each([
    ['zh', '我不认识名为“Atlantis”的国家。第 45 届会议审议的是：', '提前量的写法如 1h'],
    ['fr', 'Je ne connais pas d’État appelé « Atlantis ». La 45e session examine : ', 'un délai s’écrit 1h'],
    [
      'es',
      'No conozco ningún Estado llamado «Atlantis». El 45.º período de sesiones examina: ',
      'una antelación se escribe 1h',
    ],
  ] as const)('an unknown state and a bad lead in %s', async (lang, unknownState, badLead) => {
    expect(await inLanguage(lang, 'review Atlantis')).toContain(unknownState);
    expect(await inLanguage(lang, 'remind me China 15d')).toContain(badLead);
  });
});

describe('schedule refuses a bad period in the reader’s language', () => {
  it.each([
    ['zh', '请写 今天、明天、本周、会期', '日期请写成 YYYY-MM-DD'],
    ['fr', 'écrivez aujourd’hui, demain, semaine, session', 'écrivez les dates sous la forme AAAA-MM-JJ'],
    ['es', 'escriba hoy, mañana, semana, sesión', 'escriba las fechas como AAAA-MM-DD'],
  ] as const)('%s', async (lang, period, dateFormat) => {
    const word = await inLanguage(lang, 'schedule someday');
    expect(word).toContain(period);
    expect(word).not.toContain('say today');
    expect(await inLanguage(lang, 'schedule 23.01.2024')).toContain(dateFormat);
  });
});

describe('after /upr, commands are typed by their name in the reader’s language', () => {
  it.each([
    ['fr', '/upr examen Chine', 'Chef de délégation'],
    ['zh', '/upr 审议 中国', '代表团团长：'],
    ['es', '/upr calendario mañana', 'Examen de Mauricio'],
    ['fr', '/upr suivant', 'Prochain examen'],
  ] as const)('%s: %s', async (lang, command, expected) => {
    // 23 Jan, 10:00 Geneva: China's review is under way, Mauritius is tomorrow.
    expect(await inLanguage(lang, command, '2024-01-23T09:00:00Z')).toContain(expected);
  });

  it('an unknown command lists the commands by their names in the language', async () => {
    const text = await inLanguage('fr', '/upr bidule');
    expect(text).toContain('aide, suivant, calendrier, examen');
  });
});

describe('a command typed by its name in one language is answered in that language', () => {
  it.each([
    ['/upr événements CSHRS', 'Organisé par|Organisateurs|organisé'],
    ['/upr siguiente Nigeria', 'Próximo examen|Examen de Nigeria'],
    ['/upr à-propos', 'À propos'],
  ])('%s', async (command, expected) => {
    const { text } = await ask(command, BEFORE);
    expect(text).toMatch(new RegExp(expected));
  });

  it("so is Slack's slash command, whose text comes without /upr", async () => {
    const { text } = await ask('événements CSHRS', BEFORE, { kind: 'command' });
    expect(text).toMatch(/Organisé par|Organisateurs|organisé/);
  });

  it('a name two languages share leaves the language to the other signals', async () => {
    // "examen" is French and Spanish; the argument's language or the reader's settings decide.
    const { text } = await ask('/upr examen China', BEFORE);
    expect(text).toContain('Review of China');
  });

  it('"me" may be written in the language', () => {
    for (const typed of ['me China 1h', 'moi Chine 1h', '我 中国 1h'])
      expect(splitRemind(typed), typed).toEqual({ target: typed.split(' ')[1], lead: '1h' });
  });
});
