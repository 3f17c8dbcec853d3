import { type ParaphraseCase, runParaphraseCases } from '../../support/paraphrase-runner.ts';

// Questions about the UPR's rules and the timetable named by its body: who may speak, what
// enters the report, what is next in the Working Group, and the next session (not this one).

const TUE_13 = '2024-01-23T12:00:00Z';

const RULES: ParaphraseCase[] = [
  {
    q: "can switzerland speak at china's review even though it's not on the council?",
    expect: [['observer state may take part']],
  },
  { q: 'is a non-member allowed to speak at the review?', expect: [['observer state may take part']] },
  {
    q: 'does everything a state says at the review end up in the report?',
    expect: [['Only recommendations worded as such']],
  },
  { q: 'do all comments count as recommendations?', expect: [['Only recommendations worded as such']] },
  { q: "did Switzerland speak at China's review?", expect: [['not known']] },
];

const TIMETABLE: ParaphraseCase[] = [
  { q: "what's next in the working group", now: TUE_13, expect: [['Nigeria'], ['14:30']] },
  { q: 'who is in the working group?', now: TUE_13, expect: [['47 members']] },
  { q: 'when is the next working group session?', now: TUE_13, expect: [['not known']], forbid: ['ends in'] },
];

runParaphraseCases('rules: who may speak and what enters the report', RULES, 5);
runParaphraseCases('timetable: the Working Group named as the body', TIMETABLE, 3);

const MON_20 = '2024-01-22T20:00:00+01:00';

const EVENT_DAYS: ParaphraseCase[] = [
  {
    q: "was the CSHRS forum at the InterContinental on the same day as china's review?",
    expect: [['No'], ['24 Jan'], ['23 Jan']],
  },
  {
    q: "is the UNA-China event on the same day as China's review?",
    now: MON_20,
    expect: [['Yes'], ['is on Tue 23 Jan']],
  },
  {
    q: "I'm in Lagos, when does Nigeria's review start for me?",
    now: MON_20,
    expect: [['14:30-18:00 Lagos time']],
    forbid: ['did not understand'],
  },
];

runParaphraseCases("timetable: an event against a review's day, the reader's clock", EVENT_DAYS, 3);

const JAN_10 = '2024-01-10T10:00:00Z';

const EVENT_CERTAINTY: ParaphraseCase[] = [
  {
    q: 'did the UNA-China side event take place?',
    now: JAN_10,
    expect: [['has not taken place yet'], ['23 Jan']],
    forbid: ['took place'],
  },
  {
    q: "did the press conference after china's review actually happen",
    expect: [['whether held unconfirmed']],
    forbid: ['Nigeria', 'the time is confirmed'],
  },
  { q: "is China's review time confirmed?", expect: [['the time is confirmed']] },
];

runParaphraseCases('certainty: an event asked before and after its day', EVENT_CERTAINTY, 3);
