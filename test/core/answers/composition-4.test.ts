import { type ParaphraseCase, runParaphraseCases } from '../../support/paraphrase-runner.ts';

// Round 4 of the questions engine: subject × ask × time × zone composed, checked on wordings not
// in the tuning sets (test/fixtures/tuning-questions-h.json holds the kinds these come from).

const UNKNOWN = ['not known', 'not in the bot', 'not in its data', 'no record'];
const MON_12_45 = '2024-01-22T12:45:00+01:00';
const WED_31_15 = '2024-01-31T15:00:00+01:00';
const SAT_27 = '2024-01-27T12:00:00+01:00';

const NEXT: ParaphraseCase[] = [
  {
    q: 'what time does the next review begin?',
    now: MON_12_45,
    expect: [['Senegal'], ['starts in 1 hour 45 minutes']],
    forbid: ['Which state'],
  },
  {
    q: 'next review starts when?',
    now: MON_12_45,
    expect: [['Senegal'], ['14:30']],
    forbid: ["don't know a state"],
  },
  {
    q: "when's the next review?",
    now: WED_31_15,
    expect: [['No more reviews'], ['Malta']],
    forbid: ['Which state'],
  },
  { q: 'how many reviews are left?', now: '2024-01-24T12:00:00+01:00', expect: [['10 of the 14 reviews']] },
  {
    q: 'which states have been reviewed so far',
    now: '2024-01-24T12:00:00+01:00',
    expect: [['4 of the 14'], ['Nigeria']],
    forbid: ['Malta'],
  },
];

const DAYS: ParaphraseCase[] = [
  { q: 'anything on 30 and 31 jan?', expect: [['Chad'], ['Malta']] },
  { q: 'who is up on mon and tue?', now: SAT_27, expect: [['Monaco'], ['Congo']], forbid: ['Saudi'] },
  {
    q: 'reviews from 24 to 26 january',
    expect: [['Mauritius'], ['Malaysia'], ['Adoption of the report on China']],
  },
  { q: 'what is on 29-30 jan', expect: [['Belize'], ['Chad']] },
  { q: 'what happened on 4 july 2024?', expect: [['Human Rights Council'], ['China']] },
];

const ZONES: ParaphraseCase[] = [
  { q: "Jordan's troika and Senegal's troika?", expect: [['Finland'], ['Somalia']] },
  { q: "china's review in london and tokyo time", expect: [['08:00'], ['17:00']] },
  { q: 'nigeria review: Geneva, Lagos and New York times?', expect: [['14:30'], ['08:30']] },
  { q: "Saudi Arabia's review - was it 17:00 in Tokyo?", expect: [['Yes'], ['17:00']], forbid: ['Malaysia'] },
  { q: "is Malaysia's review at 14:30 Kuala Lumpur time?", expect: [['No'], ['21:30']] },
];

const CHECKS: ParaphraseCase[] = [
  { q: 'is 290 how many china rejected?', expect: [['No'], ['98 rejected']] },
  { q: 'were 98 recommendations rejected by china?', expect: [['Yes'], ['98 rejected']] },
  { q: "is 4 july china's review day?", expect: [['No'], ['23 Jan']] },
  { q: 'so china got 283 recommendations?', expect: [['No'], ['428'], ['average']] },
  { q: 'is 161 the number of recommendations?', expect: [['No'], ['3,973']] },
];

const TRAPS: ParaphraseCase[] = [
  { q: 'what did the independent expert say about Nigeria?', expect: [UNKNOWN], forbid: ['Tuggar'] },
  { q: 'what did Jordan recommend to Malta?', expect: [UNKNOWN] },
  { q: 'what did Eric Chan say in Geneva?', expect: [UNKNOWN], forbid: ['Chang Jian'] },
  { q: 'what did Chang Jian say?', expect: [['predicted']] },
  { q: 'what happened at the 2022 session?', expect: [UNKNOWN], forbid: ['22 Jan'] },
  { q: "Jordan's troika in 2018?", expect: [['no record', 'not known']], forbid: ['Finland'] },
  { q: "what does 'partially accepted' mean?", expect: [['not in the bot']] },
  { q: 'who fixes the timetable?', expect: [['OHCHR']] },
];

runParaphraseCases('round 4: the next review and reviews left', NEXT, 5);
runParaphraseCases('round 4: days listed and spans of days', DAYS, 5);
runParaphraseCases('round 4: clocks and troikas asked together', ZONES, 5);
runParaphraseCases('round 4: beliefs checked with yes or no', CHECKS, 5);
runParaphraseCases('round 4: traps answered with not known', TRAPS, 8);
