import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInData } from '../support/built-in.ts';
import { namesOf, OTHER_SESSION_FILE } from '../support/other-session.ts';
import { runCli } from '../support/run-cli.ts';
import { tempDatabase } from '../support/temp-database.ts';

// Another session's data file, imported through the real command line, is answered from its own
// data: its number, its dates, its people, and suggestions about its own states.

describe('upr-bot import of another session, then upr-bot chat', () => {
  const db = tempDatabase();
  const env = { DATABASE_URL: db.url };
  const chat = async (now: string, message: string) => {
    const { code, stdout, stderr } = await runCli(['chat', '--now', now, message], { env });
    expect(code, stderr).toBe(0);
    return stdout;
  };

  beforeAll(async () => {
    const imported = await runCli(['import', OTHER_SESSION_FILE], { env });
    expect(imported.code, imported.stderr).toBe(0);
  }, 300_000);
  afterAll(() => db.cleanup());

  it('answers from the imported session, never from the built-in one', { timeout: 300_000 }, async () => {
    const answers = [
      await chat('2027-10-29T10:00:00Z', 'when does the session start?'),
      await chat('2027-10-29T10:00:00Z', "who leads Norway's delegation and when is its review?"),
      await chat('2027-11-01T09:30:00Z', 'has the review of Norway started?'),
      await chat('2028-06-01T10:00:00Z', 'who leads the delegation?'),
      await chat('2028-06-01T10:00:00Z', 'when was the 45th session?'),
      // The kinds of the engine's second round: a list asked of one state, a figure taken for
      // granted, a troika's owner and member.
      await chat('2028-06-01T10:00:00Z', 'Norway: date, room and head of delegation?'),
      await chat('2028-06-01T10:00:00Z', 'Norway received 207 recommendations this time, right?'),
      await chat('2028-06-01T10:00:00Z', "is Japan in Norway's troika?"),
    ];
    expect(answers[0]).toContain('52nd session');
    expect(answers[0]).toContain('Mon 1 Nov 2027');
    expect(answers[1]).toContain('Ingrid Solberg');
    expect(answers[1]).toContain('10:00-13:00');
    expect(answers[2]).toContain('under way');
    expect(answers[3]).toContain("who leads Norway's delegation?");
    expect(answers[4]).toContain('not known');
    expect(answers[5]).toContain('Mon 1 Nov 2027');
    expect(answers[5]).toContain('Room XVII');
    expect(answers[5]).toContain('Ingrid Solberg');
    expect(answers[6]).toContain('2019');
    expect(answers[7]).toContain('Yes');
    // The last question names the 45th session itself; the answer may repeat its number, nothing more.
    const builtIn = namesOf(builtInData());
    answers.forEach((text, i) => {
      for (const name of builtIn) if (i < 4 || !name.startsWith('45')) expect(text).not.toContain(name);
    });
  });
});
