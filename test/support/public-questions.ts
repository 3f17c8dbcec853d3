import { existsSync, readFileSync } from 'node:fs';

export interface PublicQuestion {
  q: string;
  expect: string[][];
  forbid?: string[];
  /** The clock to ask at, where the answer depends on it. */
  now?: string;
}

/**
 * The clock for a question that names none: such questions are asked at the time people run the
 * bot, after the session and the Council's adoption of its outcomes (as `upr-bot chat` without
 * `--now` does today). Fixed here so that the tests do not depend on the machine's clock.
 */
export const ASKED_LATER = '2025-03-03T10:00:00Z';

// The product team's list lives in shared/qa beside the repository (or beside the worktrees'
// folder); a copy is kept in test/fixtures for clones that have no shared/ near them. The shared
// list wins when present, so it is never stale.
const CANDIDATES = [
  new URL('../../../shared/qa/questions.json', import.meta.url),
  new URL('../../../../shared/qa/questions.json', import.meta.url),
];
const COPY = new URL('../fixtures/public-questions.json', import.meta.url);

export function publicQuestions(): PublicQuestion[] {
  const file = CANDIDATES.find((candidate) => existsSync(candidate)) ?? COPY;
  return JSON.parse(readFileSync(file, 'utf8')).questions;
}
