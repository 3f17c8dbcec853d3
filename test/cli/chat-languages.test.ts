import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cliBudget, runCli } from '../support/run-cli.ts';
import { tempDatabase } from '../support/temp-database.ts';

// The "done when", as a user runs it: `upr-bot chat "谁率领中国代表团？"` answers in
// Chinese with 陈旭 and the sources; the same in French and Spanish; and the terminal's LANG
// speaks for an English command.

vi.setConfig({ testTimeout: cliBudget(2) });

describe('upr-bot chat in Chinese, French and Spanish', () => {
  const db = tempDatabase();
  const env = { DATABASE_URL: db.url, LANG: 'C.UTF-8' };
  beforeAll(async () => {
    expect((await runCli(['migrate'], { env })).code).toBe(0);
  });
  afterAll(() => db.cleanup());

  it.each([
    ['谁率领中国代表团？', '中国代表团由陈旭（Chen Xu）率领。', /^来源：/m],
    ['Qui dirige la délégation chinoise ?', 'Chine : la délégation est dirigée par Chen Xu.', /^Sources : /m],
    [
      '¿Quién encabeza la delegación de China?',
      'La delegación de China está encabezada por Chen Xu.',
      /^Fuentes: /m,
    ],
  ])('%s', async (question, answer, sources) => {
    const { code, stdout } = await runCli(['chat', question], { env });
    expect(code).toBe(0);
    expect(stdout).toContain(answer);
    expect(stdout).toMatch(sources);
    expect(stdout).toContain('http://en.people.cn/n3/2024/0127/c90000-20127509.html');
  });

  it("answers an English command in the terminal's language", async () => {
    const { stdout } = await runCli(['chat', '/upr help'], { env: { ...env, LANG: 'zh_CN.UTF-8' } });
    expect(stdout).toContain('upr-bot：在聊天中了解联合国普遍定期审议');
  });

  it("shows times in the terminal's language", async () => {
    const { stdout } = await runCli(['chat', '--now', '2024-01-20T10:00:00Z', '/upr review China'], {
      env: { ...env, LANG: 'fr_FR.UTF-8' },
    });
    expect(stdout).toContain('Quand : mardi 23 janvier 2024 à 09:00-12:30 heure d’Europe centrale');
  });
});
