import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testCore } from '../../support/built-in.ts';

// The clock is part of every answer: each dated item reads differently before, during and after
// it, and nothing after `now` is ever told in the past tense, even where the data records how it
// later went. Clocks are Geneva time (CET, UTC+1, in January and February).

const { ask } = testCore();
const at = async (q: string, now: string) =>
  (await ask(q, now, { kind: 'message' })).text.replace(/\nSources?: .*$/s, '');

interface Phase {
  now: string;
  expect: RegExp;
  forbid?: RegExp;
}

const CASES: { item: string; q: string; phases: Record<'before' | 'during' | 'after', Phase> }[] = [
  {
    item: "China's review (Tue 23 Jan, 09:00-12:30)",
    q: "when is China's review?",
    phases: {
      before: {
        now: '2024-01-22T21:00:00+01:00',
        expect: /starts tomorrow, in 12 hours/,
        forbid: /took place|under way/,
      },
      during: {
        now: '2024-01-23T10:15:00+01:00',
        expect: /under way: it started at/,
        forbid: /took place|starts in/,
      },
      after: {
        now: '2024-01-24T10:00:00+01:00',
        expect: /took place on Tue 23 Jan 2024/,
        forbid: /starts in|under way/,
      },
    },
  },
  {
    item: "the Working Group's adoption of China's report (Fri 26 Jan, 15:30-18:00)",
    q: "when will China's report be adopted?",
    phases: {
      before: {
        now: '2024-01-20T10:00:00+01:00',
        expect: /is due to adopt the report on China in 6 days/,
        forbid: /adopted the report/,
      },
      during: {
        now: '2024-01-26T16:00:00+01:00',
        expect: /adoption of the report on China is under way/,
        forbid: /adopted the report/,
      },
      after: { now: '2024-01-27T10:00:00+01:00', expect: /Working Group adopted the report on China on/ },
    },
  },
  {
    item: "the Council's adoption of China's outcome (Thu 4 Jul 2024)",
    q: "has the Human Rights Council adopted China's outcome?",
    phases: {
      before: {
        now: '2024-02-10T12:00:00+01:00',
        expect: /Not yet\. .*is due to adopt .* Thu 4 Jul 2024/,
        forbid: /adopted the outcome/,
      },
      during: {
        now: '2024-07-04T09:00:00+02:00',
        expect: /due to adopt .* today/,
        forbid: /adopted the outcome/,
      },
      after: {
        now: '2024-07-10T12:00:00+02:00',
        expect:
          /Yes\. The Human Rights Council adopted the outcome of China's review in plenary on Thu 4 Jul 2024/,
      },
    },
  },
  {
    item: "China's replies to the recommendations (11 Jun 2024)",
    q: 'how many recommendations did China accept?',
    phases: {
      before: {
        now: '2024-03-01T12:00:00+01:00',
        expect: /not published yet; they are expected .*Tue 11 Jun 2024/,
        forbid: /290|accepted,|published its/,
      },
      during: { now: '2024-06-11T09:00:00+02:00', expect: /expected today/, forbid: /290/ },
      after: {
        now: '2024-06-12T09:00:00+02:00',
        expect: /published its replies .* 290 accepted, 8 partially accepted, 32 noted and 98 rejected/,
      },
    },
  },
  {
    item: 'the protest during the review (Tue 23 Jan, 10:30-13:30)',
    q: 'when is the protest of the Tibetan groups?',
    phases: {
      before: {
        now: '2024-01-20T10:00:00+01:00',
        expect: /in 3 days, Tue 23 Jan 2024/,
        forbid: /took place/,
      },
      during: { now: '2024-01-23T11:00:00+01:00', expect: /under way now/, forbid: /took place/ },
      after: { now: '2024-01-25T11:00:00+01:00', expect: /took place on Tue 23 Jan 2024/ },
    },
  },
  {
    item: 'the CSHRS side meeting (Wed 24 Jan, time not announced)',
    q: 'when is the CSHRS side meeting?',
    phases: {
      before: {
        now: '2024-01-20T10:00:00+01:00',
        expect: /in 4 days, Wed 24 Jan 2024/,
        forbid: /took place/,
      },
      during: { now: '2024-01-24T11:00:00+01:00', expect: /today, Wed 24 Jan 2024/, forbid: /took place/ },
      after: { now: '2024-01-25T11:00:00+01:00', expect: /took place on Wed 24 Jan 2024/ },
    },
  },
  {
    item: 'the session (22 Jan to 2 Feb)',
    q: 'is the session still running?',
    phases: {
      before: {
        now: '2024-01-19T10:00:00+01:00',
        expect: /Not yet\. .*opens in 3 days/,
        forbid: /ended|under way/,
      },
      during: { now: '2024-01-29T10:00:00+01:00', expect: /Yes\. .*is under way/, forbid: /ended/ },
      after: { now: '2024-02-05T12:00:00+01:00', expect: /No, it is over\. .*ended on Fri 2 Feb 2024/ },
    },
  },
];

describe('answers before, during and after each dated item', () => {
  for (const { item, q, phases } of CASES) {
    for (const [name, phase] of Object.entries(phases)) {
      it(`${item}, ${name}: "${q}"`, async () => {
        const text = await at(q, phase.now);
        expect(text).toMatch(phase.expect);
        if (phase.forbid) expect(text).not.toMatch(phase.forbid);
      });
    }
  }
});

describe('outcomes are told only once they are known', () => {
  it('the count of recommendations comes with the report, not before', async () => {
    const before = await at('How many recommendations did China receive?', '2024-01-24T10:00:00+01:00');
    expect(before).toContain('not known yet');
    expect(before).toContain('is due to adopt the report on China');
    expect(before).not.toContain('428');
    expect(await at('How many recommendations did China receive?', '2024-01-27T10:00:00+01:00')).toContain(
      '428',
    );
  });

  it('what the review was like is not known before it ends', async () => {
    for (const [q, outcome] of [
      ['how many states spoke at China review', '163'],
      ['what did China pledge?', '30 new human rights measures'],
    ] as const) {
      const before = await at(q, '2024-01-23T11:00:00+01:00');
      expect(before, q).toContain('not known yet');
      expect(before, q).not.toContain(outcome);
      expect(await at(q, '2024-01-23T13:00:00+01:00'), q).toContain(outcome);
    }
  });

  it("a person's and an event's dated remarks wait for their day", async () => {
    expect(await at('who is Chang Jian?', '2024-01-20T10:00:00+01:00')).not.toContain('travelled');
    expect(await at('who is Chang Jian?', '2024-01-25T10:00:00+01:00')).toContain(
      'travelled to Geneva on 21 Jan 2024',
    );
    const crowd = 'how many people came to the WUC protest?';
    expect(await at(crowd, '2024-01-21T10:00:00+01:00')).toContain('not known yet');
    expect(await at(crowd, '2024-01-25T10:00:00+01:00')).toContain('About 150 people took part');
  });

  it('/upr review keeps the count and the replies until they are known', async () => {
    const early = (await ask('/upr review China', '2024-01-20T10:00:00+01:00')).text;
    expect(early).toContain('Recommendations: not known yet');
    expect(early).toContain('Replies to the recommendations: expected Tue 11 Jun 2024');
    expect(early).toContain('Adoption by the Human Rights Council: Thu 4 Jul 2024 (in 5 months)');
    const late = (await ask('/upr review China', '2024-07-10T10:00:00+02:00')).text;
    expect(late).toContain('Recommendations: 428');
    expect(late).toContain('published Tue 11 Jun 2024: 290 accepted');
  });
});

/** Questions about dated items, the instant from which each may be told as past, and how it would read. */
const TENSE_CHECKS: { q: string; from: string; past: RegExp }[] = [
  { q: "when is China's review?", from: '2024-01-23T08:00:00Z', past: /took place|under way/ },
  { q: "when will China's report be adopted?", from: '2024-01-26T17:00:00Z', past: /adopted the report/ },
  {
    q: "has the Human Rights Council adopted China's outcome?",
    from: '2024-07-04T22:00:00Z',
    past: /adopted the outcome/,
  },
  {
    q: 'how many recommendations did China accept?',
    from: '2024-06-11T22:00:00Z',
    past: /published its replies|290/,
  },
  { q: 'How many recommendations did China receive?', from: '2024-01-26T23:00:00Z', past: /428/ },
  { q: 'what did China pledge?', from: '2024-01-23T11:30:00Z', past: /announced 30/ },
  { q: "how many states spoke at China's review?", from: '2024-01-23T11:30:00Z', past: /163|161/ },
  { q: 'is the session over?', from: '2024-02-02T23:00:00Z', past: /ended on/ },
  { q: 'when is the CSHRS side meeting?', from: '2024-01-24T23:00:00Z', past: /took place/ },
  { q: 'how many people came to the WUC protest?', from: '2024-01-22T23:00:00Z', past: /took part/ },
  { q: 'who is Chang Jian?', from: '2024-01-21T23:00:00Z', past: /travelled|spoke at/ },
  {
    q: "what happens after China's review?",
    from: '2024-01-26T17:00:00Z',
    past: /adopted the report|published its|adopted the outcome/,
  },
  { q: '/upr review China', from: '2024-01-26T23:00:00Z', past: /Recommendations: 428|published Tue/ },
];

describe('for any clock, nothing ahead of it is told in the past tense', () => {
  it('holds for random instants from before the session to after the Council', async () => {
    const start = Date.parse('2024-01-01T00:00:00Z');
    const end = Date.parse('2024-08-01T00:00:00Z');
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: start, max: end }),
        fc.constantFrom(...TENSE_CHECKS),
        async (ms, check) => {
          const now = new Date(ms).toISOString();
          const text = (await ask(check.q, now, { kind: 'message' })).text.replace(/\nSources?: .*$/s, '');
          if (ms < Date.parse(check.from)) expect(text, `${check.q} at ${now}`).not.toMatch(check.past);
        },
      ),
      { numRuns: 400 },
    );
  });
});
