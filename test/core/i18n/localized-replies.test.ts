import { afterEach, describe, expect, it } from 'vitest';
import { storagePorts } from '../../../src/composition/bot-runtime.ts';
import { createBotCore } from '../../../src/core/bot-core.ts';
import { somethingWentWrong } from '../../../src/core/i18n/something-went-wrong.ts';
import { buildKnowledge } from '../../../src/core/knowledge.ts';
import { planPersonalReminder } from '../../../src/core/reminders/personal-reminders.ts';
import { itemReminderReply, markLate } from '../../../src/core/reminders/reminder-text.ts';
import { renderPlain } from '../../../src/core/reply-text.ts';
import { builtInData, inbound, testCore } from '../../support/built-in.ts';
import { reminderHarness } from '../../support/reminder-harness.ts';

// remind, update, about, the apology when the core fails and the late note, in the reader's
// language. remind and update keep what they record in a real SQLite file.

const NOW = '2024-01-20T10:00:00Z';
const TAGS = { zh: 'zh-CN', fr: 'fr', es: 'es-ES' } as const;
type Lang = keyof typeof TAGS;

type Harness = Awaited<ReturnType<typeof reminderHarness>>;
let h: Harness | undefined;
afterEach(async () => {
  await h?.cleanup();
  h = undefined;
});

async function storedChat() {
  h = await reminderHarness();
  const knowledge = buildKnowledge((await h.storage.data.load())!);
  const core = createBotCore({ knowledge: () => knowledge, ports: storagePorts(h.storage) });
  return async (lang: Lang, text: string, now = NOW) =>
    renderPlain(
      await core.handle(
        inbound(text, now, {
          user: { id: 'U1', name: 'ana', isAdmin: true },
          language: { tag: TAGS[lang], source: 'user' },
        }),
      ),
      now,
    );
}

describe('remind in the reader’s language', () => {
  it.each([
    ['zh', '我会在 ', '即中国的审议开始前 30 分钟', '您已经设置过了', '日程中没有与“zzz”相符的项目'],
    [
      'fr',
      'Je vous enverrai un message direct le ',
      '30 minutes avant le début de Examen : Chine',
      'Vous l’avez déjà demandé',
      'Rien dans le programme ne correspond à « zzz »',
    ],
    [
      'es',
      'Le enviaré un mensaje directo el ',
      '30 minutos antes del comienzo de Examen de China',
      'Ya lo pidió',
      'Nada en el calendario coincide con «zzz»',
    ],
  ] as const)('%s', async (lang, sends, before, again, noMatch) => {
    const say = await storedChat();
    const first = await say(lang, 'remind me China 30m');
    expect(first).toContain(sends);
    expect(first).toContain(before);
    expect(await say(lang, 'remind me China 30m')).toContain(again);
    expect(await say(lang, 'remind me zzz')).toContain(noMatch);
    const late = await say(lang, 'remind me China 1h', '2024-01-23T08:30:00Z');
    expect(late).not.toMatch(/too late|direct message|Nothing in the timetable/);
    expect(first).not.toMatch(/I will send|before .* starts/);
  });
});

describe('the direct message of a personal reminder is in the language it was asked in', () => {
  const PERSONAL = {
    zh: '这是您要求的提醒。',
    fr: 'Vous m’avez demandé de vous le rappeler.',
    es: 'Usted me pidió que se lo recordara.',
  };
  it.each(['zh', 'fr', 'es'] as const)('%s, kept in the database until it is due', async (lang) => {
    const say = await storedChat();
    await say(lang, 'remind me China 30m');
    const [wish] = await h!.storage.personalReminders.all('Europe/Zurich');
    expect(wish?.locale).toBe(lang);
    const knowledge = buildKnowledge((await h!.storage.data.load())!);
    const dm = renderPlain(planPersonalReminder(knowledge, wish!)!.reply, NOW);
    expect(dm).toContain(PERSONAL[lang]);
    expect(dm).not.toContain('You asked me to remind you.');
  });

  it('English when asked in English: nothing stored, the message as before', async () => {
    h = await reminderHarness();
    const knowledge = buildKnowledge((await h.storage.data.load())!);
    const core = createBotCore({ knowledge: () => knowledge, ports: storagePorts(h.storage) });
    await core.handle(
      inbound('remind me China 30m', NOW, { user: { id: 'U2', name: 'bo', isAdmin: false } }),
    );
    const [wish] = await h.storage.personalReminders.all('Europe/Zurich');
    expect(wish).toBeDefined();
    expect(wish?.locale).toBeUndefined();
    expect(renderPlain(planPersonalReminder(knowledge, wish!)!.reply, NOW)).toContain(
      'You asked me to remind you.',
    );
  });
});

describe('update’s confirmation in the reader’s language', () => {
  it.each([
    ['zh', '关于中国的更新已记录，将向 1 个已订阅的频道各发送一次。'],
    ['fr', 'Mise à jour sur Chine enregistrée. Elle part une fois vers 1 canal abonné.'],
    ['es', 'Actualización sobre China registrada. Se envía una vez a 1 canal suscrito.'],
  ] as const)('%s', async (lang, expected) => {
    const say = await storedChat();
    await say(lang, 'subscribe China');
    const text = await say(lang, 'update China The Working Group adopted the report.');
    expect(text).toBe(expected);
  });
});

describe('about in the reader’s language', () => {
  const { ask } = testCore();
  it.each([
    [
      'zh',
      [
        '关于 upr-bot',
        '普遍定期审议工作组第45届会议：',
        '数据版本',
        '场审议',
        '从 test 载入',
        '每条事实都附有来源和状态',
      ],
    ],
    [
      'fr',
      [
        'À propos d’upr-bot',
        'Examen périodique universel du Conseil des droits de l’homme, 45e session :',
        'Révision des données',
        'examens',
        'Chargées depuis test le',
        'Chaque fait porte sa source',
      ],
    ],
    [
      'es',
      [
        'Acerca de upr-bot',
        'Examen Periódico Universal del Consejo de Derechos Humanos, 45.º período de sesiones:',
        'Revisión de los datos',
        'exámenes',
        'Cargados desde test el',
        'Cada dato lleva su fuente',
      ],
    ],
  ] as const)('%s', async (lang, expected) => {
    const { text } = await ask('about', NOW, { language: { tag: TAGS[lang], source: 'user' } });
    for (const part of expected) expect(text).toContain(part);
    expect(text).not.toMatch(/About upr-bot|Data revision|Loaded from|Every fact carries|45th session/);
  });
});

describe('the apology when the core fails', () => {
  it.each([
    ['zh', '抱歉，我这边出了问题。'],
    ['fr', 'Désolé, quelque chose s’est mal passé de mon côté.'],
    ['es', 'Lo siento, algo ha fallado por mi parte.'],
  ] as const)('is in %s when the user’s language says so', (lang, expected) => {
    const text = renderPlain(
      somethingWentWrong({ text: 'next', language: { tag: TAGS[lang], source: 'user' } }),
      NOW,
    );
    expect(text).toContain(expected);
    expect(text).not.toContain('Sorry');
  });

  it('follows the question’s own language, and is English with no signal', () => {
    expect(renderPlain(somethingWentWrong({ text: '谁率领中国代表团？' }), NOW)).toContain('抱歉');
    expect(renderPlain(somethingWentWrong(), NOW)).toBe(
      'Sorry, something went wrong on my side. Please try again in a moment.',
    );
  });
});

describe('the late note follows the reminder’s language', () => {
  const knowledge = buildKnowledge(builtInData());
  const item = knowledge.agenda.find((i) => i.start)!;
  it.each([
    ['zh', '迟到的提醒：原定于 ', '当时机器人未在运行'],
    ['fr', 'En retard : ce message était prévu le ', 'quand le bot ne fonctionnait pas'],
    ['es', 'Con retraso: este mensaje debía llegar el ', 'cuando el bot no estaba en marcha'],
    ['en', 'Late: this was due ', 'while the bot was not running'],
  ] as const)('%s', (lang, before, after) => {
    const original = itemReminderReply(knowledge.index, item, 60, 'Europe/Zurich', { locale: lang });
    const text = renderPlain(markLate(original, item.start!), NOW);
    expect(text).toContain(before);
    expect(text).toContain(after);
    if (lang !== 'en') expect(text).not.toContain('Late:');
  });
});
