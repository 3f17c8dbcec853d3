import { type ParaphraseCase, runParaphraseCases, TUE_23 } from '../../support/paraphrase-runner.ts';

// Red-team paraphrases, sixth round: the structures of the engine's second round, each asked in
// words that are in none of the tuning sets. Lists of things asked of one subject; follow-ups that
// keep the milestone or the topic; a subject named after its question; a figure, day or name taken
// for granted; troika owners and members; courtesies and judgements; the clock from where `now` is.

const LISTS: ParaphraseCase[] = [
  {
    q: 'what is the room and start time for the Malta review',
    expect: [['Room XX'], ['09:00'], ['Malta']],
    forbid: ['Saudi'],
  },
  {
    q: 'jordan - date + head of delegation',
    expect: [['25 Jan'], ['Obeidat']],
  },
  {
    q: 'for my notes: Belize review day, its head, and the head of Monaco',
    expect: [['29 Jan'], ['Vega Samos'], ['Berro']],
  },
  {
    q: 'when is the WG adoption for chad and when is the one for senegal',
    expect: [['2 Feb'], ['26 Jan']],
    forbid: ['30 Jan'],
  },
  {
    q: "china's review, its WG adoption and its HRC adoption: dates please",
    expect: [['23 Jan'], ['26 Jan'], ['4 Jul']],
  },
  {
    q: 'how many delegations took the floor on China and how many seconds did each have',
    expect: [['163', '161'], ['45 seconds']],
  },
  {
    q: 'recommendations to china in 2009, 2013 and 2018?',
    expect: [['252'], ['346'], ['not known', 'unconfirmed', 'not recorded', 'not in']],
  },
  {
    q: 'which states go on 24 January and who heads them',
    expect: [['Mauritius'], ['Mexico'], ['Gobin'], ['Hernández']],
  },
];

const CLOCK_AND_SUBJECTS: ParaphraseCase[] = [
  {
    q: 'is it still on?? the nigeria one',
    now: '2024-01-23T15:00:00+01:00',
    expect: [['under way']],
    forbid: ['took place'],
  },
  {
    q: 'how much is left of the china review',
    now: '2024-01-23T12:00:00+01:00',
    expect: [['12:30'], ['30 minutes']],
  },
  {
    q: 'malaysia: live now?',
    now: '2024-01-25T15:00:00+01:00',
    expect: [['under way'], ['expected', 'not announced']],
  },
  {
    q: 'saudi review ended how long ago',
    now: '2024-01-22T14:30:00+01:00',
    expect: [['2 hours ago']],
  },
  {
    q: 'hey, good morning! what is on right now',
    now: TUE_23,
    expect: [['China']],
    forbid: ['Morning reviews'],
  },
  {
    q: "done with china. what's the next review?",
    now: '2024-01-23T13:00:00+01:00',
    expect: [['Nigeria'], ['14:30']],
  },
  {
    q: 'Is the Working Group adoption on Senegal taking place now?',
    now: '2024-01-26T11:00:00+01:00',
    expect: [['today', 'time not announced']],
    forbid: ['Room XX'],
  },
];

const CLAIMS: ParaphraseCase[] = [
  {
    q: 'china had 204 recommendations accepted this time?',
    expect: [['2013']],
  },
  {
    q: "nigeria's review is on 26 jan isn't it",
    expect: [['23 Jan']],
  },
  {
    q: 'chinas head was wu hailong, yes?',
    expect: [['2013'], ['Chen Xu']],
  },
  {
    q: 'was the china review at 14:30?',
    expect: [['09:00']],
  },
];

const TROIKAS_AND_OTHERS: ParaphraseCase[] = [
  { q: 'is qatar on the jordanian troika', expect: [['Yes']] },
  { q: 'is cuba on jordan’s troika?', expect: [['No'], ['Saudi Arabia']] },
  { q: 'what troika does bulgaria sit on', expect: [['Mexico']] },
  { q: 'did somalia or kazakhstan serve as rapporteurs for senegal?', expect: [['Somalia'], ['Kazakhstan']] },
  {
    q: 'what did Jordan say about Mexico’s review?',
    expect: [['not known']],
    forbid: ['Jordan said', 'Mexico said'],
  },
  {
    q: 'which country has the best human rights record of the 14?',
    expect: [['not a contest', "can't give opinions"]],
  },
  {
    q: 'was the outcome on China adopted by consensus',
    expect: [['not known', 'does not hold']],
    forbid: ['290 accepted'],
  },
  {
    q: '43rd session dates?',
    expect: [['not known', 'not in']],
    forbid: ['22 Jan'],
  },
];

runParaphraseCases('red-team, sixth round: lists of things asked', LISTS, 8);
runParaphraseCases('red-team, sixth round: the clock and subjects named late', CLOCK_AND_SUBJECTS, 7);
runParaphraseCases('red-team, sixth round: what a question takes for granted', CLAIMS, 4);
runParaphraseCases(
  'red-team, sixth round: troikas, speakers, judgements, other sessions',
  TROIKAS_AND_OTHERS,
  8,
);
