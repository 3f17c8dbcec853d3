import { describe, expect, it } from 'vitest';
import type { DataSet, Review, State } from '../../../src/core/data-schema.ts';
import { ordinal } from '../../../src/core/wording/ordinals.ts';
import { builtInData, testCore } from '../../support/built-in.ts';
import { namesOf, otherSessionData } from '../../support/other-session.ts';
import { missingFromAnswer } from '../../support/qa-check.ts';

// The same question templates, filled from each data set's own states, people, events and dates,
// must pass on the built-in session and on a made-up other one (test/fixtures/upr52.json); and no
// answer about one session may name anything of the other.

interface Case {
  q: string;
  now: string;
  expect: string[][];
  forbid?: string[];
}

const DAY = 86_400_000;
const shift = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();

function clockIn(instant: string, zone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(instant));
}

/** "2 Nov", as every answer writes a date (with its weekday and year around it). */
function dayMonth(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  return `${d.getUTCDate()} ${d.toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' })}`;
}

function possessive(state: State): string {
  const name = state.article ? `the ${state.name}` : state.name;
  return name.endsWith('s') ? `${name}'` : `${name}'s`;
}

function casesFor(data: DataSet): Case[] {
  const session = data.sessions[0]!;
  const zone = session.zone;
  const state = (r: Review) => data.states.find((s) => s.code === r.state)!;
  const person = (id: string | undefined) => data.people.find((p) => p.id === id);
  const reviews = [...data.reviews].sort((a, b) => a.order - b.order);
  const BEFORE = `${shift(`${session.window.start}T10:00:00Z`, -3 * DAY)}`;
  const lastKnown = session.outcomes?.window?.end ?? session.window.end;
  const AFTER = shift(`${lastKnown}T10:00:00Z`, 60 * DAY);
  const heads = reviews.map((r) => person(r.delegation.head.person)?.name).filter((n): n is string => !!n);
  const cases: Case[] = [];
  const add = (c: Case) => cases.push(c);

  for (const review of reviews) {
    const s = state(review);
    const head = person(review.delegation.head.person);
    if (head) add({ q: `Who leads ${possessive(s)} delegation?`, now: AFTER, expect: [[head.name]] });
    else
      add({
        q: `who is the head of ${possessive(s)} delegation`,
        now: AFTER,
        expect: [['not been announced', 'not known']],
        forbid: heads,
      });
    const deputy = person(review.delegation.deputy?.person);
    if (deputy)
      add({ q: `who is ${possessive(s)} deputy head of delegation?`, now: AFTER, expect: [[deputy.name]] });
    if (review.when.date) {
      const time = review.when.start ? [clockIn(review.when.start, zone)] : ['not announced'];
      add({
        q: `When is ${possessive(s)} review?`,
        now: BEFORE,
        expect: [[dayMonth(review.when.date)], time],
        forbid: ['took place'],
      });
      add({
        q: `when was ${s.name} reviewed`,
        now: AFTER,
        expect: [[dayMonth(review.when.date)], ['took place']],
        forbid: ['starts in'],
      });
    } else {
      add({
        q: `When is ${s.name} reviewed?`,
        now: BEFORE,
        expect: [['not been announced']],
        forbid: [':00 '],
      });
    }
    if (review.recommendations) {
      const value = String(review.recommendations.value);
      add({ q: `How many recommendations did ${s.name} receive?`, now: AFTER, expect: [[value]] });
      add({
        q: `how many recommendations will ${s.name} get?`,
        now: BEFORE,
        expect: [['not known yet']],
        forbid: [value, 'received'],
      });
    }
    if (review.troika.states.length) {
      const names = review.troika.states.map((c) => data.states.find((x) => x.code === c)!.name);
      add({ q: `who is in ${possessive(s)} troika`, now: AFTER, expect: names.map((n) => [n]) });
    }
    if (review.replies?.when.date && review.replies.accepted !== undefined) {
      const accepted = `${review.replies.accepted} accepted`;
      add({ q: `how many recommendations did ${s.name} accept?`, now: AFTER, expect: [[accepted]] });
      add({
        q: `how many recommendations did ${s.name} accept?`,
        now: shift(`${review.replies.when.date}T10:00:00Z`, -20 * DAY),
        expect: [['not published yet']],
        forbid: [accepted],
      });
    }
    if (review.councilAdoption?.date) {
      const day = dayMonth(review.councilAdoption.date);
      add({
        q: `has the Human Rights Council adopted ${possessive(s)} outcome?`,
        now: shift(`${review.councilAdoption.date}T10:00:00Z`, -10 * DAY),
        expect: [['Not yet'], ['due'], [day]],
        forbid: ['adopted the outcome'],
      });
      add({
        q: `has the Human Rights Council adopted ${possessive(s)} outcome?`,
        now: AFTER,
        expect: [['adopted'], [day]],
      });
    }
  }

  const timed = reviews.filter((r) => r.when.start);
  const first = timed[0]!;
  const firstState = state(first);
  add({
    q: `What time is ${possessive(firstState)} review in New York?`,
    now: BEFORE,
    expect: [[clockIn(first.when.start!, 'America/New_York')], [clockIn(first.when.start!, zone)]],
  });
  add({
    q: `has ${possessive(firstState)} review started yet?`,
    now: shift(first.when.start!, 30 * 60_000),
    expect: [['under way']],
    forbid: ['took place'],
  });
  add({
    q: `how long until ${possessive(firstState)} review?`,
    now: shift(first.when.start!, -12 * 3_600_000),
    expect: [['12 hours']],
  });
  add({
    q: `is ${possessive(firstState)} review over?`,
    now: shift(first.when.end!, 3_600_000),
    expect: [['Yes'], ['took place']],
  });
  const head = person(first.delegation.head.person);
  add({
    q: `when and where is ${firstState.name} reviewed, and who leads its delegation?`,
    now: BEFORE,
    expect: [
      [dayMonth(first.when.date!)],
      [session.place.text],
      [head?.name.split(' ').at(-1) ?? 'not been announced'],
    ],
  });
  const sameDay = timed.find((r) => r !== first && r.when.date === first.when.date);
  if (sameDay)
    add({
      q: `are ${firstState.name} and ${state(sameDay).name} reviewed on the same day?`,
      now: BEFORE,
      expect: [['Yes']],
    });
  const otherDay = timed.find((r) => r.when.date !== first.when.date);
  if (otherDay)
    add({
      q: `are ${firstState.name} and ${state(otherDay).name} reviewed on the same day?`,
      now: BEFORE,
      expect: [['No'], [dayMonth(first.when.date!)], [dayMonth(otherDay.when.date!)]],
    });

  add({
    q: 'When does the session start?',
    now: BEFORE,
    expect: [[dayMonth(session.window.start)], ['opens']],
  });
  add({
    q: 'Is the session still running?',
    now: AFTER,
    expect: [['ended'], [dayMonth(session.window.end)]],
  });
  add({
    q: `Which countries are reviewed in the ${ordinal(session.number)} session?`,
    now: AFTER,
    expect: reviews.map((r) => [state(r).name]),
  });
  add({
    q: `when was the ${ordinal(session.number - 1)} session?`,
    now: AFTER,
    // It may say which session the data covers, never tell this one's dates as that one's.
    expect: [['not known']],
    forbid: ['runs from', 'ran from', 'opens', 'ended on'],
  });
  add({
    q: 'who leads the delegation?',
    now: AFTER,
    expect: [['Which state'], [state(reviews[0]!).name]],
    forbid: heads,
  });
  add({ q: 'how long does a review last?', now: AFTER, expect: [['hour']] });
  for (const p of data.people.filter((x) => x.title))
    add({ q: `Who is ${p.name}?`, now: AFTER, expect: [[p.title!]] });
  for (const event of data.events.filter((e) => e.organiserAcronyms.length && e.when.date)) {
    add({
      q: `When is the ${event.organiserAcronyms[0]} event?`,
      now: BEFORE,
      expect: [[dayMonth(event.when.date!)], [event.title]],
    });
  }
  addRoundTwoCases(data, add);
  return cases;
}

/**
 * Kinds of question the engine learnt in its second round: a list of things asked of one state, a
 * follow-up that keeps the milestone, a figure or day taken for granted, years named together,
 * troika owners and members, a subject named after its question, slots that are only expected,
 * a recent end told from now, and judgements declined.
 */
function addRoundTwoCases(data: DataSet, add: (c: Case) => void) {
  const session = data.sessions[0]!;
  const state = (code: string) => data.states.find((s) => s.code === code)!;
  const person = (id: string | undefined) => data.people.find((p) => p.id === id);
  const reviews = [...data.reviews].sort((a, b) => a.order - b.order);
  const AFTER = shift(`${session.outcomes?.window?.end ?? session.window.end}T10:00:00Z`, 60 * DAY);
  const timed = reviews.filter((r) => r.when.start && r.when.end);
  const first = timed[0]!;
  const firstState = state(first.state);
  const head = person(first.delegation.head.person);
  add({
    q: `${firstState.name}: date, room and head of delegation?`,
    now: AFTER,
    expect: [
      [dayMonth(first.when.date!)],
      [(session.place.room ?? session.place.text).split(' (')[0]!],
      [head?.name ?? 'not been announced'],
    ],
  });
  add({
    q: `still going?? the ${firstState.name} one`,
    now: shift(first.when.start!, 30 * 60_000),
    expect: [['under way']],
  });
  add({
    q: `how long ago did ${possessive(firstState)} review end?`,
    now: shift(first.when.end!, 3 * 3_600_000),
    expect: [['3 hours ago']],
  });
  const expected = timed.find((r) => r.when.timeStatus && r.when.timeStatus !== 'confirmed');
  if (expected)
    add({
      q: `${state(expected.state).name} on now?`,
      now: shift(expected.when.start!, 30 * 60_000),
      expect: [['under way'], ['expected', 'not announced']],
    });
  const adopted = reviews.filter((r) => r.adoption.date && r.adoption.date !== r.when.date);
  if (adopted.length >= 2) {
    const [a, b] = [adopted[0]!, adopted[1]!];
    add({
      q: `when is ${possessive(state(a.state))} report adopted, and when is ${possessive(state(b.state))}?`,
      now: AFTER,
      expect: [[dayMonth(a.adoption.date!)], [dayMonth(b.adoption.date!)]],
    });
    add({
      q: `${possessive(state(a.state))} review is ${dayMonth(a.adoption.date!)} right?`,
      now: AFTER,
      expect: [['adopt']],
    });
  }
  const counted = data.previousReviews.filter((p) => /^\d+/.test(p.recommendations ?? ''));
  const earlier = counted[0];
  if (earlier) {
    const s = state(earlier.state);
    const n = /^\d+/.exec(earlier.recommendations!)![0];
    add({
      q: `${s.name} received ${n} recommendations this time, right?`,
      now: AFTER,
      expect: [[earlier.date.slice(0, 4)]],
    });
    const same = counted.filter((p) => p.state === earlier.state);
    if (same.length >= 2)
      add({
        q: `${s.name}: recommendations in ${same[0]!.date.slice(0, 4)} and ${same[1]!.date.slice(0, 4)}?`,
        now: AFTER,
        expect: same.map((p) => [/^\d+/.exec(p.recommendations!)![0]]),
      });
  }
  const withTroika = reviews.find((r) => r.troika.states.length && r.troika.status !== 'unconfirmed');
  if (withTroika) {
    const owner = state(withTroika.state);
    const member = state(withTroika.troika.states[0]!);
    add({ q: `is ${member.name} in ${possessive(owner)} troika?`, now: AFTER, expect: [['Yes']] });
    add({ q: `which troika is ${member.name} on?`, now: AFTER, expect: [[owner.name]] });
  }
  if (reviews.length >= 2)
    add({
      q: `lol who wins the UPR, ${state(reviews[0]!.state).name} or ${state(reviews[1]!.state).name}?`,
      now: AFTER,
      expect: [['not a contest']],
    });
}

const sets = [
  { name: 'the built-in session', data: builtInData(), other: otherSessionData() },
  { name: 'another session (test/fixtures/upr52.json)', data: otherSessionData(), other: builtInData() },
];

for (const { name, data, other } of sets) {
  describe(`question templates on ${name}`, () => {
    const { ask } = testCore(data);
    const cases = casesFor(data);
    const foreign = namesOf(other);

    it('make enough questions', () => {
      expect(cases.length).toBeGreaterThan(25);
    });

    for (const c of cases) {
      it(`${c.q} (at ${c.now})`, async () => {
        const { text } = await ask(c.q, c.now, { kind: 'message' });
        const answer = text.replace(/\nSources?: .*$/s, '');
        expect(missingFromAnswer(answer, c.expect, [...(c.forbid ?? []), ...foreign]), text).toEqual([]);
      });
    }
  });
}

// Never an answer about another subject than the one asked: a question about one state names no
// other state of the session, except those its own data names (its troika).
const ONE_STATE_TEMPLATES = [
  (s: string) => `who leads ${s}'s delegation?`,
  (s: string) => `when is ${s} reviewed?`,
  (s: string) => `how many recommendations did ${s} receive?`,
  (s: string) => `who is in ${s}'s troika?`,
  (s: string) => `what will ${s}'s review focus on?`,
  (s: string) => `what did ${s} pledge?`,
  (s: string) => `is ${s}'s review over?`,
  (s: string) => `who is the deputy head of ${s}'s delegation?`,
  (s: string) => `how many states spoke at ${s}'s review?`,
];

for (const { name, data } of sets) {
  describe(`questions about one state stay on that state (${name})`, () => {
    const { ask } = testCore(data);
    const reviewed = data.reviews.map((r) => ({
      review: r,
      state: data.states.find((s) => s.code === r.state)!,
    }));
    for (const { review, state } of reviewed) {
      const named = new Set([state.code, ...review.troika.states]);
      const others = reviewed
        .filter(
          (o) =>
            !named.has(o.state.code) &&
            !o.state.name.includes(state.name) &&
            !state.name.includes(o.state.name),
        )
        .map((o) => o.state.name);
      it(`${state.name}: ${ONE_STATE_TEMPLATES.length} questions name no other state`, async () => {
        for (const template of ONE_STATE_TEMPLATES) {
          for (const now of ['2020-01-01T10:00:00Z', '2030-01-01T10:00:00Z']) {
            const q = template(state.name);
            const { text } = await ask(q, now, { kind: 'message' });
            const answer = text.replace(/\nSources?: .*$/s, '');
            for (const other of others) expect(answer, `${q} at ${now}`).not.toContain(other);
          }
        }
      });
    }
  });
}
