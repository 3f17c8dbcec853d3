import { describe, expect, it } from 'vitest';
import { bannerFor, terminalLocale } from '../../src/cli/cli-banner.ts';
import type { BotRuntime } from '../../src/composition/bot-runtime.ts';
import { buildKnowledge } from '../../src/core/knowledge.ts';
import { builtInData } from '../support/built-in.ts';

// The terminal's greeting in the terminal's language, its clock through Intl; the commands to
// copy as they are typed; English as it always read.

const knowledge = buildKnowledge(builtInData());

/** What the banner reads of a runtime: the data, its stored status and the clock. */
function runtime(now: string, stored = true): BotRuntime {
  const status = stored ? { origin: 'built-in data', revision: 'r', importedAt: now } : undefined;
  return {
    knowledge: () => knowledge,
    clock: { now: () => now },
    storage: { data: { status: async () => status } },
  } as unknown as BotRuntime;
}

describe('the terminal banner', () => {
  it('speaks Chinese on a Chinese terminal, with a Chinese clock and example', async () => {
    const banner = await bannerFor(runtime('2024-01-23T10:00:00Z'), 'Europe/Zurich', 'fixed', 'zh_CN.UTF-8');
    expect(banner).toContain('第 45 届会议（日内瓦万国宫，2024年1月22日星期一至2024年2月2日星期五）');
    expect(banner).toContain('时钟：2024年1月23日星期二 11:00 中欧时间（由 --now 固定）。');
    expect(banner).toContain('或者直接提问：谁率领中国代表团？');
    expect(banner).toContain('/upr review China');
  });

  it('tells a French terminal the session is over, the commands to copy unchanged', async () => {
    const banner = await bannerFor(runtime('2024-03-01T10:00:00Z', false), 'Europe/Zurich', 'real', 'fr_FR');
    expect(banner).toContain('Données : révision 2024-07-05.2, pas encore stockées.');
    expect(banner).toContain('Cette session est terminée.');
    expect(banner).toContain('  npm start -- --now 2024-01-23T10:00:00+01:00');
  });

  it('reads in English as before', async () => {
    const banner = await bannerFor(runtime('2024-01-23T10:00:00Z'), 'Europe/Zurich', 'fixed', 'C.UTF-8');
    expect(banner.split('\n')).toEqual([
      'upr-bot: UN Human Rights Council, Universal Periodic Review (UPR) Working Group, session 45 (Palais des Nations, Geneva, Mon 22 Jan 2024 to Fri 2 Feb 2024)',
      'Data: revision 2024-07-05.2, built-in data.',
      'Clock: Tue 23 Jan 2024, 11:00 Geneva time (fixed with --now).',
      'Try: /upr next · /upr review China · /upr schedule session · /upr events · help',
      'Or ask: who leads China\'s delegation?   (quit with "quit" or Ctrl-D)',
    ]);
  });

  it("takes the terminal's language from LANG, English for one the bot does not speak", () => {
    expect(terminalLocale('es_ES.UTF-8')).toBe('es');
    expect(terminalLocale('zh_TW.UTF-8')).toBe('en');
    expect(terminalLocale('de_DE.UTF-8')).toBe('en');
  });
});
