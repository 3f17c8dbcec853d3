import { type ParaphraseCase, runParaphraseCases } from '../../support/paraphrase-runner.ts';

// Beliefs checked with yes or no: a day told without its hour still settles the day; a person
// named in the wrong post gets "No" with the post they hold.

const DAYS: ParaphraseCase[] = [
  { q: 'Monaco is on 31 Jan, right?', expect: [['No'], ['29 Jan']] },
  { q: 'Belize is reviewed on 29 Jan, correct?', expect: [['Yes'], ['29 Jan']] },
  { q: 'is Chad reviewed on 30 Jan?', expect: [['Yes'], ['30 Jan']] },
  { q: 'CAR is on 30 Jan, right?', expect: [['not been announced']], forbid: ['3.5 hours', 'Yes', 'No.'] },
];

const POSTS: ParaphraseCase[] = [
  { q: "Chen Xu is the deputy, isn't he?", expect: [['No'], ['Eric Chan']], forbid: ['Which state'] },
  { q: 'Eric Chan is the deputy, right?', expect: [['Yes'], ['Eric Chan']] },
  { q: "Yusuf Tuggar leads Mauritius's delegation, yes?", expect: [['No'], ['Nigeria'], ['Gobin']] },
  { q: 'is Chang Jian the deputy head?', expect: [['No'], ['Eric Chan']] },
];

runParaphraseCases('yes or no: a day checked', DAYS, 4);
runParaphraseCases('yes or no: a post checked', POSTS, 4);

// A figure checked against the whole session is the session's, and common words are not "corrected"
// into others ("whole" is not "whose", "formed" is not "former").
const FIGURES: ParaphraseCase[] = [
  { q: 'the whole session produced 428 recommendations, right?', expect: [['No'], ['3,973']] },
  { q: 'the entire session produced 3,973 recommendations, right?', expect: [['3,973']] },
  { q: 'china got 428 recommendations, right?', expect: [['Yes'], ['428']] },
  {
    q: "Which countries formed Monaco's troika?",
    expect: [['not known']],
    forbid: ['no record of that review'],
  },
];

runParaphraseCases('yes or no: a figure checked against the session', FIGURES, 4);

// The figure an answer leads with is not confirmed when it counts another thing than the one asked.
const COUNTED_THINGS: ParaphraseCase[] = [
  { q: 'is 290 how many china rejected?', expect: [['No.'], ['98 rejected']], forbid: ['Yes'] },
  { q: 'did china reject 32?', expect: [['No.'], ['32 noted']], forbid: ['Yes'] },
  { q: 'china accepted 290, right?', expect: [['Yes'], ['290 accepted']] },
  { q: 'were 98 recommendations rejected by china?', expect: [['Yes'], ['98 rejected']] },
];

runParaphraseCases('yes or no: the thing a figure counts', COUNTED_THINGS, 4);
