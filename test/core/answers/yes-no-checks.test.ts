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
  { q: 'the entire session produced 3,973 recommendations, right?', expect: [['Yes'], ['3,973']] },
  { q: 'china got 428 recommendations, right?', expect: [['Yes'], ['428']] },
  {
    q: "Which countries formed Monaco's troika?",
    expect: [['not known']],
    forbid: ['no record of that review'],
  },
];

runParaphraseCases('yes or no: a figure checked against the session', FIGURES, 4);
