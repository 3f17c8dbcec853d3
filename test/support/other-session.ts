import { readFileSync } from 'node:fs';
import type { DataSet } from '../../src/core/data-schema.ts';
import { parseDataSetText } from '../../src/core/data-validation.ts';

// A second, made-up data set: another session (the 52nd), other dates, states, people and
// organisations, other slots and lengths. The engine must answer it from its own data alone.

export const OTHER_SESSION_FILE = new URL('../fixtures/upr52.json', import.meta.url).pathname;

export function otherSessionData(): DataSet {
  const parsed = parseDataSetText(readFileSync(OTHER_SESSION_FILE, 'utf8'));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.data;
}

/** Words that name a data set's session: its number, reviewed states, people, organisers. */
export function namesOf(data: DataSet): string[] {
  const session = data.sessions[0]!;
  const reviewed = new Set(data.reviews.map((r) => r.state));
  return [
    `${session.number}th`,
    `session ${session.number}`,
    ...data.states.filter((s) => reviewed.has(s.code)).map((s) => s.name),
    ...data.people.map((p) => p.name),
    ...data.events.flatMap((e) => [...e.organisers, ...e.organiserAcronyms]),
    ...data.previousReviews.flatMap((p) => (p.head ? [p.head] : [])),
  ];
}
