import { describe, expect, it } from 'vitest';
import type { DataSet } from '../../src/core/data-schema.ts';
import { buildKnowledge } from '../../src/core/knowledge.ts';
import { decideDelivery, retryDelayMs } from '../../src/core/reminders/late-policy.ts';
import { planReminders } from '../../src/core/reminders/reminder-planner.ts';
import { DEFAULT_SETTINGS, type Subscription } from '../../src/core/reminders/subscription.ts';
import { renderPlain } from '../../src/core/reply-text.ts';
import { builtInData } from '../support/built-in.ts';

const knowledge = buildKnowledge(builtInData());

function sub(overrides: Partial<Subscription> = {}): Subscription {
  return {
    id: 's1',
    platform: 'console',
    channelRef: 'c',
    createdAt: '2000-01-01T00:00:00Z',
    ...DEFAULT_SETTINGS,
    ...overrides,
  };
}

const window = { from: '2024-01-14T00:00:00Z', to: '2024-02-03T00:00:00Z' };
const at = (plan: ReturnType<typeof planReminders>) =>
  plan.map((r) => `${r.at} ${r.kind} ${r.leadMinutes} ${r.subject}`);

describe('the default plan of the 45th session', () => {
  const plan = planReminders(knowledge, [sub()], window);
  const lines = at(plan);

  it('announces the window 7 days and 24 hours before the first review, and when it starts', () => {
    expect(plan.filter((r) => r.kind === 'window').map((r) => r.at)).toEqual([
      '2024-01-15T08:00:00.000Z',
      '2024-01-21T08:00:00.000Z',
      '2024-01-22T08:00:00.000Z',
    ]);
  });

  it('sends a digest at 08:00 Geneva time on each day with something on it, and only then', () => {
    const digests = plan.filter((r) => r.kind === 'digest').map((r) => r.at.slice(0, 16));
    expect(digests).toEqual(
      ['22', '23', '24', '25', '26', '29', '30', '31']
        .map((d) => `2024-01-${d}T07:00`)
        .concat('2024-02-02T07:00'),
    );
  });

  it("reminds of China's review 24 hours and 1 hour before, and at the start with the webcast", () => {
    expect(lines).toContain('2024-01-22T08:00:00.000Z review 1440 Review of China');
    expect(lines).toContain('2024-01-23T07:00:00.000Z review 60 Review of China');
    expect(lines).toContain('2024-01-23T08:00:00.000Z review 0 Review of China');
    const start = plan.find((r) => r.subject === 'Review of China' && r.leadMinutes === 0)!;
    expect(renderPlain(start.reply, start.at)).toContain('Watch live: UN Web TV (https://webtv.un.org)');
  });

  it('has no timed reminder for Mauritius: its review is in the 24 January digest, time not announced', () => {
    expect(plan.filter((r) => r.subject.includes('Mauritius'))).toEqual([]);
    const digest = plan.find((r) => r.kind === 'digest' && r.at.startsWith('2024-01-24'))!;
    expect(renderPlain(digest.reply, digest.at)).toContain('time not announced: Review of Mauritius');
  });

  it('reminds of side meetings only when their time is known, saying when it is inferred', () => {
    const events = plan.filter((r) => r.kind === 'side-event');
    expect(events.map((r) => `${r.at} ${r.leadMinutes}`)).toEqual([
      '2024-01-22T09:30:00.000Z 1440',
      '2024-01-23T08:30:00.000Z 60',
    ]);
    expect(renderPlain(events[0]!.reply, events[0]!.at)).toContain('(expected, not announced)');
  });

  it("reminds of China's report adoption 1 hour before, and plans the data set's updates", () => {
    expect(lines).toContain('2024-01-26T13:30:00.000Z adoption 60 Adoption of the report on China');
    expect(plan.filter((r) => r.kind === 'update').map((r) => r.at)).toEqual([
      '2024-01-26T07:00:00.000Z',
      '2024-01-26T07:00:00.000Z',
    ]);
  });

  it('gives every reminder a unique key, in order of time', () => {
    expect(new Set(plan.map((r) => r.key)).size).toBe(plan.length);
    expect([...plan].sort((a, b) => a.at.localeCompare(b.at)).map((r) => r.key)).toEqual(
      plan.map((r) => r.key),
    );
  });
});

describe('subscription filters', () => {
  it('keeps only the chosen states and kinds, with custom lead times', () => {
    const plan = planReminders(
      knowledge,
      [sub({ states: ['NGA'], kinds: ['reviews'], leadMinutes: [120] })],
      window,
    );
    expect(at(plan)).toEqual(['2024-01-23T11:30:00.000Z review 120 Review of Nigeria']);
  });

  it('puts the digest at 08:00 in the channel zone', () => {
    const plan = planReminders(knowledge, [sub({ kinds: ['digest'], zone: 'America/New_York' })], window);
    expect(plan[0]!.at).toBe('2024-01-22T13:00:00.000Z');
  });
});

describe('a synthetic session across the spring daylight-saving change (31 March 2024 in Geneva)', () => {
  const data: DataSet = structuredClone(builtInData());
  const session = data.sessions[0]!;
  session.window = { ...session.window, start: '2024-03-29', end: '2024-04-02' };
  const [a, b] = data.reviews;
  a!.when = {
    date: '2024-03-29',
    start: '2024-03-29T08:00:00Z',
    end: '2024-03-29T11:30:00Z',
    status: 'confirmed',
    sources: [],
  };
  b!.when = {
    date: '2024-04-01',
    start: '2024-04-01T07:00:00Z',
    end: '2024-04-01T10:30:00Z',
    status: 'confirmed',
    sources: [],
  };
  data.reviews = [a!, b!];
  data.events = [];
  data.updates = [];
  const dst = buildKnowledge(data);
  const plan = planReminders(dst, [sub()], { from: '2024-03-01T00:00:00Z', to: '2024-05-01T00:00:00Z' });

  it('keeps the digest at 08:00 local: 07:00 UTC before the change, 06:00 UTC after', () => {
    expect(plan.filter((r) => r.kind === 'digest').map((r) => r.at)).toEqual([
      '2024-03-29T07:00:00.000Z',
      '2024-04-01T06:00:00.000Z',
    ]);
  });

  it('puts "24 hours before" exactly 24 real hours before, across the change, once', () => {
    const before = plan.filter((r) => r.subject === `Review of ${dst.index.states.get(b!.state)!.name}`);
    expect(before.map((r) => `${r.at} ${r.leadMinutes}`)).toEqual([
      '2024-03-31T07:00:00.000Z 1440',
      '2024-04-01T06:00:00.000Z 60',
      '2024-04-01T07:00:00.000Z 0',
    ]);
    expect(new Set(plan.map((r) => r.key)).size).toBe(plan.length);
  });
});

describe('the late policy and the backoff', () => {
  const base = { dueAt: '2024-01-23T07:00:00Z', relevantUntil: '2024-01-23T08:00:00Z', graceMs: 60_000 };
  it('sends on time within the grace, late before the item starts, and skips after it started', () => {
    expect(decideDelivery({ ...base, now: '2024-01-23T07:00:30Z', policy: 'upcoming' })).toEqual({
      action: 'send',
      late: false,
    });
    expect(decideDelivery({ ...base, now: '2024-01-23T07:30:00Z', policy: 'upcoming' })).toEqual({
      action: 'send',
      late: true,
    });
    expect(decideDelivery({ ...base, now: '2024-01-23T08:10:00Z', policy: 'upcoming' }).action).toBe('skip');
    expect(decideDelivery({ ...base, now: '2024-01-23T07:30:00Z', policy: 'never' }).action).toBe('skip');
    expect(decideDelivery({ ...base, now: '2024-01-23T09:30:00Z', policy: 'always' })).toEqual({
      action: 'send',
      late: true,
    });
  });

  it('doubles the delay from 30 s up to 30 min, and never retries before Retry-After', () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n))).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelayMs(20)).toBe(30 * 60_000);
    expect(retryDelayMs(1, 90_000)).toBe(90_000);
  });
});
