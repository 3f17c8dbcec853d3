import { describe, expect, it } from 'vitest';
import { testCore } from '../../support/built-in.ts';
import { publicQuestions } from '../../support/public-questions.ts';
import { missingFromAnswer } from '../../support/qa-check.ts';

// The questions users ask, with what a correct answer must contain (shared with the product team).
const questions = publicQuestions();

const { ask } = testCore();
const NOW = '2024-01-20T10:00:00Z';

describe('public questions', () => {
  it('are all there', () => {
    expect(questions.length).toBeGreaterThanOrEqual(20);
  });

  for (const { q, expect: groups, forbid } of questions) {
    it(q, async () => {
      const { text } = await ask(q, NOW, { kind: 'message' });
      expect(missingFromAnswer(text, groups, forbid), text).toEqual([]);
    });

    it(`${q} (through /upr ask)`, async () => {
      const { text } = await ask(`/upr ask ${q}`, NOW);
      expect(missingFromAnswer(text, groups, forbid), text).toEqual([]);
    });
  }
});
