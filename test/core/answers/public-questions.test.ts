import { describe, expect, it } from 'vitest';
import { testCore } from '../../support/built-in.ts';
import { ASKED_LATER, publicQuestions } from '../../support/public-questions.ts';
import { missingFromAnswer } from '../../support/qa-check.ts';

// The questions users ask, with what a correct answer must contain (shared with the product team).
// Each is asked at its own clock (`now`) where it has one, else after the session.
const questions = publicQuestions();

const { ask } = testCore();

describe('public questions', () => {
  it('are all there', () => {
    expect(questions.length).toBeGreaterThanOrEqual(20);
  });

  for (const { q, expect: groups, forbid, now } of questions) {
    const clock = now ?? ASKED_LATER;
    it(`${q}${now ? ` (at ${now})` : ''}`, async () => {
      const { text } = await ask(q, clock, { kind: 'message' });
      expect(missingFromAnswer(answerOnly(text), groups, forbid), text).toEqual([]);
    });

    it(`${q}${now ? ` (at ${now})` : ''} (through /upr ask)`, async () => {
      const { text } = await ask(`/upr ask ${q}`, clock);
      expect(missingFromAnswer(answerOnly(text), groups, forbid), text).toEqual([]);
    });
  }
});

/** Expectations are checked against the answer, not its Sources line. */
function answerOnly(text: string): string {
  return text.replace(/\nSources?: .*$/s, '');
}
