import { describe, expect, it } from 'vitest';
import { buildKnowledge } from '../../../src/core/knowledge.ts';
import { changeNoticeReply } from '../../../src/core/reminders/change-notices.ts';
import { planSettings } from '../../../src/core/reminders/reminder-planner.ts';
import { DEFAULT_SETTINGS, type SubscriptionSettings } from '../../../src/core/reminders/subscription.ts';
import { renderPlain } from '../../../src/core/reply-text.ts';
import { builtInData } from '../../support/built-in.ts';

// A channel subscribed with lang:zh (fr, es) gets its reminders, digests, window notices and
// change notices in that language; times stay time tokens for each reader's zone; English
// channels read exactly what they read before languages existed.

const knowledge = buildKnowledge(builtInData());
const NOW = '2024-01-20T10:00:00Z';

function planned(settings: Partial<SubscriptionSettings>) {
  const reminders = planSettings(knowledge, { ...DEFAULT_SETTINGS, states: ['CHN'], ...settings });
  const text = (key: string) => {
    const found = reminders.find((r) => r.key === key);
    if (!found) throw new Error(`no reminder ${key} in ${reminders.map((r) => r.key).join(', ')}`);
    return renderPlain(found.reply, NOW);
  };
  return { reminders, text };
}

describe("reminders in the channel's language", () => {
  const review = knowledge.agenda.find((i) => i.kind === 'review' && i.states[0] === 'CHN')!;

  it('words the hour-before reminder in Chinese, keeping the sources', () => {
    const zh = planned({ lang: 'zh' }).text(`${review.key}:60`);
    expect(zh.split('\n')[0]).toBe('中国的审议：1 小时后开始');
    expect(zh).toContain('时间：2024年1月23日星期二 09:00-12:30 中欧时间');
    expect(zh).toMatch(/^来源：/m);
  });

  it('words the morning digest and the window in French and Spanish', () => {
    const fr = planned({ lang: 'fr' });
    expect(fr.text('digest:2024-01-23').split('\n')[0]).toBe('Aujourd’hui à l’EPU, mardi 23 janvier 2024');
    expect(fr.text('digest:2024-01-23')).toContain('Examen : Chine');
    const es = planned({ lang: 'es' });
    const window = es.reminders.find((r) => r.kind === 'window' && r.leadMinutes === 1440)!;
    expect(renderPlain(window.reply, NOW).split('\n')[0]).toBe(
      'La sesión 45 del EPU se abre dentro de 24 horas',
    );
    expect(renderPlain(window.reply, NOW)).toContain('Palacio de las Naciones, Ginebra');
  });

  it("names the session's place and a side event's venue as the data renders them", () => {
    const zh = planned({ lang: 'zh' }).text(`${review.key}:60`);
    expect(zh).toContain('地点：日内瓦万国宫');
    expect(zh).not.toContain('Palais des Nations');
    const digest = planned({ lang: 'fr' }).text('digest:2024-01-23');
    expect(digest).toContain('(Palais des Nations, Genève)');
    expect(digest).toContain('(place de la Broken Chair)');
    expect(digest).not.toContain('Broken Chair square');
  });

  it('quotes a side event title the data has only in English', () => {
    const zh = planned({ lang: 'zh' });
    const digest = zh.text('digest:2024-01-24');
    expect(digest).toContain('“Chinese Modernization and Human Rights Protection”（英文原文）');
  });

  it("quotes the data's English updates, and shows a person's update as written", () => {
    const posted = {
      id: 'p1',
      state: 'CHN',
      published: '2024-01-24T09:00:00Z',
      text: '报告已通过。',
      sources: [],
    };
    const reminders = planSettings(knowledge, { ...DEFAULT_SETTINGS, states: ['CHN'], lang: 'zh' }, [posted]);
    const shown = (key: string) => renderPlain(reminders.find((r) => r.key === key)!.reply, NOW);
    const fromData = reminders.find((r) => r.kind === 'update' && r.key !== 'update:p1')!;
    expect(renderPlain(fromData.reply, NOW).split('\n')[1]).toMatch(
      /^“The UPR Working Group .*”（英文原文）$/,
    );
    expect(shown('update:p1').split('\n')[1]).toBe('报告已通过。');
    expect(planned({}).text(fromData.key).split('\n')[1]).toMatch(/^The UPR Working Group [^”]*\.$/);
  });

  it('keeps English reminders as they were', () => {
    const en = planned({});
    expect(en.text(`${review.key}:60`).split('\n')[0]).toBe('Review of China: in 1 hour');
    expect(en.text('digest:2024-01-23').split('\n')[0]).toBe('Today at the UPR, Tue 23 Jan 2024');
  });

  it('words change notices in the language of the settings group', () => {
    const spec = { change: 'cancelled' as const, itemKey: 'gone', title: 'Side meeting on water' };
    const es = renderPlain(changeNoticeReply(knowledge, spec, 'Europe/Zurich', 'es'), NOW);
    expect(es).toBe(
      'Cancelado: «Side meeting on water» (texto en inglés)\nYa no figura en el calendario; sus recordatorios se retiran.',
    );
    const moved = { change: 'moved' as const, itemKey: review.key, title: review.title };
    expect(renderPlain(changeNoticeReply(knowledge, moved, 'Europe/Zurich', 'zh'), NOW)).toMatch(
      /^已变更：中国的审议\n现在：/,
    );
  });
});
