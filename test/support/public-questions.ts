import { existsSync, readFileSync } from 'node:fs';

export interface PublicQuestion {
  q: string;
  expect: string[][];
  forbid?: string[];
}

// The product team's list lives in ../shared/qa; a copy is kept in test/fixtures for clones that
// do not have shared/ beside them. The shared list wins when present, so it is never stale.
const SHARED = new URL('../../../shared/qa/questions.json', import.meta.url);
const COPY = new URL('../fixtures/public-questions.json', import.meta.url);

export function publicQuestions(): PublicQuestion[] {
  const file = existsSync(SHARED) ? SHARED : COPY;
  return JSON.parse(readFileSync(file, 'utf8')).questions;
}
