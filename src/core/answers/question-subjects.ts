import type { Person, SideEvent, State } from '../data-schema.ts';
import type { Knowledge } from '../knowledge.ts';
import { normaliseName } from '../state-names.ts';
import { datesAskedFor } from './question-dates.ts';
import { findCapitalForms, findWorldStates } from './world-states.ts';
import { zoneAskedFor } from './zone-names.ts';

/** What a question is about, found in its normalised text. */
export interface Subjects {
  /** States the data knows, reviewed in the session first. */
  states: State[];
  /** States named that the data does not cover at all (France, Brazil ...). */
  unknownStates: { code: string; name: string }[];
  people: Person[];
  /** A head of an earlier review named by the question (Le Yucheng ...). */
  previousHeads: string[];
  events: SideEvent[];
  years: number[];
  /** 1-4 from "first", "2nd", "third cycle"; "previous"/"last"/"earlier" set `earlier`. */
  cycles: number[];
  earlier: boolean;
  zone?: string;
  /** Calendar days named ("23 January", "tomorrow", "on Wednesday"), ISO, in the session zone. */
  dates: string[];
}

const ORDINALS: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  fifth: 5,
  '5th': 5,
};

/** Whether the normalised text holds the (already normalised) name as whole words. */
function holds(text: string, key: string): boolean {
  return key.length > 0 && ` ${text} `.includes(` ${key} `);
}

/**
 * The ways each person, earlier head and organiser can be named, normalised once per data set:
 * normalising every name again for every question was most of the engine's time.
 */
interface NameIndex {
  people: { person: Person; keys: string[] }[];
  previousHeads: { head: string; key: string }[];
  events: { event: SideEvent; keys: string[] }[];
}

const nameIndexes = new WeakMap<Knowledge['index'], NameIndex>();

/**
 * A person is named by full name, by family and given name in either order, by first and last
 * name ("Yusuf Tuggar"), by the first two ("Eric Chan"), or by a long surname no one else has.
 */
function personKeys(person: Person, everyone: readonly Person[]): string[] {
  const parts = normaliseName(person.name).split(' ');
  const keys = [parts.join(' ')];
  if (parts.length >= 2) keys.push([...parts].reverse().join(' '));
  if (parts.length >= 3) keys.push(parts.slice(0, 2).join(' '), `${parts[0]} ${parts.at(-1)}`);
  const last = parts.at(-1)!;
  const shared = everyone.filter((p) => normaliseName(p.name).split(' ').includes(last)).length;
  if (last.length >= 5 && shared === 1) keys.push(last);
  return keys;
}

function nameIndexOf(index: Knowledge['index']): NameIndex {
  const cached = nameIndexes.get(index);
  if (cached) return cached;
  const people = index.data.people;
  const built: NameIndex = {
    people: people.map((person) => ({ person, keys: personKeys(person, people) })),
    previousHeads: index.data.previousReviews
      .map((p) => p.head)
      .filter((head): head is string => Boolean(head))
      .map((head) => ({
        head,
        key: normaliseName(
          head.replace(/^(ambassador|vice foreign minister|minister)\s+/i, '').split(',')[0]!,
        ),
      })),
    events: index.events.map((event) => ({
      event,
      keys: [...event.organiserAcronyms, ...event.organisers].map(normaliseName),
    })),
  };
  nameIndexes.set(index, built);
  return built;
}

/**
 * `raw` is the question as typed, for the few names only capitals tell apart (US, UK); `now`
 * gives "today" and "tomorrow" their meaning.
 */
export function findSubjects(
  text: string,
  knowledge: Knowledge,
  context: { raw: string; now: string },
): Subjects {
  const { raw, now } = context;
  const { index } = knowledge;
  const known = knowledge.states.findIn(text);
  const reviewed = known.filter((s) => index.reviewsByState.has(s.code));
  // "428 recs source?": a count only one review has names that review's state.
  for (const m of text.matchAll(/\b\d{2,4}\b/g)) {
    const review = index.reviews.find((r) => r.recommendations?.value === Number(m[0]));
    const state = review && index.states.get(review.state);
    if (state && !reviewed.includes(state)) reviewed.push(state);
  }
  const states = [...reviewed, ...known.filter((s) => !reviewed.includes(s))];
  const unknownStates = [...findWorldStates(text), ...findCapitalForms(raw)].filter(
    (w, i, all) => !index.states.has(w.code) && all.findIndex((o) => o.code === w.code) === i,
  );
  const names = nameIndexOf(index);
  const people = names.people.filter((p) => p.keys.some((key) => holds(text, key))).map((p) => p.person);
  const previousHeads = names.previousHeads.filter((h) => holds(text, h.key)).map((h) => h.head);
  const events = names.events.filter((e) => e.keys.some((key) => holds(text, key))).map((e) => e.event);
  const years = [...text.matchAll(/\b(19|20)\d\d\b/g)].map((m) => Number(m[0]));
  // "the first review", "3rd cycle" — not "who spoke first".
  const cycles = [
    ...text.matchAll(/\b(\w+) (?:upr |universal periodic )?(?:review|reviews|reviewed|cycle|cycles)\b/g),
  ]
    .map((m) => ORDINALS[m[1]!])
    .filter((n): n is number => n !== undefined);
  const earlier = /\b(previous|earlier|past|prior|last|former|before)\b/.test(text);
  const zone = zoneAskedFor(text);
  const dates = datesAskedFor(text, now, index.session);
  return {
    dates,
    states,
    unknownStates,
    people,
    previousHeads,
    events,
    years,
    cycles,
    earlier,
    ...(zone ? { zone } : {}),
  };
}
