import { describe, expect, it } from 'vitest';
import { testCore } from './built-in.ts';
import { ASKED_LATER } from './public-questions.ts';
import { missingFromAnswer } from './qa-check.ts';
import { NON_ANSWERS, NOT_IN_SESSION, OUT_OF_SCOPE } from './qa-phrases.ts';

// The red-team question files share one shape and one way of judging an answer.

export interface ParaphraseCase {
  q: string;
  expect: string[][];
  forbid?: string[];
  /** The clock of the question (default: asked later, after the session and its outcomes). */
  now?: string;
  /** A polite "not sure" or "I can only help with..." is acceptable (second language, no data). */
  politeOk?: boolean;
}

export const BEFORE = '2024-01-20T10:00:00Z';
export { ASKED_LATER };
export const TUE_23 = '2024-01-23T10:00:00+01:00'; // China's review under way
export const WED_24 = '2024-01-24T10:00:00+01:00';

const { ask } = testCore();

/** One test per case; an in-scope question must never get the engine's "did not understand". */
export function runParaphraseCases(title: string, cases: readonly ParaphraseCase[], atLeast: number): void {
  describe(title, () => {
    it('cover enough ground', () => {
      expect(cases.length).toBeGreaterThanOrEqual(atLeast);
    });

    for (const c of cases) {
      it(c.q, async () => {
        const { text } = await ask(c.q, c.now ?? ASKED_LATER, { kind: 'message' });
        const mayDecline = c.politeOk || c.expect.includes(OUT_OF_SCOPE) || c.expect.includes(NOT_IN_SESSION);
        const forbid = [...(c.forbid ?? []), ...(mayDecline ? [] : NON_ANSWERS)];
        expect(missingFromAnswer(text, c.expect, forbid), text).toEqual([]);
      });
    }
  });
}
