import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testCore } from '../../support/built-in.ts';
import { missingFromAnswer } from '../../support/qa-check.ts';

interface PublicQuestion {
  q: string;
  expect: string[][];
  forbid?: string[];
}

// The questions users ask, with what a correct answer must contain (shared with the product team).
const questions: PublicQuestion[] = JSON.parse(
  readFileSync(new URL('../../../../shared/qa/questions.json', import.meta.url), 'utf8'),
).questions;

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
