import { type ParaphraseCase, runParaphraseCases, WED_24 } from '../../support/paraphrase-runner.ts';
import { ALL_HEADS, day, OUT_OF_SCOPE, TROIKA_STATES, UNKNOWN } from '../../support/qa-phrases.ts';

// Red-team paraphrases, fourth round: questions across states (rankings, order of review, lists,
// counts per day), the session's own figures, and follow-ups that name no state. Expectations
// come from shared/facts/upr45-session.md, not from the engine.

const TOTAL = ['3,973', '3973', '3 973', '3,967', '3967', '3 967'];
const CONGO = ['Congo'];
const MINISTERS = [['Tall Sall'], ['Tuggar'], ['Gobin'], ['Berro'], ['Vega Samos'], ['Birémé', 'Bireme']];
// A follow-up with no state: a fair guess with its state named, or a polite "which state?".
const NOT_SURE = [...UNKNOWN, ...OUT_OF_SCOPE, 'which state', 'which country', 'which review'];
const OTHER_HEADS = ALL_HEADS.filter((h) => h !== 'Chen Xu');

const CASES: ParaphraseCase[] = [
  // --- rankings and comparisons ---
  // Right: China, 428.
  { q: 'which state got the most recommendations', expect: [['China'], ['428']] },
  // Right: China, 428.
  {
    q: 'who received the largest number of recommendations at this session?',
    expect: [['China'], ['428']],
  },
  { q: 'did any country get more recommendations than china?', expect: [['most', 'no state', 'no country']] },
  // Right: 145 more (428 against an average of 283); engine gives 428 only.
  {
    q: 'how many more recommendations than average did china get',
    expect: [
      ['145', '283'],
      ['145', '428'],
    ],
  },
  // Right: not known, only China's count is held; engine gives the session total.
  { q: 'which state got the fewest recommendations', expect: [NOT_SURE], politeOk: true },

  // --- slots across states ---
  // Right: Senegal (inferred), Nigeria, Malaysia (inferred); engine explains the standard slots.
  { q: 'which reviews are in the afternoon', expect: [['Senegal'], ['Nigeria'], ['Malaysia']] },
  // Right: Saudi Arabia, China, Malta; engine explains the standard slots.
  {
    q: 'which reviews take place in the morning?',
    expect: [['Saudi Arabia'], ['China'], ['Malta']],
  },
  // Right: Mauritius, Mexico, Jordan, Monaco, Belize, Chad, Congo; engine explains the order of review.
  {
    q: 'which reviews have no announced time',
    expect: [['Mauritius'], ['Mexico'], ['Jordan'], ['Monaco'], ['Belize'], ['Chad'], CONGO],
  },
  // Right: Saudi Arabia, China, Nigeria, Malta; engine explains the order of review.
  {
    q: 'which reviews have a confirmed start time?',
    expect: [['Saudi Arabia'], ['China'], ['Nigeria'], ['Malta']],
  },
  // Right: Central African Republic; engine says the timetable can change.
  { q: 'which state has no review date yet', expect: [['Central African Republic']] },

  // --- counts and lists per day ---
  { q: 'how many reviews on 24 January', expect: [['2', 'two'], ['Mauritius'], ['Mexico']] },
  { q: 'how many reviews are there on jan 23?', expect: [['2', 'two'], ['China'], ['Nigeria']] },
  { q: 'which states are reviewed on 29 January', expect: [['Monaco'], ['Belize']] },
  { q: 'list the reviews on 25 jan', expect: [['Jordan'], ['Malaysia']] },
  { q: 'who is reviewed on 30 January?', expect: [['Chad'], CONGO] },
  // Right: Nigeria (23 Jan afternoon); engine gives China's slot only.
  { q: 'which reviews are on the same day as china', expect: [['Nigeria']] },
  {
    q: 'which states are reviewed in the second week',
    expect: [['Monaco'], ['Belize'], ['Chad'], CONGO, ['Malta']],
  },

  // --- order of review ---
  // Right: Malta (31 Jan); engine gives '14 states, 4th cycle'.
  { q: 'which state is reviewed last', expect: [['Malta']] },
  // Right: Saudi Arabia (22 Jan); engine gives '14 states, 4th cycle'.
  { q: 'which state is reviewed first', expect: [['Saudi Arabia']] },
  { q: 'who is reviewed after China', expect: [['Nigeria']] },
  // Right: China; engine says it has no record of that review of Nigeria.
  { q: 'who is reviewed before Nigeria', expect: [['China']] },
  // Right: Senegal; engine gives Saudi Arabia's slot.
  { q: 'who comes right after saudi arabia?', expect: [['Senegal']] },
  // Right: Mauritius; engine gives Nigeria's slot.
  { q: "who's on after nigeria", expect: [['Mauritius']] },
  // Right: Republic of the Congo; engine says it has no record of that review of Malta.
  { q: 'who is reviewed just before malta', expect: [CONGO] },
  // Right: Central African Republic; engine gives Malaysia's slot.
  {
    q: 'which state follows malaysia in the order of review',
    expect: [['Central African Republic']],
  },
  // Right: Mauritius; engine gives Nigeria's slot.
  { q: 'which country is reviewed between nigeria and mexico', expect: [['Mauritius']] },
  // Right: Saudi Arabia, Senegal, China, Nigeria, ... Malta; engine did not understand.
  {
    q: 'what is the order of review',
    expect: [['Saudi Arabia'], ['Senegal'], ['China'], ['Nigeria'], ['Mauritius'], ['Jordan'], ['Malta']],
  },
  // Right: 3rd of 14; engine gives China's slot.
  {
    q: 'what number is china in the order of review?',
    expect: [['3rd', 'third', '#3', '3.', 'number 3', 'no. 3']],
  },
  // Right: Malta, Wed 31 Jan 09:00; engine gives the session window.
  { q: 'when is the last review of the session', expect: [['Malta'], day(31)] },
  // Right: Saudi Arabia, Mon 22 Jan 09:00; engine did not understand.
  {
    q: 'when does the very first review start',
    expect: [['Saudi Arabia'], day(22), ['09:00', '9:00', '9 am']],
  },

  // --- delegations across states ---
  // Right: Chen Xu, Altuwaijri, Tall Sall, Tuggar, Gobin, Hernández, Obeidat, ...; engine did not understand.
  {
    q: 'list all heads of delegation',
    expect: [
      ['Chen Xu'],
      ['Altuwaijri'],
      ['Tall Sall'],
      ['Tuggar'],
      ['Gobin'],
      ['Hernández', 'Hernandez'],
      ['Obeidat'],
    ],
  },
  // Right: Tall Sall, Tuggar, Gobin, Berro-Amadeï, Vega Samos, Birémé Hamid; engine did not understand.
  { q: 'which heads of delegation are ministers', expect: MINISTERS },
  // Right: China (Chen Xu), Jordan (Obeidat); engine did not understand.
  { q: 'which delegations are led by an ambassador?', expect: [['Chen Xu'], ['Obeidat']] },
  {
    q: 'for which states is the head of delegation unknown',
    expect: [['Central African Republic'], CONGO, ['Malta']],
  },

  // --- troikas across states ---
  // Right: Saudi Arabia, Senegal, Mexico, Jordan; engine explains what a troika is.
  {
    q: 'which states have a known troika',
    expect: [['Saudi Arabia'], ['Senegal'], ['Mexico'], ['Jordan']],
  },
  // Right: yes, Mexico's (with Bulgaria, Paraguay); engine says China's own troika is unknown.
  { q: 'is china in any troika?', expect: [['Mexico']] },
  // Right: Jordan; engine explains what a troika is.
  { q: 'which review has qatar in its troika', expect: [['Jordan']] },
  // Right: Senegal; engine says Germany is not reviewed.
  { q: 'germany is rapporteur for which state?', expect: [['Senegal']] },

  // --- progress through the session ---
  // Right (Wed 24 Jan 10:00): Saudi Arabia, Senegal, China, Nigeria; engine did not understand.
  {
    q: 'which reviews are already over?',
    now: WED_24,
    expect: [['Saudi Arabia'], ['Senegal'], ['China'], ['Nigeria']],
  },

  // --- the session's own facts ---
  // Right: 283; engine gives the session total.
  { q: 'avg recs per state?', expect: [['283']] },
  { q: 'sum of all recommendations across the 14 states', expect: [TOTAL] },
  {
    q: 'how many recommendations were made at upr45 according to upr info in february?',
    expect: [['3,967', '3967', '3 967']],
  },
  // Right: 14; engine did not understand.
  { q: 'number of countries examined in UPR 45?', expect: [['14', 'fourteen']] },
  { q: 'is this the third or fourth review for these states?', expect: [['4th', 'fourth']] },
  {
    q: 'when are the outcomes of these reviews adopted',
    expect: [
      ['56th', '56'],
      ['June', 'Jun', 'July', 'Jul'],
    ],
  },
  { q: 'how long does the whole session run?', expect: [day(22), day(2, 'Feb', 'February')] },

  // --- follow-ups that name no state ---
  { q: 'and the deputy?', expect: [['Eric Chan', ...NOT_SURE]], forbid: OTHER_HEADS, politeOk: true },
  {
    q: 'what about Nigeria?',
    expect: [['Nigeria']],
    forbid: ['Chen Xu', 'Eric Chan', '428'],
    politeOk: true,
  },
  { q: 'and Malta?', expect: [['Malta']], forbid: ['Chen Xu', 'Eric Chan', '428', 'Tuggar'], politeOk: true },
  {
    q: 'same question for mexico',
    expect: [['Mexico', ...NOT_SURE]],
    forbid: ['Chen Xu', '428'],
    politeOk: true,
  },
  { q: 'and who leads theirs?', expect: [NOT_SURE], forbid: ALL_HEADS, politeOk: true },
  // A general word on troikas is fair too; naming some state's troika members is not.
  { q: 'what about its troika?', expect: [['troika', ...NOT_SURE]], forbid: TROIKA_STATES, politeOk: true },
];

runParaphraseCases(
  'Red-team paraphrases, fourth round: across states, session figures, follow-ups',
  CASES,
  15,
);
